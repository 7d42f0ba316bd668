/**
 * The reachability view: the same places and filters as the map (URL query), nothing about the
 * origin (the view's own settings in the query, link.ts, are not filters). The origin stays on the device (URL fragment / localStorage); travel times are computed
 * in the browser's worker, so this load never sees where anybody starts.
 */
import { parseMapQuery } from '$lib/places/url-parse';
import { withoutReachParams } from '$lib/reach/view/link';
import { mapQueryToParams } from '$lib/places/url-state';
import { getLocale } from '$lib/i18n/paraglide/runtime';
import { justPlace, placesPageData } from '$lib/server/places/page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { query, ignored } = parseMapQuery(withoutReachParams(url.searchParams));
	const { quarters, places, truncated, bbox } = await placesPageData(locals, query, getLocale());
	// The filters only (no map position, no selection): for the link back to the map.
	const filterParams = mapQueryToParams({ filters: query.filters, open: query.open }).toString();
	return {
		quarters,
		places: places.map(justPlace),
		truncated,
		filterParams,
		filterCount: filterParams ? filterParams.split('&').length : 0,
		ignored,
		bbox
	};
};
