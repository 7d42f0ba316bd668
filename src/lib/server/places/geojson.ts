import { PublicCache } from '../cache/public-cache';
import type { Session } from '../db';
import type { PlaceFilters } from '$lib/places/filters';
import { placesInBbox, round6, type BBox, type MapPlacesRow } from './index';

/**
 * GeoJSON answers of GET /api/places, and how anonymous ones are answered without a query per
 * box: a map that is panned or zoomed asks for a new box every time, so the answer for a box is
 * cut out of a cached, slightly larger "snapped" box (its edges on a 0.01-degree grid) that holds
 * the first places of that larger box in the query's order. Exact: map_places orders by (kind,
 * title, id) whatever the box, so the places of the smaller box, in that order and cut at the
 * limit, are what the database would return for it (tests/integration/geojson.test.ts compares
 * both).
 */

/** One feature as JSON text: properties without nulls, coordinates to 6 decimals (about 10 cm). */
export function featureJson({ lon, lat, ...p }: MapPlacesRow) {
	const properties: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(p)) if (v !== null) properties[k] = v;
	return JSON.stringify({
		type: 'Feature',
		id: p.id,
		geometry: { type: 'Point', coordinates: [round6(lon), round6(lat)] },
		properties
	});
}

/** A FeatureCollection from feature texts; `truncated: true` when more places matched. */
export function featureCollection(features: string[], truncated: boolean) {
	return `{"type":"FeatureCollection",${truncated ? '"truncated":true,' : ''}"features":[${features.join(',')}]}`;
}

const HEAD = Buffer.from('{"type":"FeatureCollection","features":[');
const HEAD_TRUNCATED = Buffer.from('{"type":"FeatureCollection","truncated":true,"features":[');
const COMMA = Buffer.from(',');
const TAIL = Buffer.from(']}');

/**
 * The same as featureCollection, from features already encoded as UTF-8: copying bytes is all
 * an answer costs (a string body would be checked and encoded again on every response).
 */
export function featureCollectionBytes(features: Buffer[], truncated: boolean) {
	const parts: Buffer[] = [truncated ? HEAD_TRUNCATED : HEAD];
	features.forEach((f, i) => {
		if (i > 0) parts.push(COMMA);
		parts.push(f);
	});
	parts.push(TAIL);
	return Buffer.concat(parts);
}

/** Grid of the snapped boxes, and the largest box (in grid steps per side) that is snapped. */
export const GRID = 0.01;
const MAX_STEPS = 20;
/**
 * How many places of a snapped box are kept: its first PREFIX in the query's order. Enough for
 * the answers cut from it (a box's first `limit` + 1 places are all in that prefix whenever the
 * prefix holds that many of them), and a snapped box costs the database about twice an exact
 * query instead of five times (every place of a dense box).
 */
export const PREFIX = 1500;

/** The grid-aligned box around `bbox`, or null when it would be too large to keep. */
export function snapBox([w, s, e, n]: BBox): BBox | null {
	// Integer grid steps, so that nearby boxes share one key; the checks keep floating point from
	// ever cutting into the box.
	const down = (x: number) => {
		const v = Math.floor(x / GRID) / (1 / GRID);
		return v <= x ? v : v - GRID;
	};
	const up = (x: number) => {
		const v = Math.ceil(x / GRID) / (1 / GRID);
		return v >= x ? v : v + GRID;
	};
	const box: BBox = [
		Math.max(-180, down(w)),
		Math.max(-90, down(s)),
		Math.min(180, up(e)),
		Math.min(90, up(n))
	];
	if (box[2] - box[0] > MAX_STEPS * GRID + 1e-9 || box[3] - box[1] > MAX_STEPS * GRID + 1e-9) {
		return null;
	}
	return box;
}

interface SnappedEntry {
	/** The first places of the snapped box in map_places order (at most `prefix`). */
	places: { lon: number; lat: number; json: Buffer }[];
	/** True when these are all the places of the snapped box. */
	complete: boolean;
}

export const snapped = new PublicCache<SnappedEntry>({
	maxBytes: 96 * 1024 * 1024,
	sizeOf: (e) => 64 + e.places.reduce((a, p) => a + 96 + p.json.byteLength, 0)
});

/**
 * The answer for an anonymous box from the snapped cache, or null when it cannot be cut from it
 * (box too large, or the kept prefix holds too few of its places): then the caller runs the
 * exact query. `prefix` is for tests.
 */
export async function answerFromSnapped(
	db: Session,
	bbox: BBox,
	filters: PlaceFilters,
	limit: number,
	prefix = PREFIX
): Promise<Buffer | null> {
	// Without the public caches (no LISTEN, or switched off) every box is queried exactly.
	if (!snapped.enabled) return null;
	const box = snapBox(bbox);
	if (!box) return null;
	const { body: entry } = await snapped.get(
		`${box.join(',')}|${prefix}|${JSON.stringify(filters)}`,
		async () => {
			const rows = await placesInBbox(db, box, filters, prefix + 1);
			const complete = rows.length <= prefix;
			return {
				places: (complete ? rows : rows.slice(0, prefix)).map((r) => ({
					lon: r.lon,
					lat: r.lat,
					json: Buffer.from(featureJson(r))
				})),
				complete
			};
		}
	);
	const [w, s, e, n] = bbox;
	const out: Buffer[] = [];
	let truncated = false;
	for (const p of entry.places) {
		// The same inclusive test as the SQL (`lat between south and north and lon between …`).
		if (p.lon < w || p.lon > e || p.lat < s || p.lat > n) continue;
		if (out.length === limit) {
			truncated = true;
			break;
		}
		out.push(p.json);
	}
	// Ran out of kept places before `limit` + 1 of this box: places beyond the prefix may belong
	// to the answer.
	if (!truncated && !entry.complete) return null;
	return featureCollectionBytes(out, truncated);
}
