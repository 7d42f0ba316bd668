import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { bboxSchema, placeFilterSchema, type PlaceFilters } from '$lib/places/filters';
import { PROGRAMME_BBOX } from '$lib/region';
import { placesInBbox } from '$lib/server/places';
import { answerFromSnapped, featureCollection, featureJson } from '$lib/server/places/geojson';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { publicCache, queryKey } from '$lib/server/cache/public-cache';
import { acceptsGzip } from '$lib/server/compress';
import { countUsage } from '$lib/server/staff/usage/counter';
import { licenceHeaders } from '$lib/server/staff/export/licence';
import {
	EXPORT_MAX,
	placesCsv,
	placesForExport,
	placesGeoJson
} from '$lib/server/staff/export/places';
import type { RequestHandler } from './$types';

const DEFAULT_LIMIT = 500;

const querySchema = placeFilterSchema.extend({
	bbox: bboxSchema.optional(),
	limit: z.coerce.number().int().min(1).max(EXPORT_MAX).optional(),
	format: z.enum(['geojson', 'csv']).optional(),
	download: z.enum(['1', 'true']).optional()
});

/**
 * GET /api/places?bbox=w,s,e,n&kinds=vacancy,event&…&limit=n — GeoJSON of the places the caller may
 * see (RLS applies), ordered by kind and title, at most `limit` (default 500, up to 5,000).
 * Anonymous answers are cut out of a cached grid-aligned box around the requested one
 * (places/geojson.ts) or, for boxes too large for that, come from the public cache when the same
 * query was answered since the last write (`x-cache: hit`); gzipped bodies are cached per query.
 * Signed-in callers always query: they may see their own drafts.
 *
 * Open data: `format=csv` (or `Accept: text/csv`) answers CSV, `download=1` a complete GeoJSON
 * file; both hold published places only (whoever asks), every field worth reusing, the licence
 * (columns / foreign members and a `Link: rel="license"` header), at most 10,000 places
 * (default: all of them). Cached for anonymous callers like the map's answers.
 */
export const GET: RequestHandler = async ({ url, locals, request }) => {
	const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		error(400, `Ungültige Anfrage: ${issue.path.join('.') || 'Parameter'} – ${issue.message}`);
	}
	const { bbox, limit, format, download, ...filters } = parsed.data;
	const csv = format === 'csv' || (!format && prefersCsv(request));
	if (csv || download) {
		return exportAnswer({ url, locals, request }, csv ? 'csv' : 'geojson', {
			box: bbox ?? PROGRAMME_BBOX,
			max: limit ?? EXPORT_MAX,
			filters
		});
	}
	if (limit !== undefined && limit > 5000) error(400, 'Ungültige Anfrage: limit – höchstens 5000');
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
		// The same URL answers CSV for `Accept: text/csv`.
		vary: 'Accept, Accept-Encoding'
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

/** `Accept: text/csv` before any JSON type (a browser's wildcard does not count). */
function prefersCsv(request: Request) {
	const accept = request.headers.get('accept') ?? '';
	const csvAt = accept.indexOf('text/csv');
	if (csvAt < 0) return false;
	const jsonAt = accept.search(/application\/(geo\+)?json/);
	return jsonAt < 0 || csvAt < jsonAt;
}

type ExportEvent = Pick<Parameters<RequestHandler>[0], 'url' | 'locals' | 'request'>;

/** A CSV or GeoJSON file of published places (see GET). */
async function exportAnswer(
	{ url, locals, request }: ExportEvent,
	format: 'csv' | 'geojson',
	q: { box: [number, number, number, number]; max: number; filters: PlaceFilters }
) {
	countUsage('export', format);
	const build = async () => {
		const { places, truncated } = await placesForExport(locals.db, q.box, q.filters, q.max);
		const body =
			format === 'csv'
				? placesCsv(places, url.origin)
				: placesGeoJson(places, url.origin, truncated);
		return { bytes: Buffer.from(body), truncated };
	};
	const anonymous = locals.claims.role === 'anon';
	const day = new Date().toISOString().slice(0, 10);
	const headers: Record<string, string> = {
		'content-type':
			format === 'csv'
				? 'text/csv; charset=utf-8; header=present'
				: 'application/geo+json; charset=utf-8',
		'content-disposition': `attachment; filename="quartierkarte-orte-${day}.${format === 'csv' ? 'csv' : 'geojson'}"`,
		'cache-control': anonymous ? 'public, max-age=60' : 'private, no-store',
		vary: 'Accept, Accept-Encoding',
		...licenceHeaders()
	};
	if (!anonymous) {
		const { bytes, truncated } = await build();
		return new Response(bytes, {
			headers: { ...headers, 'x-cache': 'miss', ...(truncated && { 'x-truncated': 'true' }) }
		});
	}
	// The same public cache as the map's answers (emptied by every public write), keyed by the format too
	// (it may come from the Accept header rather than the URL).
	const key = `${queryKey(url)}|${format}`;
	const gzipped = acceptsGzip(request);
	const { body, hit } = gzipped
		? await publicCache.get(`${key}|gzip`, async () => gzip((await build()).bytes))
		: await publicCache.get(key, async () => (await build()).bytes);
	return new Response(body as Uint8Array<ArrayBuffer>, {
		headers: {
			...headers,
			...(gzipped && { 'content-encoding': 'gzip' }),
			'x-cache': hit ? 'hit' : 'miss'
		}
	});
}
