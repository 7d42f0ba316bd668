import { error, json } from '@sveltejs/kit';
import { placeFilterSchema } from '$lib/places/filters';
import { PROGRAMME_BBOX } from '$lib/region';
import { hsdsPage } from '$lib/server/staff/export/hsds';
import { licenceHeaders } from '$lib/server/staff/export/licence';
import { placesForExport } from '$lib/server/staff/export/places';
import { countUsage } from '$lib/server/staff/usage/counter';
import type { RequestHandler } from './$types';

const querySchema = placeFilterSchema.pick({
	quarters: true,
	q: true,
	languages: true,
	wheelchair: true,
	free_only: true
});

/** GET /api/hsds/services — support services and learning places as Open Referral HSDS 3. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) error(400, `Ungültige Anfrage: ${parsed.error.issues[0].path.join('.')}`);
	countUsage('export', 'hsds');
	const { places } = await placesForExport(locals.db, PROGRAMME_BBOX, {
		...parsed.data,
		kinds: ['support_service', 'learning_place']
	});
	return json(hsdsPage(places, url.origin), {
		headers: {
			'cache-control': locals.claims.role === 'anon' ? 'public, max-age=300' : 'private, no-store',
			...licenceHeaders()
		}
	});
};
