/**
 * The demo world being generated: its organisations and places (rows as they go into the
 * database), the shared draws (phone numbers, contact people, languages, wheelchair access) and
 * the helpers every kind of place uses.
 */
import type { Catalogue, Wheelchair } from './catalogue.ts';
import { demoUuid, slug } from './ids.ts';
import type { LonLat } from './geometry.ts';
import type { DemoLocations } from './locations.ts';
import type { SeededRandom } from './random.ts';
import type { SeedRegion } from './region.ts';

export type OrganisationKind = 'employer' | 'carrier' | 'project' | 'public_body';
export type PlaceKind =
	| 'employer'
	| 'vacancy'
	| 'vacant_space'
	| 'public_space'
	| 'support_service'
	| 'learning_place'
	| 'event';
export type PlaceStatus = 'draft' | 'pending' | 'published';

export interface OrganisationRow {
	id: string;
	key: string;
	name: string;
	kind: OrganisationKind;
	description: string;
	address: string | null;
	location: LonLat | null;
	contact_email: string | null;
	contact_phone: string | null;
	website: string | null;
}

/** A place's kind-specific row (the table it goes to, and its columns). */
export type PlaceDetails =
	| {
			table: 'vacancy_details';
			working_time: string;
			hours_per_week: number;
			fixed_term: boolean;
			start_date: string | null;
			salary_min: number | null;
			salary_max: number | null;
			salary_unit: 'month' | 'hour' | null;
			german_level: string;
			childcare_friendly: boolean;
			suitable_for_refugees: boolean;
			how_to_apply: string;
			shift_start: string | null;
			shift_end: string | null;
			weekend_work: boolean;
	  }
	| {
			table: 'space_details';
			space_type: string;
			area_m2: number;
			rent_eur_month: number | null;
			free_interim_use: boolean;
			available_from: string | null;
			available_until: string | null;
			welcome_uses: string;
	  }
	| {
			table: 'service_details';
			eligibility: string;
			cost: 'free' | 'reduced';
			fees_description: string | null;
			required_documents: string[];
			application_process: string;
			appointment_needed: boolean;
	  }
	| {
			table: 'event_details';
			event_type: string;
			starts_at: string;
			ends_at: string;
			registration_needed: boolean;
	  };

export interface PlaceFields {
	title: string;
	description: string;
	location: LonLat;
	address: string;
	wheelchair: Wheelchair;
	languages: string[];
	easy_german?: string | null;
	translations?: Record<string, { title: string; description: string }>;
	opening_hours?: string | null;
	tags?: string[];
	contact_name?: string | null;
	contact_phone?: string | null;
	contact_email?: string | null;
	website?: string | null;
	status?: PlaceStatus;
	valid_from?: string | null;
	valid_through?: string | null;
	organisation_id?: string | null;
}

export type PlaceRow = Required<PlaceFields> & {
	id: string;
	key: string;
	kind: PlaceKind;
	details: PlaceDetails | null;
};

/** An employer as the later steps need it: its sector, organisation, place and quarter. */
export interface Employer {
	sector: Catalogue['employers']['sectors'][number];
	org: OrganisationRow;
	place: PlaceRow;
	quarter: string;
}

export class DemoWorld {
	readonly organisations: OrganisationRow[] = [];
	readonly places: PlaceRow[] = [];
	readonly employers: Employer[] = [];
	readonly #orgByKey = new Map<string, OrganisationRow>();
	readonly #placeCount = new Map<PlaceKind, number>();
	/** Distinct demo phone numbers, drawn once (the first draw of the seed). */
	readonly #phones: number[];

	constructor(
		readonly random: SeededRandom,
		readonly locations: DemoLocations,
		readonly catalogue: Catalogue,
		readonly region: SeedRegion
	) {
		this.#phones = random.shuffle(Array.from({ length: 9000 }, (_, i) => 1000 + i));
	}

	addOrganisation(key: string, fields: Omit<OrganisationRow, 'id' | 'key'>): OrganisationRow {
		const row = { id: demoUuid('org/' + key), key, ...fields };
		this.organisations.push(row);
		this.#orgByKey.set(key, row);
		return row;
	}

	organisation(key: string): OrganisationRow {
		const org = this.#orgByKey.get(key);
		if (!org) throw new Error(`unknown organisation "${key}"`);
		return org;
	}

	/** A place with the key place/<kind>/<nn> (its uuid derives from it). */
	addPlace(kind: PlaceKind, fields: PlaceFields, details: PlaceDetails | null = null): PlaceRow {
		const n = (this.#placeCount.get(kind) ?? 0) + 1;
		this.#placeCount.set(kind, n);
		const key = `place/${kind}/${String(n).padStart(2, '0')}`;
		const row: PlaceRow = {
			id: demoUuid(key),
			key,
			kind,
			easy_german: null,
			translations: {},
			opening_hours: null,
			tags: [],
			contact_name: null,
			contact_phone: null,
			contact_email: null,
			website: null,
			status: 'published',
			valid_from: null,
			valid_through: null,
			organisation_id: null,
			...fields,
			details
		};
		this.places.push(row);
		return row;
	}

	phone(): string {
		const n = this.#phones.pop();
		if (n === undefined) throw new Error('out of demo phone numbers');
		return `0521 555${n}`;
	}

	person(): string {
		return `${this.random.pick(['Frau', 'Herr'])} ${this.random.pick(this.catalogue.surnames)}`;
	}

	languages(): string[] {
		return this.random.pick(this.catalogue.languageMixes).slice();
	}

	/** Wheelchair access of an ordinary business or flat. */
	wheelchair(): Wheelchair {
		return this.random.weighted(WHEELCHAIR.ordinary);
	}

	/** Wheelchair access of a public service (more often accessible). */
	wheelchairOfService(): Wheelchair {
		return this.random.weighted(WHEELCHAIR.service);
	}

	/** Wheelchair access of a square, park or playground. */
	wheelchairOutdoors(): Wheelchair {
		return this.random.weighted(WHEELCHAIR.outdoors);
	}

	/** A catalogue text with `{q}` replaced by the quarter's short name. */
	fill(text: string, quarterId: string): string {
		return text.replaceAll('{q}', this.locations.quarter(quarterId).short);
	}

	/** An e-mail domain made from an organisation's name (`max` letters of its slug). */
	domain(name: string, max: number): string {
		return `${slug(name).slice(0, max)}.example.org`;
	}
}

const WHEELCHAIR = {
	ordinary: [
		['yes', 45],
		['limited', 25],
		['no', 15],
		['unknown', 15]
	],
	service: [
		['yes', 60],
		['limited', 25],
		['no', 5],
		['unknown', 10]
	],
	outdoors: [
		['yes', 50],
		['limited', 40],
		['unknown', 10]
	]
} as const satisfies Record<string, readonly (readonly [Wheelchair, number])[]>;

/** Replaces each `{name}` in a catalogue text. */
export function template(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}
