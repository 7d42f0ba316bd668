import type { PlaceKind } from '$lib/places/kinds';
import { filtersToJson, type PlaceFilters } from '$lib/places/filters';
import type { Session } from './db';

export interface PlaceSummary {
	id: string;
	kind: PlaceKind;
	title: string;
	lon: number;
	lat: number;
	quarter_id: string | null;
	organisation_name: string | null;
	wheelchair: 'yes' | 'limited' | 'no' | 'unknown';
	languages: string[];
	is_demo: boolean;
	opening_hours: string | null;
}

export type BBox = [number, number, number, number];

/** Places in a bounding box with filters, as the caller may see them (RLS applies). */
export function placesInBbox(db: Session, bbox: BBox, filters: PlaceFilters = {}, maxRows = 2000) {
	return db.query<PlaceSummary>(
		`select id, kind, title, lon, lat, quarter_id, organisation_name, wheelchair, languages,
		        is_demo, opening_hours
		   from places_in_bbox($1, $2, $3, $4, $5::jsonb, $6)`,
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
