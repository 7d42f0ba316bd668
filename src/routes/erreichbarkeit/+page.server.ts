/**
 * The reachability view: the same places and filters as the map (URL query), nothing about the
 * origin. The origin stays on the device (URL fragment / localStorage); travel times are computed
 * in the browser's worker, so this load never sees where anybody starts.
 */
import { PROGRAMME_BBOX } from '$lib/places/kinds';
import { isOpenAt, resolveOpenAt } from '$lib/places/opening-hours';
import { parseMapQuery } from '$lib/places/url-parse';
import { mapQueryToParams } from '$lib/places/url-state';
import { getLocale } from '$lib/i18n/paraglide/runtime';
import {
	placeRow,
	placesInBbox,
	quartersGeoJson,
	translatedTitles,
	type PlaceRow
} from '$lib/server/places';
import type { PageServerLoad } from './$types';

const MAX_ROWS = 5000;

/** A place of the reachability view: the map's row as it is. */
export type ReachPlace = PlaceRow;

export const load: PageServerLoad = async ({ url, locals }) => {
	const { query, ignored } = parseMapQuery(url.searchParams);
	const locale = getLocale();
	const [quarters, rows] = await Promise.all([
		quartersGeoJson(locals.db),
		placesInBbox(locals.db, PROGRAMME_BBOX, query.filters, MAX_ROWS)
	]);
	const at = query.open ? resolveOpenAt(query.open) : null;
	const kept = at ? rows.filter((r) => isOpenAt(r.opening_hours, at) === true) : rows;
	const titles = await translatedTitles(
		locals.db,
		kept.map((r) => r.id),
		locale
	);
	const places: ReachPlace[] = kept.map((r) => placeRow(r, titles, locale));
	// The filters only (no map position, no selection): for the link back to the map.
	const filterParams = mapQueryToParams({ filters: query.filters, open: query.open }).toString();
	return {
		quarters,
		places,
		truncated: rows.length >= MAX_ROWS,
		filterParams,
		filterCount: filterParams ? filterParams.split('&').length : 0,
		ignored,
		bbox: PROGRAMME_BBOX
	};
};
