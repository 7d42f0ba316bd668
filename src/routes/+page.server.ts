import { parseMapQuery } from '$lib/places/url-parse';
import { getLocale } from '$lib/i18n/paraglide/runtime';
import { m } from '$lib/i18n';
import { placesPageData } from '$lib/server/places/page-data';
import { REGION } from '$lib/region';
import type { PageServerLoad } from './$types';

/** "Altstadt, Hafen und Nordhang": the region's areas as a list in the reader's language. */
const areaList = (locale: string) =>
	new Intl.ListFormat(locale, { type: 'conjunction' }).format(REGION.areas.map((a) => a.name));

export const load: PageServerLoad = async ({ url, locals }) => {
	const { query, ignored } = parseMapQuery(url.searchParams);
	return {
		// Static texts in the reader's language only: as page data they stay out of the page's
		// JavaScript, which would otherwise carry them in all six languages.
		text: {
			title: `${m.app_title()} – ${m.app_tagline({ areas: areaList(getLocale()) })}`,
			description: m.meta_description({ city: REGION.name }),
			demoNote: m.demo_note()
		},
		...(await placesPageData(locals, query, getLocale())),
		query,
		ignored,
		// The query string this answer is for: the service worker may answer a flaky network with
		// the kept copy of another (the map page under any filters); the page then asks again.
		renderedFor: url.search
	};
};
