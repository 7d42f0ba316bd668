import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { bboxSchema, placeFilterSchema } from '$lib/places/filters';
import { PROGRAMME_BBOX } from '$lib/places/kinds';
import { placesInBbox } from '$lib/server/places';
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
 * Anonymous answers come from the public cache when the same query was answered since the last
 * write (`x-cache: hit`); signed-in callers always query, they may see their own drafts.
 */
export const GET: RequestHandler = async ({ url, locals, request }) => {
	const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		error(400, `Ungültige Anfrage: ${issue.path.join('.') || 'Parameter'} – ${issue.message}`);
	}
	const { bbox, limit, ...filters } = parsed.data;
	const load = async () => {
		// At most 500 places unless asked for more (up to 5,000): a phone-sized view of a dense map
		// stays a small answer; `truncated: true` says when there were more.
		const max = limit ?? DEFAULT_LIMIT;
		const rows = await placesInBbox(locals.db, bbox ?? PROGRAMME_BBOX, filters, max + 1);
		const truncated = rows.length > max;
		const features = (truncated ? rows.slice(0, max) : rows).map(({ lon, lat, ...p }) => ({
			type: 'Feature',
			id: p.id,
			// 6 decimals: about 10 cm.
			geometry: { type: 'Point', coordinates: [round6(lon), round6(lat)] },
			properties: compact(p)
		}));
		return JSON.stringify({ type: 'FeatureCollection', ...(truncated && { truncated }), features });
	};
	const anonymous = locals.claims.role === 'anon';
	const headers: Record<string, string> = {
		'content-type': 'application/geo+json; charset=utf-8',
		'cache-control': anonymous ? 'public, max-age=60' : 'private, no-store',
		vary: 'Accept-Encoding'
	};
	if (!anonymous) return new Response(await load(), { headers: { ...headers, 'x-cache': 'miss' } });
	// Phones get gzip (about 7x smaller), compressed once per cache entry rather than per answer.
	if (acceptsGzip(request)) {
		const { body, hit } = await publicCache.get(`${queryKey(url)}|gzip`, async () =>
			gzip(await load())
		);
		return new Response(body as Uint8Array<ArrayBuffer>, {
			headers: { ...headers, 'content-encoding': 'gzip', 'x-cache': hit ? 'hit' : 'miss' }
		});
	}
	const { body, hit } = await publicCache.get(queryKey(url), load);
	return new Response(body, { headers: { ...headers, 'x-cache': hit ? 'hit' : 'miss' } });
};

const gzip = promisify(gzipCallback);

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The properties without null values (compact JSON). */
function compact(p: Record<string, unknown>) {
	const out: Record<string, unknown> = {};
	for (const k in p) if (p[k] !== null) out[k] = p[k];
	return out;
}
