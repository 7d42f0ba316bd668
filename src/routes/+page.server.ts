import { parseMapQuery } from '$lib/places/url-parse';
import { getLocale } from '$lib/i18n/paraglide/runtime';
import { m } from '$lib/i18n';
import { placesPageData } from '$lib/server/places/page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { query, ignored } = parseMapQuery(url.searchParams);
	return {
		// Static texts in the reader's language only: as page data they stay out of the page's
		// JavaScript, which would otherwise carry them in all six languages.
		text: {
			title: `${m.app_title()} – ${m.app_tagline()}`,
			description: m.meta_description(),
			demoNote: m.demo_note()
		},
		...(await placesPageData(locals, query, getLocale())),
		query,
		ignored
	};
};
