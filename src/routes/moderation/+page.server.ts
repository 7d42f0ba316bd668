import { pendingEntries } from '$lib/server/business/moderation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	pending: await pendingEntries(locals.db),
	done: url.searchParams.get('erledigt')
});
