import { error } from '@sveltejs/kit';
import { placeFilterSchema } from '$lib/places/filters';
import { PROGRAMME_BBOX } from '$lib/region';
import { licenceHeaders } from '$lib/server/staff/export/licence';
import { eventsCalendar } from '$lib/server/staff/export/feeds';
import { placesForExport } from '$lib/server/staff/export/places';
import { countUsage } from '$lib/server/staff/usage/counter';
import type { RequestHandler } from './$types';

const querySchema = placeFilterSchema.pick({
	quarters: true,
	q: true,
	languages: true,
	wheelchair: true,
	event_from: true,
	event_to: true
});

/** GET /api/events.ics — published events (with the map's event filters) as iCalendar. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) error(400, `Ungültige Anfrage: ${parsed.error.issues[0].path.join('.')}`);
	countUsage('export', 'ics');
	const { places } = await placesForExport(locals.db, PROGRAMME_BBOX, {
		...parsed.data,
		kinds: ['event']
	});
	return new Response(eventsCalendar(places, url.origin), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'inline; filename="quartierkarte-termine.ics"',
			'cache-control': locals.claims.role === 'anon' ? 'public, max-age=300' : 'private, no-store',
			...licenceHeaders()
		}
	});
};
