import { redirect } from '@sveltejs/kit';
import { PLACE_KINDS, QUARTER_IDS } from '$lib/places/kinds';
import type { RequestHandler } from './$types';

/**
 * GET /daten/laden?kinds=a&kinds=b&quarters=…&format=csv|geojson — the open-data page's form
 * (checkboxes repeat a parameter) → the equivalent /api/places download URL.
 */
export const GET: RequestHandler = ({ url }) => {
	const pick = (name: string, allowed: readonly string[]) =>
		url.searchParams.getAll(name).filter((v) => allowed.includes(v));
	const target = new URLSearchParams();
	const kinds = pick('kinds', PLACE_KINDS);
	const quarters = pick('quarters', QUARTER_IDS);
	if (kinds.length) target.set('kinds', kinds.join(','));
	if (quarters.length) target.set('quarters', quarters.join(','));
	if (url.searchParams.get('format') === 'csv') target.set('format', 'csv');
	else target.set('download', '1');
	redirect(303, `/api/places?${target}`);
};
