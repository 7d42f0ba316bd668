import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import {
	handleAutosave,
	initialEntryForm,
	newEntryDefaults
} from '$lib/server/business/entry-form';
import { locationSuggestions } from '$lib/server/business/location';
import {
	handleStaffEntrySave,
	parseStaffEntryType,
	staffDraftKey
} from '$lib/server/staff/entry-form';
import type { Actions, PageServerLoad } from './$types';

function entryType(url: URL) {
	const type = parseStaffEntryType(url.searchParams.get('typ'));
	if (!type) error(400, m.business_entry_unknown_type());
	return type;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const type = entryType(url);
	const { entryForm, restoredAt } = await initialEntryForm(
		locals.db,
		type,
		staffDraftKey(type),
		newEntryDefaults(type)
	);
	return { type, entryForm, restoredAt, places: await locationSuggestions(locals.db) };
};

export const actions: Actions = {
	// "save" keeps a new entry as a draft (staff only see it), "submit" publishes it.
	save: (event) => handleStaffEntrySave(event, { type: entryType(event.url), publish: false }),
	submit: (event) => handleStaffEntrySave(event, { type: entryType(event.url), publish: true }),
	autosave: (event) => handleAutosave(event, staffDraftKey(entryType(event.url)))
};
