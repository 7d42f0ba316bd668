import { z } from 'zod';
import { CITY_BBOX } from '$lib/business/schemas';
import { PLACE_KINDS, type PlaceKind } from '$lib/places/kinds';
import { localToInstant, parseBoolean, parseDate, parseDateTime, parseNumber } from './values';

/**
 * One row of an import (from CSV, GeoJSON or HSDS) → a place ready to write, or the reasons it
 * cannot be. Column names are matched loosely (German and English, any case, umlauts or not), so
 * a spreadsheet the project already keeps can be imported as it is. Errors are codes with
 * parameters; the page words them in the reader's language (messages staff_import_err_*).
 */
export type ImportErrorCode =
	| 'required'
	| 'too_long'
	| 'too_short'
	| 'kind_unknown'
	| 'number_invalid'
	| 'number_range'
	| 'date_invalid'
	| 'boolean_invalid'
	| 'choice_invalid'
	| 'coordinates_missing'
	| 'coordinates_outside'
	| 'email_invalid'
	| 'url_invalid'
	| 'markup'
	| 'language_invalid'
	| 'end_before_start'
	| 'id_invalid'
	| 'id_unknown'
	| 'columns_count'
	| 'duplicate_in_file'
	| 'kind_mismatch'
	| 'db_error'
	/** A problem of the whole file (row 0): params.problem says which. */
	| 'file';

export interface RowError {
	/** The row as the spreadsheet numbers it (header = 1), or the feature's number (from 1). */
	row: number;
	column?: string;
	code: ImportErrorCode;
	params?: Record<string, string | number>;
}

export interface ImportPlace {
	row: number;
	/** An existing place this row updates (an id column, or a duplicate chosen for merge). */
	id?: string;
	kind: PlaceKind;
	title: string;
	description: string;
	address: string | null;
	lon: number;
	lat: number;
	organisation: string | null;
	opening_hours: string | null;
	wheelchair: 'yes' | 'limited' | 'no' | 'unknown';
	/** Empty: German (on insert), unchanged (on merge). */
	languages: string[];
	contact_name: string | null;
	contact_phone: string | null;
	contact_email: string | null;
	website: string | null;
	valid_from: string | null;
	valid_through: string | null;
	details: Record<string, string | number | boolean | string[] | null>;
}

/** Canonical field → the names a column may have (compared after `columnKey`). */
const ALIASES: Record<string, string[]> = {
	id: ['id', 'uuid', 'quartierkarte_id'],
	kind: ['kind', 'art', 'typ', 'type', 'kategorie'],
	title: ['title', 'titel', 'name', 'bezeichnung'],
	description: ['description', 'beschreibung', 'text', 'details'],
	address: ['address', 'adresse', 'anschrift', 'strasse', 'strasse_und_hausnummer'],
	lat: ['lat', 'latitude', 'breitengrad', 'breite', 'y'],
	lon: ['lon', 'lng', 'long', 'longitude', 'laengengrad', 'laenge', 'x'],
	organisation: ['organisation', 'organization', 'betrieb', 'traeger', 'arbeitgeber', 'firma'],
	opening_hours: ['opening_hours', 'oeffnungszeiten'],
	wheelchair: ['wheelchair', 'rollstuhl', 'rollstuhlgerecht', 'barrierefrei'],
	languages: ['languages', 'sprachen'],
	contact_name: [
		'contact_name',
		'ansprechperson',
		'ansprechpartner',
		'ansprechpartnerin',
		'kontakt'
	],
	contact_phone: ['contact_phone', 'telefon', 'tel', 'phone'],
	contact_email: ['contact_email', 'e_mail', 'email', 'mail'],
	website: ['website', 'webseite', 'internet', 'homepage', 'url', 'link'],
	valid_from: ['valid_from', 'gueltig_ab', 'ab'],
	valid_through: ['valid_through', 'gueltig_bis', 'ablauf', 'ablaufdatum'],
	working_time: ['working_time', 'arbeitszeit'],
	hours_per_week: ['hours_per_week', 'wochenstunden', 'stunden_pro_woche', 'stunden'],
	german_level: ['german_level', 'deutschniveau', 'deutschkenntnisse', 'sprachniveau'],
	childcare_friendly: ['childcare_friendly', 'kitafreundlich', 'kinderbetreuung'],
	suitable_for_refugees: ['suitable_for_refugees', 'fuer_gefluechtete', 'gefluechtete'],
	how_to_apply: ['how_to_apply', 'bewerbung', 'so_bewerben_sie_sich'],
	starts_at: ['starts_at', 'beginn', 'start', 'datum', 'von'],
	ends_at: ['ends_at', 'ende', 'bis'],
	event_type: ['event_type', 'terminart', 'art_des_termins'],
	registration_needed: ['registration_needed', 'anmeldung', 'anmeldung_noetig'],
	space_type: ['space_type', 'raumart', 'art_des_raums'],
	area_m2: ['area_m2', 'flaeche', 'flaeche_m2', 'qm', 'm2'],
	rent_eur_month: ['rent_eur_month', 'miete', 'miete_eur_monat', 'kaltmiete'],
	free_interim_use: ['free_interim_use', 'zwischennutzung', 'kostenlose_zwischennutzung'],
	cost: ['cost', 'kosten'],
	eligibility: ['eligibility', 'fuer_wen', 'zielgruppe'],
	application_process: ['application_process', 'zugang', 'so_gehts'],
	fees_description: ['fees_description', 'gebuehren'],
	appointment_needed: ['appointment_needed', 'termin_noetig', 'mit_termin']
};

