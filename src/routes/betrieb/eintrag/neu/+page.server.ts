import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/i18n';
import { myOrganisations } from '$lib/server/business/entries';
import {
	draftKeyFor,
	handleAutosave,
	handleDiscard,
	handleEntrySave,
	initialEntryForm,
	newEntryDefaults,
	parseEntryType
} from '$lib/server/business/entry-form';
import { locationSuggestions } from '$lib/server/business/location';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function context(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const type = parseEntryType(event.url.searchParams.get('typ'));
	if (!type) error(400, m.business_entry_unknown_type());
	const orgs = await myOrganisations(event.locals.db);
	const orgParam = z.uuid().safeParse(event.url.searchParams.get('org'));
	const org = orgParam.success
		? orgs.find((o) => o.id === orgParam.data)
		: orgs.length === 1
			? orgs[0]
			: undefined;
	if (!org) error(404, m.biz_org_not_found());
	const orgLocation = org.lon !== null && org.lat !== null ? { lon: org.lon, lat: org.lat } : null;
	return { type, org, orgLocation, orgAddress: org.address };
}

export const load: PageServerLoad = async (event) => {
	const { type, org } = await context(event);
	const { entryForm, restoredAt } = await initialEntryForm(
		event.locals.db,
		type,
		draftKeyFor(type, org.id),
		newEntryDefaults(type, org)
	);
	return {
		type,
		org: { id: org.id, name: org.name, address: org.address },
		entryForm,
		restoredAt,
		places: await locationSuggestions(event.locals.db),
		discarded: event.url.searchParams.has('verworfen')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { type, org, orgLocation, orgAddress } = await context(event);
		return handleEntrySave(event, { type, orgId: org.id, orgLocation, orgAddress, submit: false });
	},
	submit: async (event) => {
		const { type, org, orgLocation, orgAddress } = await context(event);
		return handleEntrySave(event, { type, orgId: org.id, orgLocation, orgAddress, submit: true });
	},
	autosave: async (event) => {
		const { type, org } = await context(event);
		return handleAutosave(event, draftKeyFor(type, org.id));
	},
	discard: async (event) => {
		const { type, org } = await context(event);
		return handleDiscard(
			event,
			draftKeyFor(type, org.id),
			`/betrieb/eintrag/neu?typ=${type}&org=${org.id}&verworfen=1`
		);
	}
};
