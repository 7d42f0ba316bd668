import { feedbackList, legalPages } from '$lib/server/staff/legal/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	pages: (await legalPages(locals.db)).map(({ body, ...p }) => ({
		...p,
		open: [...body.matchAll(/\[[^\]]+\](?!\()/g)].length
	})),
	feedback: await feedbackList(locals.db)
});
