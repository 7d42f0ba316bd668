import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { bboxSchema, placeFilterSchema } from '$lib/places/filters';
import { PROGRAMME_BBOX } from '$lib/places/kinds';
import { placesInBbox } from '$lib/server/places';
import type { RequestHandler } from './$types';

const querySchema = placeFilterSchema.extend({
	bbox: bboxSchema.optional(),
	limit: z.coerce.number().int().min(1).max(5000).optional()
});

/** GET /api/places?bbox=w,s,e,n&kinds=vacancy,event&… — GeoJSON of the places the caller may see. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const parsed = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		error(400, `Ungültige Anfrage: ${issue.path.join('.') || 'Parameter'} – ${issue.message}`);
	}
	const { bbox, limit, ...filters } = parsed.data;
	const places = await placesInBbox(locals.db, bbox ?? PROGRAMME_BBOX, filters, limit ?? 2000);
	return json(
		{
			type: 'FeatureCollection',
			features: places.map(({ lon, lat, ...properties }) => ({
				type: 'Feature',
				id: properties.id,
				geometry: { type: 'Point', coordinates: [lon, lat] },
				properties
			}))
		},
		{ headers: { 'cache-control': 'public, max-age=60' } }
	);
};
