import { text } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db-instance';
import type { RequestHandler } from './$types';

/** Ready when the database answers: used by the Playwright web server and by load balancers. */
export const GET: RequestHandler = async () => {
	const db = await getDatabase();
	await db.as({ role: 'anon' }).query('select 1');
	return text('ok');
};
