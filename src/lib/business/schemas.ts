import { z } from 'zod';
import { CITY_BBOX as REGION_CITY_BBOX, REGION } from '$lib/region';
import { localToday } from '$lib/region/time';
import { m } from '$lib/i18n';
import { COST_KINDS } from '$lib/places/kinds';
import {
	ACCESS_ANSWERS,
	EVENT_TYPES,
	GERMAN_LEVELS,
	SALARY_UNITS,
	SPACE_TYPES,
	SPOKEN_LANGUAGES,
	WORKING_TIMES
} from './enums';

export * from './enums';

/**
 * The business forms' schemas, shared by the actions (superValidate) and the pages. Every text is
 * plain text: markup is refused with a clear message (and Svelte escapes on output anyway).
 * Dates are 'YYYY-MM-DD' strings as <input type="date"> sends them, compared in the region's time zone.
 */

/** Today in the region's time zone as YYYY-MM-DD. */
export { localToday } from '$lib/region/time';

export function addDays(isoDate: string, days: number) {
	const d = new Date(`${isoDate}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

export const DEFAULT_VALID_DAYS = 60;
/** The region's city area with a margin: anything outside is a misplaced pin. */
export const CITY_BBOX = REGION_CITY_BBOX;

const HTML = /<\s*\/?\s*[a-z!?]|javascript:/i;

export function plainText(min: number, max: number) {
	const base = z
		.string({ error: () => m.biz_required() })
		.trim()
		.max(max, { error: () => m.biz_too_long({ max }) })
		.refine((v) => !HTML.test(v), { error: () => m.biz_no_html() });
	return min > 0
		? base.refine((v) => v.length >= min, {
				error: () => (min === 1 ? m.biz_required() : m.biz_too_short({ min }))
			})
		: base;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (v: string) => isoDate.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

/** An optional date ('' = none) that may not lie in the past nor more than a year ahead. */
export function futureDate(opts: { required?: boolean; maxDays?: number } = {}) {
	return z
		.string()
		.trim()
		.default('')
		.superRefine((v, ctx) => {
			if (v === '') {
				if (opts.required) ctx.addIssue({ code: 'custom', message: m.biz_date() });
				return;
			}
			if (!validDate(v)) return void ctx.addIssue({ code: 'custom', message: m.biz_date() });
			if (v < localToday())
				return void ctx.addIssue({ code: 'custom', message: m.biz_date_in_past() });
			if (v > addDays(localToday(), opts.maxDays ?? 366)) {
				ctx.addIssue({ code: 'custom', message: m.biz_date_too_far() });
			}
		});
}

const dateTimeLocal = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const optionalNumber = (min: number, max: number) =>
	z
		.number({ error: () => m.biz_number() })
		.min(min, { error: () => m.biz_number_range({ min, max }) })
		.max(max, { error: () => m.biz_number_range({ min, max }) })
		.optional();

const email = z
	.string()
	.trim()
	.max(254, { error: () => m.biz_too_long({ max: 254 }) })
	.refine((v) => v === '' || z.email().safeParse(v).success, { error: () => m.biz_email() })
	.default('');
const phone = z
	.string()
	.trim()
	.max(50, { error: () => m.biz_too_long({ max: 50 }) })
	.refine((v) => /^[0-9 +()/-]*$/.test(v), { error: () => m.biz_phone() })
	.default('');
const website = z
	.string()
	.trim()
	.max(500, { error: () => m.biz_too_long({ max: 500 }) })
	.refine((v) => v === '' || /^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i.test(v), {
		error: () => m.biz_url()
	})
	.default('');

/** Where: a known stop or address by name, or a pin (lat/lon). Resolved on the server. */
export const locationFields = {
	location_query: plainText(0, 200).default(''),
	lat: optionalNumber(-90, 90),
	lon: optionalNumber(-180, 180),
	address: plainText(0, 300).default('')
};
/** The location part of a form (LocationFields.svelte shows it). */
export type LocationValues = z.infer<z.ZodObject<typeof locationFields>>;

/** The honeypot: a field people never see (hidden by CSS, labelled "leave empty"); bots fill it. */
export const honeypot = { fax: z.string().max(200).default('') };

function checkPin(v: { lat?: number; lon?: number }, ctx: z.RefinementCtx) {
	if ((v.lat === undefined) !== (v.lon === undefined)) {
		ctx.addIssue({
			code: 'custom',
			path: [v.lat === undefined ? 'lat' : 'lon'],
			message: m.biz_coordinates_pair()
		});
		return;
	}
	if (v.lat === undefined || v.lon === undefined) return;
	const b = CITY_BBOX;
	if (v.lon < b.west || v.lon > b.east || v.lat < b.south || v.lat > b.north) {
		ctx.addIssue({
			code: 'custom',
			path: ['lat'],
			message: m.biz_coordinates({ city: REGION.name })
		});
	}
}

export const organisationSchema = z
	.object({
		name: plainText(2, 200),
		description: plainText(0, 4000).default(''),
		...locationFields,
		contact_email: email,
		contact_phone: phone,
		website,
		...honeypot
	})
	.superRefine(checkPin);

/**
 * What participants filter on: languages spoken, step-free entrance and toilet (the wheelchair
 * level is derived from both, see wheelchairLevel), opening hours in OSM syntax (checked with the
 * opening_hours library on the server: entry-form.ts, so the library stays out of the browser).
 */
export const accessFields = {
	languages: z
		.array(z.enum(SPOKEN_LANGUAGES, { error: () => m.biz_choose() }))
		.max(SPOKEN_LANGUAGES.length)
		.default(['de']),
	step_free_entrance: z.enum(ACCESS_ANSWERS, { error: () => m.biz_choose() }).default('unknown'),
	accessible_toilet: z.enum(ACCESS_ANSWERS, { error: () => m.biz_choose() }).default('unknown'),
	opening_hours: plainText(0, 500).default('')
};

/** Languages an entry's own text may be translated into (the UI languages besides German). */
export const TRANSLATION_LOCALES = ['en', 'ar', 'tr', 'uk', 'ru'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/**
 * Optional translations of title and description (stored as places.translations) and a text in
 * Leichte Sprache (places.easy_german). A title needs at least 3 characters when given.
 */
export const translationFields = {
	...Object.fromEntries(
		TRANSLATION_LOCALES.flatMap((l) => [
			[`tr_${l}_title`, plainText(0, 160).default('')],
			[`tr_${l}_description`, plainText(0, 6000).default('')]
		])
	),
	easy_german: plainText(0, 2000).default('')
} as Record<`tr_${TranslationLocale}_${'title' | 'description'}`, z.ZodDefault<z.ZodString>> & {
	easy_german: z.ZodDefault<z.ZodString>;
};

const entryCommon = {
	title: plainText(3, 160),
	description: plainText(0, 6000).default(''),
	...locationFields,
	...accessFields,
	...translationFields,
	contact_name: plainText(0, 120).default(''),
	contact_email: email,
	contact_phone: phone,
	valid_through: futureDate({ required: true }),
	...honeypot
};

const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Shift times: "HH:MM" (as <input type="time"> sends them), both or neither, not the same. */
function checkShift(v: { shift_start: string; shift_end: string }, ctx: z.RefinementCtx) {
	for (const key of ['shift_start', 'shift_end'] as const)
		if (v[key] !== '' && !clockTime.test(v[key]))
			ctx.addIssue({ code: 'custom', path: [key], message: m.biz_shift_time() });
	if ((v.shift_start === '') !== (v.shift_end === ''))
		ctx.addIssue({
			code: 'custom',
			path: [v.shift_start === '' ? 'shift_start' : 'shift_end'],
			message: m.biz_shift_both()
		});
	else if (v.shift_start !== '' && v.shift_start === v.shift_end)
		ctx.addIssue({ code: 'custom', path: ['shift_end'], message: m.biz_shift_same() });
}

/** Vacancy: the fields of the BA Jobbörse and schema.org JobPosting. */
export const vacancySchema = z
	.object({
		...entryCommon,
		working_time: z.enum(WORKING_TIMES, { error: () => m.biz_choose() }).default('part_time'),
		hours_per_week: optionalNumber(1, 60),
		fixed_term: z.boolean().default(false),
		start_date: futureDate(),
		salary_min: optionalNumber(0, 1_000_000),
		salary_max: optionalNumber(0, 1_000_000),
		salary_unit: z.enum(['', ...SALARY_UNITS], { error: () => m.biz_choose() }).default(''),
		german_level: z.enum(GERMAN_LEVELS, { error: () => m.biz_choose() }).default('A2'),
		childcare_friendly: z.boolean().default(false),
		suitable_for_refugees: z.boolean().default(false),
		how_to_apply: plainText(10, 2000),
		// Shift times (issue 12): both or neither; an end before the start is a night shift.
		shift_start: z.string().trim().default(''),
		shift_end: z.string().trim().default(''),
		weekend_work: z.boolean().default(false)
	})
	.superRefine((v, ctx) => {
		checkPin(v, ctx);
		checkShift(v, ctx);
		if (v.salary_min !== undefined && v.salary_max !== undefined && v.salary_max < v.salary_min) {
			ctx.addIssue({ code: 'custom', path: ['salary_max'], message: m.biz_salary_range() });
		}
		if ((v.salary_min !== undefined || v.salary_max !== undefined) && v.salary_unit === '') {
			ctx.addIssue({ code: 'custom', path: ['salary_unit'], message: m.biz_salary_unit() });
		}
	});

/** Internships, company visits and other dates of a business. */
export const eventSchema = z
	.object({
		...entryCommon,
		valid_through: futureDate(),
		event_type: z.enum(EVENT_TYPES, { error: () => m.biz_choose() }).default('company_visit'),
		starts_at: z.string().trim().default(''),
		ends_at: z.string().trim().default(''),
		registration_needed: z.boolean().default(false)
	})
	.superRefine((v, ctx) => {
		checkPin(v, ctx);
		if (!dateTimeLocal.test(v.starts_at)) {
			ctx.addIssue({ code: 'custom', path: ['starts_at'], message: m.biz_date_time() });
		} else if (v.starts_at.slice(0, 10) < localToday()) {
			ctx.addIssue({ code: 'custom', path: ['starts_at'], message: m.biz_date_in_past() });
		} else if (v.starts_at.slice(0, 10) > addDays(localToday(), 366)) {
			ctx.addIssue({ code: 'custom', path: ['starts_at'], message: m.biz_date_too_far() });
		}
		if (v.ends_at !== '') {
			if (!dateTimeLocal.test(v.ends_at)) {
				ctx.addIssue({ code: 'custom', path: ['ends_at'], message: m.biz_date_time() });
			} else if (v.ends_at < v.starts_at) {
				ctx.addIssue({ code: 'custom', path: ['ends_at'], message: m.biz_end_before_start() });
			}
		}
	});

/** Vacant shops, offices and rooms, for rent or free interim use. */
export const spaceSchema = z
	.object({
		...entryCommon,
		space_type: z.enum(SPACE_TYPES, { error: () => m.biz_choose() }).default('shop'),
		area_m2: optionalNumber(1, 99_999),
		rent_eur_month: optionalNumber(0, 1_000_000),
		free_interim_use: z.boolean().default(false),
		available_from: z
			.string()
			.trim()
			.default('')
			.refine((v) => v === '' || validDate(v), { error: () => m.biz_date() }),
		available_until: futureDate({ maxDays: 3 * 366 }),
		welcome_uses: plainText(0, 1000).default('')
	})
	.superRefine((v, ctx) => {
		checkPin(v, ctx);
		if (v.available_from && v.available_until && v.available_until < v.available_from) {
			ctx.addIssue({
				code: 'custom',
				path: ['available_until'],
				message: m.biz_end_before_start()
			});
		}
	});

/**
 * Places staff enter without a business (issue 15, item 0): public spaces and employers have the
 * common fields (access and opening hours included) plus a website; no end date is needed.
 */
const staffCommon = {
	...entryCommon,
	valid_through: futureDate(),
	website
};

export const basicPlaceSchema = z.object(staffCommon).superRefine(checkPin);

/** Support services and learning places: public.service_details, close to HSDS `service`. */
export const serviceSchema = z
	.object({
		...staffCommon,
		eligibility: plainText(0, 2000).default(''),
		cost: z.enum(COST_KINDS, { error: () => m.biz_choose() }).default('free'),
		fees_description: plainText(0, 500).default(''),
		// One document per line (stored as a list).
		required_documents: plainText(0, 1000).default(''),
		application_process: plainText(0, 2000).default(''),
		appointment_needed: z.boolean().default(false)
	})
	.superRefine(checkPin);

export type BasicPlaceForm = z.infer<typeof basicPlaceSchema>;
export type ServiceForm = z.infer<typeof serviceSchema>;
export type VacancyForm = z.infer<typeof vacancySchema>;
export type EventForm = z.infer<typeof eventSchema>;
export type SpaceForm = z.infer<typeof spaceSchema>;
export type OrganisationForm = z.infer<typeof organisationSchema>;

export const inviteSchema = z.object({
	email: z
		.string()
		.trim()
		.toLowerCase()
		.pipe(z.email({ error: () => m.biz_email() }))
		.pipe(z.string().max(254)),
	...honeypot
});

export const moderationSchema = z.object({
	comment: plainText(0, 2000).default('')
});
