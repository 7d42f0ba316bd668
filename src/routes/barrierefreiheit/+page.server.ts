import { getLocale } from '$lib/i18n';
import { legalPage } from '$lib/server/staff/legal/pages';
import type { PageServerLoad } from './$types';

/** Content from the database (staff edit it at /team/rechtstexte), in the reader's language or German. */
export const load: PageServerLoad = async ({ locals, url }) =>
	legalPage(locals.db, 'barrierefreiheit', getLocale(), url.searchParams.get('fassung') === 'de');
