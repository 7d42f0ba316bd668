import { error, json } from '@sveltejs/kit';
import { placeFilterSchema } from '$lib/places/filters';
import { PROGRAMME_BBOX } from '$lib/region';
import { licenceHeaders } from '$lib/server/staff/export/licence';
import { jobPostingFeed } from '$lib/server/staff/export/feeds';
import { placesForExport } from '$lib/server/staff/export/places';
import { countUsage } from '$lib/server/staff/usage/counter';
import type { RequestHandler } from './$types';

const querySchema = placeFilterSchema.pick({
	quarters: true,
	q: true,
	working_time: true,
	german_level_max: true,
	childcare_friendly: true,
	suitable_for_refugees: true,
	wheelchair: true,
	languages: true
});

/** GET /api/jobposting.json — published vacancies as a schema.org DataFeed of JobPostings. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) error(400, `Ungültige Anfrage: ${parsed.error.issues[0].path.join('.')}`);
	countUsage('export', 'jobposting');
	const { places } = await placesForExport(locals.db, PROGRAMME_BBOX, {
		...parsed.data,
		kinds: ['vacancy']
	});
	return json(jobPostingFeed(places, url.origin), {
		headers: {
			'content-type': 'application/ld+json; charset=utf-8',
			'cache-control': locals.claims.role === 'anon' ? 'public, max-age=300' : 'private, no-store',
			...licenceHeaders()
		}
	});
};