/** A column name reduced to a comparable key: "Längengrad (WGS84)" → "laengengrad". */
export function columnKey(name: string): string {
	return name
		.toLowerCase()
		.replace(/\(.*?\)/g, '')
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.replace(/²/g, '2')
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');
}

const BY_KEY = new Map<string, string>();
for (const [field, names] of Object.entries(ALIASES)) for (const n of names) BY_KEY.set(n, field);

/** The canonical field of each header (null for columns we do not read). */
export function mapColumns(headers: string[]): (string | null)[] {
	const seen = new Set<string>();
	return headers.map((h) => {
		const field = BY_KEY.get(columnKey(h)) ?? null;
		if (!field || seen.has(field)) return null;
		seen.add(field);
		return field;
	});
}

const KIND_WORDS: Record<string, PlaceKind> = {
	stelle: 'vacancy',
	stellen: 'vacancy',
	stellenangebot: 'vacancy',
	stellenangebote: 'vacancy',
	job: 'vacancy',
	arbeitgeber: 'employer',
	betrieb: 'employer',
	leerstand: 'vacant_space',
	raum: 'vacant_space',
	raeume: 'vacant_space',
	laden: 'vacant_space',
	leerstand_raeume: 'vacant_space',
	oeffentlicher_ort: 'public_space',
	oeffentliche_orte: 'public_space',
	beratung: 'support_service',
	hilfe: 'support_service',
	beratung_hilfe: 'support_service',
	lernort: 'learning_place',
	lernorte: 'learning_place',
	lernorte_wlan: 'learning_place',
	kurs: 'learning_place',
	termin: 'event',
	termine: 'event',
	veranstaltung: 'event'
};

export function parseKind(raw: string): PlaceKind | null {
	const key = columnKey(raw);
	if ((PLACE_KINDS as readonly string[]).includes(key)) return key as PlaceKind;
	return KIND_WORDS[key] ?? null;
}

