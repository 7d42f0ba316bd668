import { PROGRAMME_BBOX, type PlaceKind } from '$lib/places/kinds';
import { isOpenAt, resolveOpenAt } from '$lib/places/opening-hours';
import { parseMapQuery } from '$lib/places/url-parse';
import { getLocale } from '$lib/i18n/paraglide/runtime';
import {
	facetCounts,
	placesInBbox,
	quartersGeoJson,
	translatedTitles,
	type FacetCount
} from '$lib/server/places';
import type { PageServerLoad } from './$types';

/** Enough for every place of the three quarters; the list renders only what is in view. */
const PAGE_MAX_ROWS = 5000;

/** One row of the list and one point on the map: only what both need, to keep the page small. */
export interface ListPlace {
	id: string;
	kind: PlaceKind;
	title: string;
	/** Language of `title` (a translation or the German original). */
	lang: string;
	lon: number;
	lat: number;
	quarter: string | null;
	org: string | null;
	/** Open at the chosen time (or now): true / false, null = unknown. */
	open: boolean | null;
	wheelchair: 'yes' | 'limited' | 'no' | 'unknown';
	startsAt: string | null;
	demo: boolean;
}

export const load: PageServerLoad = async ({ url, locals }) => {
	const { query, ignored } = parseMapQuery(url.searchParams);
	const locale = getLocale();
	const bbox = PROGRAMME_BBOX;
	const [quarters, rows, counts] = await Promise.all([
		quartersGeoJson(locals.db),
		placesInBbox(locals.db, bbox, query.filters, PAGE_MAX_ROWS),
		facetCounts(locals.db, bbox, query.filters)
	]);

	// Opening hours are evaluated here, after SQL: the OSM syntax has no SQL implementation.
	const at = resolveOpenAt(query.open ?? 'now');
	const titles = await translatedTitles(
		locals.db,
		rows.map((r) => r.id),
		locale
	);
	let places: ListPlace[] = rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		title: titles.get(r.id) ?? r.title,
		lang: titles.has(r.id) ? locale : 'de',
		lon: Math.round(r.lon * 1e6) / 1e6,
		lat: Math.round(r.lat * 1e6) / 1e6,
		quarter: r.quarter_id,
		org: r.organisation_name,
		open: isOpenAt(r.opening_hours, at),
		wheelchair: r.wheelchair,
		startsAt: r.starts_at ? new Date(r.starts_at).toISOString() : null,
		demo: r.is_demo
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
