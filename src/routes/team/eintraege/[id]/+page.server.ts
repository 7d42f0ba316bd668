import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { localToday } from '$lib/business/schemas';
import { m } from '$lib/i18n';
import { moderationHistory } from '$lib/server/business/entries';
import { entryToForm, handleAutosave, initialEntryForm } from '$lib/server/business/entry-form';
import { locationSuggestions } from '$lib/server/business/location';
import { placePhotos } from '$lib/server/business/moderation';
import {
	handleStaffEntrySave,
	loadAnyEntry,
	staffDraftKey,
	staffEntryTypeOf
} from '$lib/server/staff/entry-form';
import type { Actions, PageServerLoad } from './$types';

async function context(locals: App.Locals, rawId: string) {
	const id = z.uuid().safeParse(rawId);
	if (!id.success) error(404, m.biz_not_found());
	const entry = await loadAnyEntry(locals.db, id.data);
	if (!entry) error(404, m.biz_not_found());
	const type = staffEntryTypeOf(entry.kind, entry.event_type);
	return { entry, type, location: { lon: entry.lon, lat: entry.lat } };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { entry, type } = await context(locals, params.id);
	const { entryForm, restoredAt } = await initialEntryForm(
		locals.db,
		type,
		staffDraftKey(type, entry.id),
		entryToForm(entry),
		entry.updated_at
	);
	return {
		type,
		entry: {
			id: entry.id,
			title: entry.title,
			status: entry.status,
			organisation_name: entry.organisation_name,
			expired:
				entry.status === 'published' && !!entry.valid_through && entry.valid_through < localToday()
		},
		history: await moderationHistory(locals.db, entry.id),
		photos: await placePhotos(locals.db, entry.id),
		entryForm,
		restoredAt,
		places: await locationSuggestions(locals.db),
		saved: url.searchParams.has('gespeichert')
			? 'saved'
			: url.searchParams.has('veroeffentlicht')
				? 'published'
				: null
	};
};

export const actions: Actions = {
	// "save" keeps the status (a business's pending entry stays in moderation); "submit" publishes.
	save: async (event) => {
		const { entry, type, location } = await context(event.locals, event.params.id);
		return handleStaffEntrySave(event, { type, id: entry.id, location, publish: false });
	},
	submit: async (event) => {
		const { entry, type, location } = await context(event.locals, event.params.id);
		return handleStaffEntrySave(event, { type, id: entry.id, location, publish: true });
	},
	autosave: async (event) => {
		const { entry, type } = await context(event.locals, event.params.id);
		return handleAutosave(event, staffDraftKey(type, entry.id));
	}
};
