/**
 * What a moderator reads instead of database keys (issue 15, item 0): each column of a place, its
 * detail rows and an organisation under the label the business saw in its form, and each value in
 * words — enumerations by their labels, yes/no, dates in the reader's format, language names,
 * translations per language. Unknown keys and values fall back to themselves, never to nothing.
 */
import {
	costLabel,
	eventTypeLabel,
	formatDateTime,
	germanLevelLabel,
	kindLabel,
	languageName,
	m,
	salaryUnitLabel,
	spaceTypeLabel,
	statusLabel,
	wheelchairLabel,
	workingTimeLabel,
	getLocale,
	type Label
} from '$lib/i18n';
import { ENTRANCE_TAG, TOILET_TAG } from '$lib/business/access';
import { haversineMeters } from '$lib/reach/geo';
import type { MapPoint } from '$lib/server/business/moderation';

const FIELD_LABELS: Record<string, Label> = {
	// places
	kind: m.form_kind,
	title: m.form_title,
	description: m.form_description,
	easy_german: m.place_easy_german,
	translations: m.mod_field_translations,
	address: m.form_address_shown,
	location: m.moderation_location,
	quarter_id: m.mod_field_quarter,
	opening_hours: m.place_hours,
	wheelchair: m.mod_field_wheelchair,
	languages: m.place_languages,
	tags: m.mod_field_tags,
	contact_name: m.form_contact_name,
	contact_phone: m.form_phone,
	contact_email: m.form_email,
	website: m.form_website,
	status: m.mod_field_status,
	valid_from: m.mod_field_valid_from,
	valid_through: m.moderation_visible_until,
	confirmed_at: m.staff_fresh_col_confirmed,
	lon: m.mod_field_lon,
	lat: m.mod_field_lat,
	// vacancy_details
	working_time: m.form_working_time,
	hours_per_week: m.form_hours_per_week,
	fixed_term: m.form_fixed_term,
	start_date: m.form_start,
	salary_min: m.form_salary_min,
	salary_max: m.form_salary_max,
	salary_unit: m.form_salary_unit,
	german_level: m.form_german_level,
	childcare_friendly: m.form_childcare,
	suitable_for_refugees: m.form_refugees,
	how_to_apply: m.form_how_to_apply,
	// space_details
	space_type: m.place_space_type,
	area_m2: m.form_area,
	rent_eur_month: m.form_rent,
	free_interim_use: m.form_free_interim,
	available_from: m.form_available_from,
	available_until: m.form_available_until,
	welcome_uses: m.form_welcome_uses,
	// service_details
	eligibility: m.place_eligibility,
	cost: m.place_cost,
	fees_description: m.mod_field_fees,
	required_documents: m.place_documents,
	application_process: m.mod_field_application_process,
	appointment_needed: m.place_appointment_needed,
	// event_details
	event_type: m.mod_field_event_type,
	starts_at: m.form_starts,
	ends_at: m.form_ends,
	registration_needed: m.form_registration,
	shift_start: m.mod_field_shift_start,
	shift_end: m.mod_field_shift_end,
	weekend_work: m.mod_field_weekend_work,
	// the form's access answers (kept as a11y tags, see $lib/business/access.ts)
	step_free_entrance: m.form_step_free_entrance,
	accessible_toilet: m.form_accessible_toilet,
	// organisations
	name: m.mod_field_name
};

/** The label of a column ("Arbeitszeit" for working_time); the key itself when unknown. */
export function fieldLabel(key: string): string {
	return Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key]() : key;
}

const ENUMS: Record<string, (v: string) => string> = {
	kind: kindLabel,
	status: statusLabel,
	wheelchair: wheelchairLabel,
	working_time: workingTimeLabel,
	german_level: germanLevelLabel,
	salary_unit: salaryUnitLabel,
	space_type: spaceTypeLabel,
	cost: costLabel,
	event_type: eventTypeLabel
};

const EMPTY = '–';

