/**
 * The demo catalogue (catalogue.json): every fictional name, text and plan of the demo data, read
 * and checked here. `{q}` in a text stands for the quarter's short name, `{street}` for a street.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SeedRegion } from './region.ts';

const workingTime = z.enum(['full_time', 'part_time', 'mini_job']);
const germanLevel = z.enum(['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
const wheelchair = z.enum(['yes', 'limited', 'no', 'unknown']);
const eventType = z.enum(['job_fair', 'company_visit', 'internship', 'workshop', 'info', 'other']);
const spaceType = z.enum(['shop', 'office', 'room', 'workshop', 'other']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const languages = z.array(z.string().regex(/^[a-z]{2}$/)).min(1);
const text = z.string().min(1);

/** Where a plan puts places: `count` places in (or, with `outside`, just outside) a quarter. */
const slot = z.object({
	quarter: z.string(),
	count: z.number().int().positive(),
	outside: z.boolean().optional()
});
const placement = z.object({
	type: z.string(),
	quarter: z.string(),
	outside: z.boolean().optional()
});

const vacancyTemplate = z.object({
	title: text,
	wt: z.array(workingTime).min(1),
	de: z.array(germanLevel).min(1),
	/** Hourly pay, from and to (euros). */
	pay: z.tuple([z.number(), z.number()])
});
const organisation = z.object({ key: z.string(), name: text, desc: text });
const translation = z.object({ title: text, description: text });

const offer = {
	title: text,
	desc: text,
	org: z.string(),
	hours: z.array(text).min(1),
	easyGerman: text.optional(),
	/** By language (en, tr, ar, ru, uk). */
	translations: z.record(z.string(), translation).optional()
};

const event = z.object({
	type: eventType,
	title: text,
	desc: text,
	/** Local time in Bielefeld (winter time, +01:00). */
	start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
	/** Hours. */
	dur: z.number().positive(),
	reg: z.boolean(),
	/** Held by the first employer of this sector, at its place … */
	sector: z.string().optional(),
	/** … or by this organisation somewhere in this quarter. */
	org: z.string().optional(),
	quarter: z.string().optional()
});

const catalogueSchema = z.object({
	$comment: z.string().optional(),
	surnames: z.array(text).min(1),
	/** Languages spoken at a place; `de` first. */
	languageMixes: z.array(languages).min(1),
	organisations: z.object({
		project: organisation.extend({ officeQuarter: z.string() }),
		publicBody: organisation,
		carriers: z.array(organisation),
		landlords: z.array(organisation)
	}),
	employers: z.object({
		slots: z.array(slot),
		internshipsText: text,
		apprenticeshipsText: text,
		sectors: z.array(
			z.object({
				key: z.string(),
				names: z.array(text).min(1),
				desc: z.array(text).min(1),
				hours: z.array(text).min(1),
				vacancies: z.array(vacancyTemplate).min(1)
			})
		)
	}),
	vacancies: z.object({
		/** Employers of these sectors with a second vacancy, `count` of them. */
		secondVacancy: z.object({ count: z.number().int(), sectors: z.array(z.string()) }),
		/** Easy German for the first `count` vacancies that need little German. */
		easyGerman: z.object({ count: z.number().int(), cleaning: text, other: text }),
		startDates: z.array(isoDate.nullable()).min(1),
		validThrough: z.array(isoDate).min(1),
		/** Given to some vacancies. */
		validFrom: isoDate,
		/** {employer}, {start}, {workingTime}, {hours}, {fixedTerm}. */
		lead: text,
		startNow: text,
		/** {date}. */
		startFrom: text,
		fixedTermText: text,
		workingTimeText: z.record(workingTime, text),
		germanLevelText: z.record(z.enum(['none', 'A1', 'A2', 'B1', 'B2']), text),
		childcareText: text,
		perks: z.array(text).min(1),
		howToApply: z.array(text).min(1)
	}),
	services: z.object({
		everyQuarter: z.array(z.string()),
		extra: z.array(placement),
		/** Offers of a type in a quarter that cost a little (the others are free). */
		reducedFees: z.array(z.object({ type: z.string(), quarter: z.string(), fees: text })),
		applicationText: z.object({ appointment: text, walkIn: text }),
		types: z.record(
			z.string(),
			z.object({
				...offer,
				eligibility: text,
				docs: z.array(text),
				appointment: z.boolean(),
				langs: languages,
				/** Often at the quarter's central stop. */
				nearCentre: z.boolean().optional()
			})
		)
	}),
	learningPlaces: z.object({
		everyQuarter: z.array(z.string()),
		extra: z.array(placement),
		types: z.record(
			z.string(),
			z.object({
				...offer,
				tags: z.array(z.string()).min(1),
				/** The project's office in a quarter: at the central stop, with these languages. */
				isQuarterOffice: z.boolean().optional(),
				languages: languages.optional()
			})
		)
	}),
	publicSpaces: z.record(
		z.string(),
		z.array(
			z.object({
				title: text,
				desc: text,
				tags: z.array(z.string()).min(1),
				hours: text,
				/** Part of the name of the stop it lies at; else any stop of the quarter. */
				nearStop: z.string().optional(),
				/** Its street; else the stop's street or one of the quarter. */
				street: z.string().optional()
			})
		)
	),
	vacantSpaces: z.object({
		slots: z.array(slot),
		availableFrom: z.array(isoDate.nullable()).min(1),
		/** Until when a free interim use is offered. */
		freeUntil: z.array(isoDate.nullable()).min(1),
		validThrough: isoDate,
		/** Organisation keys (null: a private landlord). */
		freeOfferedBy: z.array(z.string()).min(1),
		rentedOutBy: z.array(z.string().nullable()).min(1),
		/** rent: {rent}; from: {date}. */
		text: z.object({ free: text, rent: text, from: text, now: text }),
		templates: z.array(
			z.object({
				type: spaceType,
				title: text,
				desc: text,
				/** m², from and to. */
				area: z.tuple([z.number(), z.number()]),
				uses: text
			})
		)
	}),
	events: z.array(event),
	eventText: z.object({ registration: text, noRegistration: text }),
	unpublished: z.object({
		$comment: z.string().optional(),
		draftVacancies: z.array(vacancyTemplate.extend({ sector: z.string() })),
		pendingVacancies: z.array(vacancyTemplate.extend({ sector: z.string() })),
		pendingSpaces: z.array(
			z.object({
				quarter: z.string(),
				street: z.string(),
				organisation: z.string(),
				title: text,
				desc: text,
				wheelchair,
				tags: z.array(z.string()),
				contactEmail: z.string(),
				validThrough: isoDate,
				type: spaceType,
				area: z.number(),
				rent: z.number().nullable(),
				free: z.boolean(),
				availableFrom: isoDate.nullable(),
				availableUntil: isoDate.nullable(),
				uses: text
			})
		),
		pendingEvents: z.array(event),
		expiredVacancies: z.array(
			vacancyTemplate.extend({ sector: z.string(), validFrom: isoDate, validThrough: isoDate })
		),
		expiredEvents: z.array(event)
	})
});

