import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';

/** An uploaded logo or photo, as the caller may see it (RLS). Served with its checked type only. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const id = z.uuid().safeParse(params.id);
	if (!id.success) error(400, 'Diese Adresse ist ungültig.');
	const [row] = await locals.db.query<{ content_type: string; bytes: Uint8Array }>(
		'select content_type, bytes from public.media where id = $1',
		[id.data]
	);
	if (!row) error(404, 'Dieses Bild gibt es nicht.');
	return new Response(Buffer.from(row.bytes), {
		headers: {
			'content-type': row.content_type,
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'",
			'cache-control': 'private, max-age=300'
		}
	});
};
