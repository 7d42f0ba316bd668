import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { placeDetail } from '$lib/server/places';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = z.uuid().safeParse(params.id);
	if (!id.success) error(400, 'Diese Adresse ist ungültig.');
	const place = await placeDetail(locals.db, id.data);
	if (!place) error(404, 'Diesen Ort gibt es nicht (mehr).');
	return { place };
};
