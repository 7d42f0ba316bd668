/**
 * The places of the public map pages (the map at `/` and the reachability view), one filter set
 * at a time: quarters, places, facet counts and translated titles from the database, cached for
 * anonymous visitors; then opening hours, which depend on the clock and are evaluated per
 * request. Both pages' loaders take their data from here.
 */
import { PROGRAMME_BBOX } from '$lib/region';
import { isOpenAt, resolveOpenAt } from '$lib/places/opening-hours';
import type { MapQuery } from '$lib/places/url-state';
import { PublicCache } from '$lib/server/cache/public-cache';
import type { Session } from '$lib/server/db';
import {
	facetCounts,
	placeRow,
	placesInBbox,
	quartersGeoJson,
	translatedTitles,
	type FacetCount,
	type PlaceRow
} from './index';

/** Enough for every place of the three quarters; the list renders only what is in view. */
export const PAGE_MAX_ROWS = 5000;

/** One row of the list and one point on the map: only what both need, to keep the page small. */
export interface ListPlace extends PlaceRow {
	/** Open at the chosen time (or now): true / false, null = unknown. */
	open: boolean | null;
	wheelchair: 'yes' | 'limited' | 'no' | 'unknown';
	startsAt: string | null;
}

/**
 * What the database says for one filter set and language: the same for every anonymous visitor,
 * so it is cached (and emptied by every write the public sees, see public-cache.ts).
 */
async function fromDatabase(db: Session, filters: MapQuery['filters'], locale: string) {
	const [quarters, rows, counts] = await Promise.all([
		quartersGeoJson(db),
		placesInBbox(db, PROGRAMME_BBOX, filters, PAGE_MAX_ROWS),
		facetCounts(db, PROGRAMME_BBOX, filters)
	]);
	const titles = await translatedTitles(
		db,
		rows.map((r) => r.id),
		locale
	);
	return { quarters, rows, counts, titles };
}

const cache = new PublicCache<Awaited<ReturnType<typeof fromDatabase>>>({
	maxBytes: 32 * 1024 * 1024
});

/**
 * The places for `query` in `locale`. With `query.open` only those open then; `openCount` says
 * how many are open at that time (or now) either way.
 */
export async function placesPageData(
	locals: Pick<App.Locals, 'db' | 'claims'>,
	query: MapQuery,
	locale: string
) {
	const load = () => fromDatabase(locals.db, query.filters, locale);
	// Signed-in callers may see their own drafts: never from the cache.
	const { quarters, rows, counts, titles } =
		locals.claims.role === 'anon'
			? (await cache.get(`${locale}|${JSON.stringify(query.filters)}`, load)).body
			: await load();

	// Opening hours are evaluated here, after SQL: the OSM syntax has no SQL implementation.
	const at = resolveOpenAt(query.open ?? 'now');
	let places: ListPlace[] = rows.map((r) => ({
		...placeRow(r, titles, locale),
		open: isOpenAt(r.opening_hours, at),
		wheelchair: r.wheelchair,
		startsAt: r.starts_at ? new Date(r.starts_at).toISOString() : null
	}));
	const openCount = places.filter((p) => p.open === true).length;
	if (query.open) places = places.filter((p) => p.open === true);

	return {
		quarters,
		places,
		total: query.open
			? places.length
			: (counts.find((c) => c.facet === 'total')?.n ?? places.length),
		truncated: rows.length >= PAGE_MAX_ROWS,
		counts: countsByFacet(counts),
		openCount,
		bbox: PROGRAMME_BBOX
	};
}

/** A list place as a plain place row (what the reachability view needs of it). */
export function toPlaceRow(p: ListPlace): PlaceRow {
	const { id, kind, title, lang, lon, lat, quarter, org, demo } = p;
	return { id, kind, title, lang, lon, lat, quarter, org, demo };
}

function countsByFacet(counts: FacetCount[]) {
	const out: Record<string, Record<string, number>> = {};
	for (const { facet, value, n } of counts) (out[facet] ??= {})[value ?? ''] = n;
	return out;
}
