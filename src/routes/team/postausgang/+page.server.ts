import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { getAuth, isEmbedded } from '$lib/server/auth';
import type { PageServerLoad } from './$types';

/** The embedded provider's outbox (auth.outbox): what it would have mailed. Staff only (hooks). */
export const load: PageServerLoad = async () => {
	const auth = await getAuth();
	if (!isEmbedded(auth)) error(404, m.team_outbox_unavailable());
	return { mails: await auth.listOutbox(100) };
};
