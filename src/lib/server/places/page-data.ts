/**
 * The places of the public map pages (the map at `/` and the reachability view), one filter set
 * at a time: quarters, places, facet counts and translated titles from the database, cached for
 * anonymous visitors; then opening hours, which depend on the clock and are evaluated per
 * request. Both pages' loaders take their data from here.
 */
import { PROGRAMME_BBOX } from '$lib/region';
import { isOpenAt, resolveOpenAt } from '$lib/places/opening-hours';
import type { Place, PlaceOnMap } from '$lib/places/place';
import type { MapQuery } from '$lib/places/url-state';
import { PublicCache } from '$lib/server/cache/public-cache';
import type { Session } from '$lib/server/db';
import type { PlaceFilters } from '$lib/places/filters';
import {
	facetCounts,
	openingHoursTexts,
	placeCounts,
	placesInBbox,
	quartersGeoJson,
	toPlace,
	translatedTitles,
	type FacetCount
} from './index';

/** Enough for every place of the three quarters; the list renders only what is in view. */
export const PAGE_MAX_ROWS = 5000;

/** The list of the page: every place the filters find in the programme's box. */
const listRows = (db: Session, filters: PlaceFilters) =>
	placesInBbox(db, PROGRAMME_BBOX, filters, PAGE_MAX_ROWS);

/**
 * What the database says for one filter set and language: the same for every anonymous visitor,
 * so it is cached (and emptied by every write the public sees, see public-cache.ts). The list and
 * every count come from one SQL definition (place_matches), so they cannot contradict.
 */
async function fromDatabase(db: Session, filters: PlaceFilters, openNow: string[], locale: string) {
	const [quarters, rows, counts, openCount] = await Promise.all([
		quartersGeoJson(db),
		listRows(db, filters),
		facetCounts(db, PROGRAMME_BBOX, filters),
		// "open now" beside the other choices of "open": the same filters, open now instead.
		placeCounts(db, PROGRAMME_BBOX, { ...filters, open_hours: openNow }).then(
			(c) => c.find((x) => x.facet === 'total')?.n ?? 0
		)
	]);
	const titles = await translatedTitles(
		db,
		rows.map((r) => r.id),
		locale
	);
	return { quarters, rows, counts, openCount, titles };
}

const cache = new PublicCache<Awaited<ReturnType<typeof fromDatabase>>>({
	maxBytes: 32 * 1024 * 1024
});
const textsCache = new PublicCache<string[]>({ maxBytes: 4 * 1024 * 1024 });

/** The opening-hours texts (of what the caller sees) that say "open" at `at`. */
async function openTexts(locals: Pick<App.Locals, 'db' | 'claims'>, at: Date) {
	const texts =
		locals.claims.role === 'anon'
			? (await textsCache.get('opening-hours', () => openingHoursTexts(locals.db))).body
			: await openingHoursTexts(locals.db);
	return texts.filter((t) => isOpenAt(t, at) === true).sort();
}

/**
 * The filters the database gets for `query`: with `query.open`, the opening-hours texts that say
 * "open" then (`at`); `openNow` are those open now (the "open now" count beside the other choices).
 */
export async function databaseFilters(locals: Pick<App.Locals, 'db' | 'claims'>, query: MapQuery) {
	const at = resolveOpenAt(query.open ?? 'now');
	const openAt = await openTexts(locals, at);
	const openNow =
		query.open && query.open !== 'now' ? await openTexts(locals, resolveOpenAt('now')) : openAt;
	const filters: PlaceFilters = query.open
		? { ...query.filters, open_hours: openAt }
		: query.filters;
	return { at, filters, openNow };
}

/**
 * The rows of the list for `query` (the query placesPageData's list comes from, without the
 * counts, quarters and titles around it).
 */
export async function pageListRows(locals: Pick<App.Locals, 'db' | 'claims'>, query: MapQuery) {
	return listRows(locals.db, (await databaseFilters(locals, query)).filters);
}

/**
 * The places for `query` in `locale`. With `query.open` only those open then (a filter of the
 * database like the others); `openCount` says how many the filters find open now.
 */
export async function placesPageData(
	locals: Pick<App.Locals, 'db' | 'claims'>,
	query: MapQuery,
	locale: string
) {
	const { at, filters, openNow } = await databaseFilters(locals, query);
	const load = () => fromDatabase(locals.db, filters, openNow, locale);
	// Signed-in callers may see their own drafts: never from the cache.
	const { quarters, rows, counts, openCount, titles } =
		locals.claims.role === 'anon'
			? (await cache.get(`${locale}|${JSON.stringify(filters)}|${openNow.join('\n')}`, load)).body
			: await load();

	// The badge "open" / "closed" of each row, at the chosen time (or now).
	const places: PlaceOnMap[] = rows.map((r) => ({
		...toPlace(r, titles, locale),
		open: isOpenAt(r.opening_hours, at),
		wheelchair: r.wheelchair,
		startsAt: r.starts_at ? new Date(r.starts_at).toISOString() : null
	}));

	return {
		quarters,
		places,
		total: counts.find((c) => c.facet === 'total')?.n ?? places.length,
		truncated: rows.length >= PAGE_MAX_ROWS,
		counts: countsByFacet(counts),
		openCount,
		bbox: PROGRAMME_BBOX
	};
}

/** The Place in a map page's place (what the reachability view needs of it, nothing more). */
export function justPlace(p: PlaceOnMap): Place {
	const { id, kind, title, lang, lon, lat, quarter, org, demo } = p;
	return { id, kind, title, lang, lon, lat, quarter, org, demo };
}

function countsByFacet(counts: FacetCount[]) {
	const out: Record<string, Record<string, number>> = {};
	for (const { facet, value, n } of counts) (out[facet] ??= {})[value ?? ''] = n;
	return out;
}
