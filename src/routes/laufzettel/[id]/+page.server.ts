/**
 * The route sheet (issue 12, point 7): open to anyone with the link — the client has no account.
 * The server hands out the public place only; the client's home, Kita and language are in the
 * URL fragment, which never reaches the server, and the way is worked out on the device.
 */
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/i18n';
import { placeDetail } from '$lib/server/places';
import type { PageServerLoad } from './$types';

export interface SheetPlaceDetail {
	id: string;
	kind: string;
	title: string;
	translations: unknown;
	address: string | null;
	contact_name: string | null;
	contact_phone: string | null;
	contact_email: string | null;
	website: string | null;
	is_demo: boolean;
	lon: number;
	lat: number;
	organisation: { name: string } | null;
	details: {
		shift_start?: string | null;
		shift_end?: string | null;
		weekend_work?: boolean;
		how_to_apply?: string | null;
		application_process?: string | null;
	} | null;
}

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	const id = z.uuid().safeParse(params.id);
	if (!id.success) error(404, m.not_found());
	const place = (await placeDetail(locals.db, id.data)) as SheetPlaceDetail | null;
	if (!place) error(404, m.not_found());
	// The page itself is public data; the fragment with the home never arrives here.
	setHeaders({ 'x-robots-tag': 'noindex' });
	return { place };
};