export type Catalogue = z.infer<typeof catalogueSchema>;
export type VacancyTemplate = z.infer<typeof vacancyTemplate>;
export type DemoEvent = z.infer<typeof event>;
export type WorkingTime = z.infer<typeof workingTime>;
export type GermanLevel = z.infer<typeof germanLevel>;
export type Wheelchair = z.infer<typeof wheelchair>;

export const CATALOGUE_FILE = new URL('./catalogue.json', import.meta.url);

/** Reads and checks the catalogue, including that what it names exists (quarters, sectors, …). */
export function readCatalogue(region: SeedRegion, file: URL | string = CATALOGUE_FILE): Catalogue {
	const catalogue = catalogueSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
	const problems = crossCheck(catalogue, region);
	if (problems.length) throw new Error(`catalogue: ${problems.join('; ')}`);
	return catalogue;
}

/** What the catalogue names that does not exist, in words (empty when all is well). */
export function crossCheck(c: Catalogue, region: SeedRegion): string[] {
	const problems: string[] = [];
	const quarters = new Set(region.quarters.map((q) => q.id));
	const sectors = new Set(c.employers.sectors.map((s) => s.key));
	const o = c.organisations;
	const orgs = new Set([o.project, o.publicBody, ...o.carriers, ...o.landlords].map((x) => x.key));
	const need = (ok: boolean, what: string) => ok || problems.push(what);

	const namedQuarters = [
		o.project.officeQuarter,
		...c.employers.slots.map((s) => s.quarter),
		...c.services.extra.map((s) => s.quarter),
		...c.learningPlaces.extra.map((s) => s.quarter),
		...Object.keys(c.publicSpaces),
		...c.vacantSpaces.slots.map((s) => s.quarter),
		...c.unpublished.pendingSpaces.map((s) => s.quarter)
	];
	for (const q of namedQuarters) need(quarters.has(q), `unknown quarter "${q}"`);

	const events = [...c.events, ...c.unpublished.pendingEvents, ...c.unpublished.expiredEvents];
	for (const e of events) {
		if (e.sector) need(sectors.has(e.sector), `event "${e.title}": unknown sector "${e.sector}"`);
		else {
			need(orgs.has(e.org ?? ''), `event "${e.title}": unknown organisation "${e.org}"`);
			need(quarters.has(e.quarter ?? ''), `event "${e.title}": unknown quarter "${e.quarter}"`);
		}
	}
	const u = c.unpublished;
	const bySector = [
		...c.vacancies.secondVacancy.sectors,
		...[...u.draftVacancies, ...u.pendingVacancies, ...u.expiredVacancies].map((v) => v.sector)
	];
	for (const s of bySector) need(sectors.has(s), `unknown sector "${s}"`);
	const vs = c.vacantSpaces;
	for (const key of [
		...u.pendingSpaces.map((s) => s.organisation),
		...vs.freeOfferedBy,
		...vs.rentedOutBy.filter((k) => k !== null)
	])
		need(orgs.has(key), `unknown organisation "${key}"`);
	for (const r of c.services.reducedFees)
		need(quarters.has(r.quarter), `unknown quarter "${r.quarter}"`);

	const services = c.services;
	for (const t of [...services.everyQuarter, ...services.extra.map((s) => s.type)])
		need(t in services.types, `unknown service type "${t}"`);
	const learning = c.learningPlaces;
	for (const t of [...learning.everyQuarter, ...learning.extra.map((s) => s.type)])
		need(t in learning.types, `unknown learning place type "${t}"`);
	for (const t of [...Object.values(services.types), ...Object.values(learning.types)])
		need(orgs.has(t.org), `"${t.title}": unknown organisation "${t.org}"`);

	const employerCount = c.employers.sectors.reduce((n, s) => n + s.names.length, 0);
	const slotCount = c.employers.slots.reduce((n, s) => n + s.count, 0);
	need(employerCount === slotCount, `${employerCount} employer names for ${slotCount} slots`);
	return problems;
}
