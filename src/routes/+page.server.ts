import { PROGRAMME_BBOX } from '$lib/places/kinds';
import { isOpenAt, resolveOpenAt } from '$lib/places/opening-hours';
import { parseMapQuery } from '$lib/places/url-parse';
import { getLocale } from '$lib/i18n/paraglide/runtime';
import { m } from '$lib/i18n';
import {
	facetCounts,
	placeRow,
	placesInBbox,
	quartersGeoJson,
	translatedTitles,
	type FacetCount,
	type PlaceRow
} from '$lib/server/places';
import { PublicCache } from '$lib/server/cache/public-cache';
import type { Session } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/** Enough for every place of the three quarters; the list renders only what is in view. */
const PAGE_MAX_ROWS = 5000;

/** One row of the list and one point on the map: only what both need, to keep the page small. */
export interface ListPlace extends PlaceRow {
	/** Open at the chosen time (or now): true / false, null = unknown. */
	open: boolean | null;
	wheelchair: 'yes' | 'limited' | 'no' | 'unknown';
	startsAt: string | null;
}

/**
 * What the database says for one filter set and language: the same for every anonymous visitor,
 * so it is cached (and emptied by every write the public sees, see public-cache.ts). Opening hours depend on
 * the time and are evaluated per request, after this.
 */
async function mapData(
	db: Session,
	filters: ReturnType<typeof parseMapQuery>['query']['filters'],
	locale: string
) {
	const bbox = PROGRAMME_BBOX;
	const [quarters, rows, counts] = await Promise.all([
		quartersGeoJson(db),
		placesInBbox(db, bbox, filters, PAGE_MAX_ROWS),
		facetCounts(db, bbox, filters)
	]);
	const titles = await translatedTitles(
		db,
		rows.map((r) => r.id),
		locale
	);
	return { quarters, rows, counts, titles };
}

const mapDataCache = new PublicCache<Awaited<ReturnType<typeof mapData>>>({
	maxBytes: 32 * 1024 * 1024
});

export const load: PageServerLoad = async ({ url, locals }) => {
	const { query, ignored } = parseMapQuery(url.searchParams);
	const locale = getLocale();
	const bbox = PROGRAMME_BBOX;
	const fromDatabase = () => mapData(locals.db, query.filters, locale);
	// Signed-in callers may see their own drafts: never from the cache.
	const { quarters, rows, counts, titles } =
		locals.claims.role === 'anon'
			? (await mapDataCache.get(`${locale}|${JSON.stringify(query.filters)}`, fromDatabase)).body
			: await fromDatabase();

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
		// Static texts in the reader's language only: as page data they stay out of the page's
		// JavaScript, which would otherwise carry them in all six languages.
		text: {
			title: `${m.app_title()} – ${m.app_tagline()}`,
			description: m.meta_description(),
			demoNote: m.demo_note()
		},
		quarters,
		places,
		total: query.open
			? places.length
			: (counts.find((c) => c.facet === 'total')?.n ?? places.length),
		truncated: rows.length >= PAGE_MAX_ROWS,
		counts: countsByFacet(counts),
		openCount,
		query,
		ignored,
		bbox
	};
};

function countsByFacet(counts: FacetCount[]) {
	const out: Record<string, Record<string, number>> = {};
	for (const { facet, value, n } of counts) (out[facet] ??= {})[value ?? ''] = n;
	return out;
}
