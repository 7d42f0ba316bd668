import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { getLocale } from '$lib/i18n/paraglide/runtime';
import { m } from '$lib/i18n';
import { placeText } from '$lib/i18n/place-text';
import { jobPostingJsonLd } from '$lib/places/json-ld';
import { isOpenAt, openUntil, weekHours } from '$lib/places/opening-hours';
import { wallClock } from '$lib/region/time';
import type { PlaceKind } from '$lib/places/kinds';
import { placeDetail } from '$lib/server/places';
import { placePhotos } from '$lib/server/places/photos';
import type { PageServerLoad } from './$types';

/** The fields of place_detail() the page reads; the rest is passed through untouched. */
export interface PlaceDetail {
	id: string;
	kind: PlaceKind;
	title: string;
	description: string;
	easy_german: string | null;
	translations: Record<string, { title?: string; description?: string }>;
	address: string | null;
	quarter_id: string | null;
	quarter_name: string | null;
	opening_hours: string | null;
	wheelchair: 'yes' | 'limited' | 'no' | 'unknown';
	languages: string[];
	tags: string[];
	contact_name: string | null;
	contact_phone: string | null;
	contact_email: string | null;
	website: string | null;
	valid_from: string | null;
	valid_through: string | null;
	created_at: string | null;
	is_demo: boolean;
	lon: number;
	lat: number;
	organisation: { id: string; name: string; kind: string; website: string | null } | null;
	details: Record<string, unknown> | null;
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const id = z.uuid().safeParse(params.id);
	if (!id.success) error(400, 'Diese Adresse ist ungültig.');
	const place = (await placeDetail(locals.db, id.data)) as PlaceDetail | null;
	if (!place) error(404, m.not_found());

	const locale = getLocale();
	const now = wallClock(new Date());
	const jsonLd = jobPostingJsonLd(
		place as unknown as Record<string, unknown>,
		`${url.origin}/ort/${place.id}`
	);
	return {
		place,
		text: placeText(place, locale),
		openNow: isOpenAt(place.opening_hours, now),
		openUntil: openUntil(place.opening_hours, now),
		week: weekHours(place.opening_hours, now)?.map((d) => ({
			// Noon avoids any date shift when the browser formats the weekday.
			day: new Date(
				Date.UTC(d.day.getFullYear(), d.day.getMonth(), d.day.getDate(), 12)
			).toISOString(),
			intervals: d.intervals
		})),
		jsonLd,
		photos: await placePhotos(locals.db, place.id)
	};
};
