import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { businessEditsKind } from '$lib/business/enums';
import { m } from '$lib/i18n';
import { formatDay } from '$lib/i18n/history';
import {
	deleteDraft,
	entryTypeOf,
	loadEntry,
	moderationHistory,
	myOrganisations,
	renewEntry,
	withdrawEntry
} from '$lib/server/business/entries';
import {
	draftKeyFor,
	entryToForm,
	handleAutosave,
	handleDiscard,
	handleEntrySave,
	initialEntryForm
} from '$lib/server/business/entry-form';
import { locationSuggestions, pinAddressMismatch } from '$lib/server/business/location';
import type { Actions, PageServerLoad } from './$types';

async function context(locals: App.Locals, rawId: string) {
	const id = z.uuid().safeParse(rawId);
	if (!id.success) error(400, m.biz_not_found());
	const entry = await loadEntry(locals.db, id.data);
	if (!entry) error(404, m.biz_not_found());
	const org = (await myOrganisations(locals.db)).find((o) => o.id === entry.organisation_id);
	if (!org) error(404, m.biz_not_found());
	// The organisation's own place is edited with the organisation; the team keeps the other kinds.
	if (entry.kind === 'employer') redirect(303, `/betrieb/organisation/${org.id}`);
	if (!businessEditsKind(entry.kind)) error(403, m.business_entry_kept_by_team());
	const type = entryTypeOf(entry.kind, entry.event_type);
	const orgLocation = { lon: entry.lon, lat: entry.lat };
	return { entry, org, type, orgLocation, orgAddress: org.address };
}

export const load: PageServerLoad = async (event) => {
	const { entry, org, type } = await context(event.locals, event.params.id);
	const { entryForm, restoredAt } = await initialEntryForm(
		event.locals.db,
		type,
		draftKeyFor(type, org.id, entry.id),
		entryToForm(entry),
		entry.updated_at
	);
	const today = new Date().toISOString().slice(0, 10);
	return {
		type,
		org: { id: org.id, name: org.name, address: org.address },
		entry: {
			id: entry.id,
			title: entry.title,
			status: entry.status,
			valid_through: entry.valid_through,
			expired: !!entry.valid_through && entry.valid_through < today
		},
		history: await moderationHistory(event.locals.db, entry.id),
		mismatch: await pinAddressMismatch(event.locals.db, entry.address as string | null, entry),
		entryForm,
		restoredAt,
		places: await locationSuggestions(event.locals.db),
		notice: event.url.searchParams.has('eingereicht')
			? m.biz_submitted()
			: event.url.searchParams.has('gespeichert')
				? m.biz_draft_saved()
				: event.url.searchParams.has('verlaengert') && entry.valid_through
					? // the new end as the database has it, in the reader's format (not from the URL)
						m.biz_renewed({ until: formatDay(entry.valid_through) ?? entry.valid_through })
					: event.url.searchParams.has('zurueckgezogen')
						? m.biz_withdrawn()
						: event.url.searchParams.has('verworfen')
							? m.biz_draft_discarded()
							: null
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { entry, org, type, orgLocation, orgAddress } = await context(
			event.locals,
			event.params.id
		);
		return handleEntrySave(event, {
			type,
			orgId: org.id,
			orgLocation,
			orgAddress,
			id: entry.id,
			submit: false
		});
	},
	submit: async (event) => {
		const { entry, org, type, orgLocation, orgAddress } = await context(
			event.locals,
			event.params.id
		);
		return handleEntrySave(event, {
			type,
			orgId: org.id,
			orgLocation,
			orgAddress,
			id: entry.id,
			submit: true
		});
	},
	autosave: async (event) => {
		const { entry, org, type } = await context(event.locals, event.params.id);
		return handleAutosave(event, draftKeyFor(type, org.id, entry.id));
	},
	discard: async (event) => {
		const { entry, org, type } = await context(event.locals, event.params.id);
		return handleDiscard(
			event,
			draftKeyFor(type, org.id, entry.id),
			`/betrieb/eintrag/${entry.id}?verworfen=1`
		);
	},
	withdraw: async ({ locals, params }) => {
		const { entry } = await context(locals, params.id);
		if (!(await withdrawEntry(locals.db, entry.id)))
			return fail(400, { actionError: m.biz_not_allowed() });
		redirect(303, `/betrieb/eintrag/${entry.id}?zurueckgezogen=1`);
	},
	renew: async ({ locals, params }) => {
		const { entry } = await context(locals, params.id);
		if (entry.status !== 'published') return fail(400, { actionError: m.biz_not_allowed() });
		await renewEntry(locals.db, entry.id);
		redirect(303, `/betrieb/eintrag/${entry.id}?verlaengert=1`);
	},
	delete: async ({ locals, params }) => {
		const { entry } = await context(locals, params.id);
		if (!(await deleteDraft(locals.db, entry.id)))
			return fail(400, { actionError: m.biz_not_allowed() });
		redirect(303, '/betrieb?geloescht=1');
	}
};
