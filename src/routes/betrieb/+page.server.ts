import { confirmEntry, myEntries, myOrganisations } from '$lib/server/business/entries';
import { REMIND_DAYS_BEFORE } from '$lib/server/business/reminders';
import { welcome } from '$lib/server/business/organisations';
import { fail } from '@sveltejs/kit';
import { addDays, localToday } from '$lib/business/schemas';
import { businessEditsKind } from '$lib/business/enums';
import { staffEntryTypeOf } from '$lib/server/staff/entry-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	await welcome(locals.db, locals.user?.displayName ?? null);
	const [organisations, entries] = await Promise.all([
		myOrganisations(locals.db),
		myEntries(locals.db)
	]);
	const soon = addDays(localToday(), REMIND_DAYS_BEFORE);
	return {
		organisations: organisations.map((o) => ({
			id: o.id,
			name: o.name,
			member_role: o.member_role
		})),
		entries: entries.map((e) => ({
			...e,
			type: staffEntryTypeOf(e.kind, e.event_type),
			/** Edited here; otherwise with the organisation (employer) or by the team. */
			editable: businessEditsKind(e.kind),
			expiresSoon:
				e.status === 'published' && !e.expired && !!e.valid_through && e.valid_through <= soon
		}))
	};
};

export const actions: Actions = {
	/** "Yes, still correct": the owner confirms a published entry (issue 15, item 5). */
	confirm: async ({ locals, request }) => {
		const id = String((await request.formData()).get('id') ?? '');
		if (!(await confirmEntry(locals.db, id))) return fail(400, { failed: id });
		return { confirmed: id };
	}
};
