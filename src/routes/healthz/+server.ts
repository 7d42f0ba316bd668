import { text } from '@sveltejs/kit';
import { isDatabaseUnavailable } from '$lib/server/db';
import { getDatabase } from '$lib/server/db-instance';
import type { RequestHandler } from './$types';

/**
 * Ready when the database answers: used by the Playwright web server and by load balancers.
 * 503 while it does not (the process is alive and retrying), never a 500.
 */
export const GET: RequestHandler = async () => {
	try {
		const db = await getDatabase();
		await db.as({ role: 'anon' }).query('select 1');
		return text('ok', { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		if (!isDatabaseUnavailable(e)) throw e;
		return text('database unavailable', {
			status: 503,
			headers: { 'cache-control': 'no-store', 'retry-after': '5' }
		});
	}
};
