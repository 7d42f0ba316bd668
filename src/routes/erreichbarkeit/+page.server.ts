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
import { regionFile } from '$lib/server/region-files';
import type { LoadedInfo } from '$lib/reach/protocol';
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
		bbox,
		reachNote: reachNote()
	};
};

/**
 * What the "not real figures" banner needs, read from the region's travel-time manifest, so the
 * banner is in the first paint instead of pushing the page down when the worker has loaded (the
 * worker's answer says the same: the model is 'street' only with a street graph). Null without a
 * manifest: then the worker's answer alone decides.
 */
function reachNote(): Pick<LoadedInfo, 'demo' | 'model'> | null {
	try {
		const manifest = JSON.parse(regionFile('reach/manifest.json'));
		return { demo: manifest.demo === true, model: manifest.files?.streets ? 'street' : 'fallback' };
	} catch {
		return null;
	}
}
