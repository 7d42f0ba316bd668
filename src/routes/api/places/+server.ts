import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { bboxSchema, placeFilterSchema } from '$lib/places/filters';
import { PROGRAMME_BBOX } from '$lib/places/kinds';
import { placesInBbox } from '$lib/server/places';
import { answerFromSnapped, featureCollection, featureJson } from '$lib/server/places/geojson';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { publicCache, queryKey } from '$lib/server/cache/public-cache';
import { acceptsGzip } from '$lib/server/compress';
import type { RequestHandler } from './$types';

const DEFAULT_LIMIT = 500;

const querySchema = placeFilterSchema.extend({
	bbox: bboxSchema.optional(),
	limit: z.coerce.number().int().min(1).max(5000).optional()
});

/**
 * GET /api/places?bbox=w,s,e,n&kinds=vacancy,event&…&limit=n — GeoJSON of the places the caller may
 * see (RLS applies), ordered by kind and title, at most `limit` (default 500, up to 5,000).
 * Anonymous answers are cut out of a cached grid-aligned box around the requested one
 * (places/geojson.ts) or, for boxes too large for that, come from the public cache when the same
 * query was answered since the last write (`x-cache: hit`); gzipped bodies are cached per query.
 * Signed-in callers always query: they may see their own drafts.
 */
export const GET: RequestHandler = async ({ url, locals, request }) => {
	const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		error(400, `Ungültige Anfrage: ${issue.path.join('.') || 'Parameter'} – ${issue.message}`);
	}
	const { bbox, limit, ...filters } = parsed.data;
	// At most 500 places unless asked for more (up to 5,000): a phone-sized view of a dense map
	// stays a small answer; `truncated: true` says when there were more.
	const max = limit ?? DEFAULT_LIMIT;
	const box = bbox ?? PROGRAMME_BBOX;
	const query = async () => {
		const rows = await placesInBbox(locals.db, box, filters, max + 1);
		const truncated = rows.length > max;
		// Bytes, not a string: cached and sent as they are.
		return Buffer.from(
			featureCollection((truncated ? rows.slice(0, max) : rows).map(featureJson), truncated)
		);
	};
	const anonymous = locals.claims.role === 'anon';
	const headers: Record<string, string> = {
		'content-type': 'application/geo+json; charset=utf-8',
		'cache-control': anonymous ? 'public, max-age=60' : 'private, no-store',
		vary: 'Accept-Encoding'
	};
	if (!anonymous)
		return new Response(await query(), { headers: { ...headers, 'x-cache': 'miss' } });
	// Anonymous: the same query answered before (public cache), else cut out of a snapped box,
	// else the exact query.
	const load = async () => (await answerFromSnapped(locals.db, box, filters, max)) ?? query();
	// Phones get gzip (about 7x smaller), compressed once per query rather than per answer.
	const gzipped = acceptsGzip(request);
	const { body, hit } = gzipped
		? await publicCache.get(`${queryKey(url)}|gzip`, async () => gzip(await load()))
		: await publicCache.get(queryKey(url), load);
	return new Response(body as Uint8Array<ArrayBuffer>, {
		headers: {
			...headers,
			...(gzipped && { 'content-encoding': 'gzip' }),
			'x-cache': hit ? 'hit' : 'miss'
		}
	});
};

const gzip = promisify(gzipCallback);
