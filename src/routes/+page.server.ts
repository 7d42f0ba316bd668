import { PROGRAMME_BBOX } from '$lib/places/kinds';
import { placesInBbox, quartersGeoJson } from '$lib/server/places';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [quarters, places] = await Promise.all([
		quartersGeoJson(locals.db),
		placesInBbox(locals.db, PROGRAMME_BBOX)
	]);
	return { quarters, places, bbox: PROGRAMME_BBOX };
};