/** Where a row came from, by its `source:` tag (see $lib/server/staff/ba/sync.ts). */
const SOURCES: Record<string, Label> = { 'ba-jobsuche': m.mod_source_ba };
const ACCESS_TAGS: [string, Label][] = [
	[ENTRANCE_TAG, m.form_step_free_entrance],
	[TOILET_TAG, m.form_accessible_toilet]
];

/**
 * One tag in words: the access answers ("a11y:entrance.isLevel=true") as the question the
 * business answered and yes/no, a source tag as "Quelle: Bundesagentur für Arbeit"; topic words
 * ("gastro", "coaching") are the entry's own keywords and stay as they are.
 */
export function tagLabel(tag: string): string {
	for (const [prefix, label] of ACCESS_TAGS) {
		if (tag === `${prefix}=true`) return `${label()}: ${m.mod_yes()}`;
		if (tag === `${prefix}=false`) return `${label()}: ${m.mod_no()}`;
	}
	if (tag.startsWith('source:')) {
		const source = tag.slice('source:'.length);
		return m.mod_tag_source({
			source: Object.hasOwn(SOURCES, source) ? SOURCES[source]() : source
		});
	}
	return tag;
}

function isPoint(v: unknown): v is MapPoint {
	return (
		typeof v === 'object' &&
		v !== null &&
		typeof (v as MapPoint).lat === 'number' &&
		typeof (v as MapPoint).lon === 'number'
	);
}

/** How far a point moved, in words ("120 m weiter"), or '' when one of them is unknown. */
export function movedBy(before: unknown, after: unknown): string {
	if (!isPoint(before) || !isPoint(after)) return '';
	const meters = Math.round(haversineMeters(before.lon, before.lat, after.lon, after.lat));
	return m.mod_location_moved({ meters: meters.toLocaleString(getLocale()) });
}

/** One value in words, for the field it belongs to. */
export function fieldValue(key: string, value: unknown): string {
	if (value === null || value === undefined || value === '') return EMPTY;
	if (isPoint(value)) {
		const f = new Intl.NumberFormat(getLocale(), {
			minimumFractionDigits: 5,
			maximumFractionDigits: 5
		});
		return `${f.format(value.lat)}, ${f.format(value.lon)}`;
	}
	if (typeof value === 'boolean') return value ? m.mod_yes() : m.mod_no();
	if (Array.isArray(value)) {
		if (value.length === 0) return EMPTY;
		const word = (v: unknown) =>
			key === 'languages'
				? languageName(String(v))
				: key === 'tags'
					? tagLabel(String(v))
					: String(v);
		return value.map(word).join(key === 'tags' ? '\n' : ', ');
	}
	if (key === 'translations' && typeof value === 'object') {
		const lines = Object.entries(value as Record<string, Record<string, string>>).map(
			([lang, t]) =>
				`${languageName(lang)}: ${[t?.title, t?.description].filter(Boolean).join(' — ')}`
		);
		return lines.length ? lines.join('\n') : EMPTY;
	}
	if (typeof value === 'object') return JSON.stringify(value, null, 1);
	const text = String(value);
	if (Object.hasOwn(ENUMS, key)) return ENUMS[key](text);
	if (/^\d{4}-\d{2}-\d{2}$/.test(text))
		return formatDateTime(`${text}T12:00:00Z`, undefined, false);
	if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return formatDateTime(text);
	// a time of day (shift start and end) without its seconds
	if (/^\d{2}:\d{2}:\d{2}$/.test(text)) return text.slice(0, 5);
	if (typeof value === 'number') return value.toLocaleString(getLocale());
	return text;
}

/** Columns that are bookkeeping, not content: never listed as a change. */
export const BOOKKEEPING = new Set([
	'id',
	'place_id',
	'organisation_id',
	'created_by',
	'created_at',
	'updated_at',
	'search',
	'cell',
	'is_demo',
	'map_working_time',
	'map_starts_at'
]);
