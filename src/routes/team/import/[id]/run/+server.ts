import { error } from '@sveltejs/kit';
import { commitImport, ImportFailed } from '$lib/server/staff/import/run';
import { choicesFrom } from '$lib/server/staff/import/choices';
import type { RequestHandler } from './$types';

/**
 * POST /team/import/[id]/run — the same as the page's commit action, answered as a stream of
 * NDJSON lines while it works: {"done":250,"total":10000} … then {"created":…,"updated":…} or
 * {"failed":{row,code,params}}. The progress comes from the request that does the work, so it
 * needs no shared state between instances. Staff only (the /team guard in hooks).
 */
export const POST: RequestHandler = async ({ params, request, locals }) => {
	if (!/^[0-9a-f-]{36}$/i.test(params.id)) error(404, 'Import nicht gefunden');
	const choices = choicesFrom(await request.formData());
	const encoder = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (value: unknown) =>
				controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
			try {
				const done = await commitImport(locals.db, params.id, choices, (n, total) =>
					send({ done: n, total })
				);
				send(done);
			} catch (e) {
				if (e instanceof ImportFailed) send({ failed: e.error });
				else {
					console.error('[import] run failed', e);
					send({ failed: { row: 0, code: 'db_error', params: { message: 'internal error' } } });
				}
			}
			controller.close();
		}
	});
	return new Response(stream, {
		headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' }
	});
};