const CHOICES = {
	wheelchair: {
		yes: 'yes',
		ja: 'yes',
		limited: 'limited',
		teilweise: 'limited',
		eingeschraenkt: 'limited',
		no: 'no',
		nein: 'no',
		unknown: 'unknown',
		unbekannt: 'unknown'
	},
	working_time: {
		full_time: 'full_time',
		vollzeit: 'full_time',
		part_time: 'part_time',
		teilzeit: 'part_time',
		mini_job: 'mini_job',
		minijob: 'mini_job'
	},
	german_level: {
		none: 'none',
		keine: 'none',
		keins: 'none',
		a1: 'A1',
		a2: 'A2',
		b1: 'B1',
		b2: 'B2',
		c1: 'C1',
		c2: 'C2'
	},
	event_type: {
		job_fair: 'job_fair',
		jobmesse: 'job_fair',
		company_visit: 'company_visit',
		betriebsbesuch: 'company_visit',
		internship: 'internship',
		praktikum: 'internship',
		workshop: 'workshop',
		info: 'info',
		infoveranstaltung: 'info',
		other: 'other',
		sonstiges: 'other'
	},
	space_type: {
		shop: 'shop',
		laden: 'shop',
		ladenlokal: 'shop',
		office: 'office',
		buero: 'office',
		room: 'room',
		raum: 'room',
		workshop: 'workshop',
		werkstatt: 'workshop',
		other: 'other',
		sonstiges: 'other'
	},
	cost: {
		free: 'free',
		kostenlos: 'free',
		gratis: 'free',
		reduced: 'reduced',
		ermaessigt: 'reduced',
		paid: 'paid',
		kostenpflichtig: 'paid'
	}
} as const satisfies Record<string, Record<string, string>>;

const LANGUAGE_WORDS: Record<string, string> = {
	deutsch: 'de',
	englisch: 'en',
	tuerkisch: 'tr',
	arabisch: 'ar',
	russisch: 'ru',
	ukrainisch: 'uk',
	persisch: 'fa',
	farsi: 'fa',
	kurdisch: 'ku',
	polnisch: 'pl',
	rumaenisch: 'ro',
	bulgarisch: 'bg',
	franzoesisch: 'fr'
};

