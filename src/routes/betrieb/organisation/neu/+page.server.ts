import { redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { loadDraft } from '$lib/server/business/drafts';
import { locationSuggestions } from '$lib/server/business/location';
import { organisationAdapter, parseOrganisationForm } from '$lib/server/business/organisation-form';
import { createOrganisation } from '$lib/server/business/organisations';
import { toFormData } from '$lib/server/business/entry-form';
import type { Actions, PageServerLoad } from './$types';

const DRAFT = 'org:new';

export const load: PageServerLoad = async ({ locals }) => {
	const draft = await loadDraft(locals.db, DRAFT);
	return {
		form: await superValidate(toFormData(draft?.data ?? {}), organisationAdapter, {
			errors: !!draft
		}),
		places: await locationSuggestions(locals.db)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const parsed = await parseOrganisationForm(event, DRAFT, null);
		if (parsed.failure) return parsed.failure;
		await createOrganisation(event.locals.db, parsed.form.data, parsed.location, parsed.logo);
		redirect(303, '/betrieb?organisation=neu');
	}
};
