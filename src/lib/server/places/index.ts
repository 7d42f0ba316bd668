import type { PlaceKind, WHEELCHAIR_ACCESS } from '$lib/places/kinds';
import { filtersToJson, type PlaceFilters } from '$lib/places/filters';
import type { Place } from '$lib/places/place';
import { BASE_LOCALE, translatedTitle } from '$lib/i18n/place-text';
import type { Session } from '../db';

/**
 * A row of the SQL function map_places, in the database's names (which are also the properties of
 * the GeoJSON answers). The pages get a Place ($lib/places/place.ts) made from it by toPlace.
 */
export interface MapPlacesRow {
	id: string;
	kind: PlaceKind;
	title: string;
	lon: number;
	lat: number;
	quarter_id: string | null;
	organisation_name: string | null;
	wheelchair: (typeof WHEELCHAIR_ACCESS)[number];
	languages: string[];
	is_demo: boolean;
	opening_hours: string | null;
	working_time: 'full_time' | 'part_time' | 'mini_job' | null;
	starts_at: string | null;
}

export type BBox = [number, number, number, number];

/** Coordinates to 6 decimals (about 10 cm): enough for a map, and a shorter answer. */
export const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** A Place from a map_places row, with its title in `locale` where `titles` has one. */
export function toPlace(r: MapPlacesRow, titles: Map<string, string>, locale: string): Place {
	const translated = titles.get(r.id);
	return {
		id: r.id,
		kind: r.kind,
		title: translated ?? r.title,
		lang: translated !== undefined ? locale : 'de',
		lon: round6(r.lon),
		lat: round6(r.lat),
		quarter: r.quarter_id,
		org: r.organisation_name,
		demo: r.is_demo
	};
}

/** Places in a bounding box with filters, as the caller may see them (RLS applies). */
export function placesInBbox(db: Session, bbox: BBox, filters: PlaceFilters = {}, maxRows = 2000) {
	return db.query<MapPlacesRow>(
		`select id, kind, title, lon, lat, quarter_id, organisation_name, wheelchair, languages,
		        is_demo, opening_hours, working_time, starts_at
		   from map_places($1, $2, $3, $4, $5::jsonb, $6)`,
		// Objects, not strings: both drivers serialise jsonb parameters themselves.
		[...bbox, filtersToJson(filters), maxRows]
	);
}

export interface QuarterFeatureCollection {
	type: 'FeatureCollection';
	features: {
		type: 'Feature';
		geometry: GeoJSON.MultiPolygon;
		properties: { id: string; name: string; approximate: boolean };
	}[];
}

export async function quartersGeoJson(db: Session): Promise<QuarterFeatureCollection> {
	const [row] = await db.query<{ fc: QuarterFeatureCollection }>('select quarters_geojson() as fc');
	return row.fc;
}

export async function placeDetail(db: Session, id: string) {
	const [row] = await db.query<{ place: Record<string, unknown> | null }>(
		'select place_detail($1::uuid) as place',
		[id]
	);
	return row?.place ?? null;
}

export interface FacetCount {
	facet: string;
	value: string | null;
	n: number;
}

/** place_counts for one filter set. */
export async function placeCounts(db: Session, bbox: BBox, filters: PlaceFilters = {}) {
	const rows = await db.query<{ facet: string; value: string | null; n: string | number }>(
		'select facet, value, n from place_counts($1, $2, $3, $4, $5::jsonb)',
		[...bbox, filtersToJson(filters)]
	);
	return rows.map((r) => ({ facet: r.facet, value: r.value, n: Number(r.n) }));
}

/**
 * Counts shown beside each filter option before it is applied. A multi-choice facet is counted
 * with all other filters but without its own (so "Teilzeit (12)" stays visible while "Vollzeit"
 * is ticked); everything else comes from one query with all filters. One query when no
 * multi-choice facet is set, at most six.
 */
export async function facetCounts(db: Session, bbox: BBox, filters: PlaceFilters) {
	const own: [keyof PlaceFilters, string][] = [
		['kinds', 'kind'],
		['quarters', 'quarter'],
		['working_time', 'working_time'],
		['german_level_max', 'german_level'],
		['languages', 'language']
	];
	const set = own.filter(([key]) => {
		const v = filters[key];
		return Array.isArray(v) ? v.length > 0 : v !== undefined;
	});
	const [base, ...without] = await Promise.all([
		placeCounts(db, bbox, filters),
		...set.map(([key]) => placeCounts(db, bbox, { ...filters, [key]: undefined }))
	]);
	const replaced = new Set(set.map(([, facet]) => facet));
	const counts: FacetCount[] = base.filter((c) => !replaced.has(c.facet));
	set.forEach(([, facet], i) => counts.push(...without[i].filter((c) => c.facet === facet)));
	return counts;
}

/**
 * The opening-hours texts of the places the caller may see (a few hundred distinct texts for many
 * thousand places): "open at" is evaluated on these, once per text, and passed to SQL as
 * `open_hours`.
 */
export async function openingHoursTexts(db: Session): Promise<string[]> {
	const rows = await db.query<{ t: string }>(
		'select distinct opening_hours as t from public.places where opening_hours is not null'
	);
	return rows.map((r) => r.t);
}

/**
 * Translated titles of some places in one language (for the list), where present: the place
 * page's rule (translatedTitle: trimmed, not blank), applied here to what the database holds.
 */
export async function translatedTitles(db: Session, ids: string[], locale: string) {
	const titles = new Map<string, string>();
	if (ids.length === 0 || locale === BASE_LOCALE) return titles;
	const rows = await db.query<{ id: string; translations: unknown }>(
		`select id, translations
		   from public.places
		  where id = any ($1::uuid[]) and translations -> $2 ->> 'title' is not null`,
		[ids, locale]
	);
	for (const r of rows) {
		const title = translatedTitle(r.translations, locale);
		if (title !== undefined) titles.set(r.id, title);
	}
	return titles;
}