const MARKUP = /<\s*\/?\s*[a-z!?]|javascript:/i;
const LIMITS: Record<string, [number, number]> = {
	title: [3, 160],
	description: [0, 6000],
	address: [0, 300],
	organisation: [2, 200],
	opening_hours: [0, 500],
	contact_name: [0, 120],
	contact_phone: [0, 50],
	contact_email: [0, 254],
	website: [0, 500],
	how_to_apply: [0, 2000],
	eligibility: [0, 2000],
	application_process: [0, 2000],
	fees_description: [0, 500]
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RowDefaults {
	/** Kind of rows without a kind column. */
	kind?: PlaceKind;
}

/**
 * Checks and converts one row. `values` are the row's cells by canonical field (strings as the
 * file had them); `column` names the original header of a field for the report.
 */
export function normaliseRow(
	row: number,
	values: Record<string, string>,
	column: (field: string) => string,
	defaults: RowDefaults = {}
): { place: ImportPlace } | { errors: RowError[] } {
	const errors: RowError[] = [];
	const err = (field: string, code: ImportErrorCode, params?: RowError['params']) =>
		errors.push({ row, column: column(field), code, ...(params && { params }) });
	const text = (field: string): string | null => {
		const v = (values[field] ?? '').replace(/\r\n?/g, '\n').trim();
		if (v === '') return null;
		const [min, max] = LIMITS[field] ?? [0, 2000];
		if (MARKUP.test(v)) err(field, 'markup');
		else if (v.length > max) err(field, 'too_long', { max });
		else if (v.length < min) err(field, 'too_short', { min });
		return v;
	};
	const number = (field: string, min: number, max: number) => {
		const n = parseNumber(values[field] ?? '');
		if (n === null) err(field, 'number_invalid', { value: values[field] });
		else if (n !== undefined && (n < min || n > max)) err(field, 'number_range', { min, max });
		return n ?? null;
	};
	const bool = (field: string) => {
		const b = parseBoolean(values[field] ?? '');
		if (b === null) err(field, 'boolean_invalid', { value: values[field] });
		return b ?? null;
	};
	const date = (field: string) => {
		const d = parseDate(values[field] ?? '');
		if (d === null) err(field, 'date_invalid', { value: values[field] });
		return d ?? null;
	};
	const choice = <K extends keyof typeof CHOICES>(field: K) => {
		const raw = (values[field] ?? '').trim();
		if (raw === '') return null;
		const v = (CHOICES[field] as Record<string, string>)[columnKey(raw)];
		if (!v) {
			err(field, 'choice_invalid', {
				value: raw,
				allowed: [...new Set(Object.values(CHOICES[field]))].join(', ')
			});
		}
		return v ?? null;
	};

	const idRaw = (values.id ?? '').trim();
	if (idRaw && !uuid.test(idRaw)) err('id', 'id_invalid', { value: idRaw });

	let kind: PlaceKind | null = defaults.kind ?? null;
	if ((values.kind ?? '').trim() !== '') {
		kind = parseKind(values.kind);
		if (!kind) err('kind', 'kind_unknown', { value: values.kind.trim() });
	} else if (!kind) err('kind', 'required');

	const title = text('title');
	if (!title) err('title', 'required');

	const lat = number('lat', -90, 90);
	const lon = number('lon', -180, 180);
	if (lat === null || lon === null) {
		if (!errors.some((e) => e.column === column('lat') || e.column === column('lon'))) {
			errors.push({ row, code: 'coordinates_missing' });
		}
	} else {
		const b = CITY_BBOX;
		if (lon < b.west || lon > b.east || lat < b.south || lat > b.north) {
			errors.push({ row, column: column('lat'), code: 'coordinates_outside' });
		}
	}

	const email = text('contact_email');
	if (email && !z.email().safeParse(email).success) err('contact_email', 'email_invalid');
	const website = text('website');
	if (website && !/^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i.test(website)) err('website', 'url_invalid');

	const languages: string[] = [];
	for (const part of (values.languages ?? '').split(/[,;/|\s]+/).filter(Boolean)) {
		const key = columnKey(part);
		const code = /^[a-z]{2}$/.test(key) ? key : LANGUAGE_WORDS[key];
		if (!code) err('languages', 'language_invalid', { value: part });
		else if (!languages.includes(code)) languages.push(code);
	}

	const validFrom = date('valid_from');
	const validThrough = date('valid_through');
	if (validFrom && validThrough && validThrough < validFrom)
		err('valid_through', 'end_before_start');

	const details: ImportPlace['details'] = {};
	if (kind === 'vacancy') {
		details.working_time = choice('working_time');
		if (!details.working_time && !errors.some((e) => e.column === column('working_time'))) {
			err('working_time', 'required');
		}
		details.hours_per_week = number('hours_per_week', 1, 60);
		details.german_level = choice('german_level');
		details.childcare_friendly = bool('childcare_friendly');
		details.suitable_for_refugees = bool('suitable_for_refugees');
		details.how_to_apply = text('how_to_apply');
	} else if (kind === 'event') {
		const start = parseDateTime(values.starts_at ?? '');
		const end = parseDateTime(values.ends_at ?? '');
		if (start === undefined) err('starts_at', 'required');
		if (start === null) err('starts_at', 'date_invalid', { value: values.starts_at });
		if (end === null) err('ends_at', 'date_invalid', { value: values.ends_at });
		if (start && end && end < start) err('ends_at', 'end_before_start');
		details.starts_at = start ? localToInstant(start) : null;
		details.ends_at = end ? localToInstant(end) : null;
		details.event_type = choice('event_type');
		details.registration_needed = bool('registration_needed');
	} else if (kind === 'vacant_space') {
		details.space_type = choice('space_type');
		details.area_m2 = number('area_m2', 1, 99_999);
		details.rent_eur_month = number('rent_eur_month', 0, 1_000_000);
		details.free_interim_use = bool('free_interim_use');
	} else if (kind === 'support_service' || kind === 'learning_place') {
		details.cost = choice('cost');
		details.eligibility = text('eligibility');
		details.application_process = text('application_process');
		details.fees_description = text('fees_description');
		details.appointment_needed = bool('appointment_needed');
	}

	const place: ImportPlace = {
		row,
		...(idRaw && uuid.test(idRaw) && { id: idRaw.toLowerCase() }),
		kind: kind ?? 'employer',
		title: title ?? '',
		description: text('description') ?? '',
		address: text('address'),
		lon: lon ?? 0,
		lat: lat ?? 0,
		organisation: text('organisation'),
		opening_hours: text('opening_hours'),
		wheelchair: (choice('wheelchair') as ImportPlace['wheelchair'] | null) ?? 'unknown',
		languages,
		contact_name: text('contact_name'),
		contact_phone: text('contact_phone'),
		contact_email: email,
		website,
		valid_from: validFrom,
		valid_through: validThrough,
		details
	};
	return errors.length ? { errors } : { place };
}
