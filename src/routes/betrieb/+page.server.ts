import { entryTypeOf, myEntries, myOrganisations } from '$lib/server/business/entries';
import { REMIND_DAYS_BEFORE } from '$lib/server/business/expiry';
import { welcome } from '$lib/server/business/organisations';
import { addDays, localToday } from '$lib/business/schemas';
import type { PageServerLoad } from './$types';

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
			type: entryTypeOf(e.kind, e.event_type),
			expiresSoon:
				e.status === 'published' && !e.expired && !!e.valid_through && e.valid_through <= soon
		}))
	};
};
