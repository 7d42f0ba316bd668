import { filtersToJson, type PlaceFilters } from '$lib/places/filters';
import type { Session } from '../../db';
import { round6, type BBox } from '../../places';
import { toCsv } from './csv-writer';
import { licenceStatement, rowLicence } from './licence';

/**
 * Published places with the map's filters, complete enough to reuse: what GET /api/places sends
 * as CSV or as a GeoJSON download, and what the other open formats are built from. The map's own
 * query picks the places (same filters, same order, RLS applies); place_detail() adds the fields.
 */
export interface ExportPlace {
	id: string;
	kind: string;
	title: string;
	description: string;
	address: string | null;
	lon: number;
	lat: number;
	quarter_id: string | null;
	quarter_name: string | null;
	organisation: { id: string; name: string; website: string | null } | null;
	opening_hours: string | null;
	wheelchair: string;
	languages: string[];
	tags: string[];
	contact_name: string | null;
	contact_phone: string | null;
	contact_email: string | null;
	website: string | null;
	valid_from: string | null;
	valid_through: string | null;
	created_at: string;
	updated_at: string;
	is_demo: boolean;
	details: Record<string, unknown> | null;
}

/** At most this many places in one export (the map query's own limit). */
export const EXPORT_MAX = 10_000;

export async function placesForExport(
	db: Session,
	box: BBox,
	filters: PlaceFilters,
	max = EXPORT_MAX
): Promise<{ places: ExportPlace[]; truncated: boolean }> {
	// Published and currently valid places only, whoever asks (export_place_ids).
	const limit = Math.min(max, EXPORT_MAX - 1) + 1;
	const rows = await db.query<{ id: string }>(
		'select id from public.export_place_ids($1, $2, $3, $4, $5::jsonb, $6)',
		[...box, JSON.stringify(filtersToJson(filters)), limit]
	);
	const truncated = rows.length > max;
	const ids = (truncated ? rows.slice(0, max) : rows).map((r) => r.id);
	if (ids.length === 0) return { places: [], truncated };
	const details = await db.query<{ d: ExportPlace }>(
		`select public.place_detail(u.id) as d
		   from unnest($1::uuid[]) with ordinality as u(id, n)
		  order by u.n`,
		[ids]
	);
	return { places: details.map((r) => r.d).filter(Boolean), truncated };
}

export const PLACE_CSV_COLUMNS = [
	'id',
	'kind',
	'title',
	'description',
	'address',
	'lat',
	'lon',
	'quarter',
	'organisation',
	'opening_hours',
	'wheelchair',
	'languages',
	'contact_name',
	'contact_phone',
	'contact_email',
	'website',
	'valid_from',
	'valid_through',
	'working_time',
	'german_level',
	'starts_at',
	'ends_at',
	'event_type',
	'space_type',
	'cost',
	'updated_at',
	'url',
	'is_demo',
	'licence'
] as const;

/** One flat record per place: the columns of the CSV, the properties of the GeoJSON download. */
export function flatPlace(p: ExportPlace, origin: string): Record<string, unknown> {
	const d = p.details ?? {};
	return {
		id: p.id,
		kind: p.kind,
		title: p.title,
		description: p.description,
		address: p.address,
		lat: round6(p.lat),
		lon: round6(p.lon),
		quarter: p.quarter_id,
		organisation: p.organisation?.name ?? null,
		opening_hours: p.opening_hours,
		wheelchair: p.wheelchair,
		languages: p.languages,
		contact_name: p.contact_name,
		contact_phone: p.contact_phone,
		contact_email: p.contact_email,
		website: p.website,
		valid_from: p.valid_from,
		valid_through: p.valid_through,
		working_time: d.working_time ?? null,
		german_level: d.german_level ?? null,
		starts_at: d.starts_at ?? null,
		ends_at: d.ends_at ?? null,
		event_type: d.event_type ?? null,
		space_type: d.space_type ?? null,
		cost: d.cost ?? null,
		updated_at: p.updated_at,
		url: new URL(`/ort/${p.id}`, origin).toString(),
		is_demo: p.is_demo,
		licence: rowLicence(p.is_demo)
	};
}

export function placesCsv(places: ExportPlace[], origin: string): string {
	return toCsv(
		PLACE_CSV_COLUMNS,
		places.map((p) => flatPlace(p, origin))
	);
}

/** A GeoJSON FeatureCollection with the licence as foreign members (RFC 7946 §6.1). */
export function placesGeoJson(places: ExportPlace[], origin: string, truncated: boolean): string {
	const demoRows = places.filter((p) => p.is_demo).length;
	return JSON.stringify({
		type: 'FeatureCollection',
		...licenceStatement(demoRows),
		...(truncated && { truncated: true }),
		features: places.map((p) => {
			const { lat, lon, ...properties } = flatPlace(p, origin);
			return {
				type: 'Feature',
				id: p.id,
				geometry: { type: 'Point', coordinates: [lon, lat] },
				properties
			};
		})
	});
}
