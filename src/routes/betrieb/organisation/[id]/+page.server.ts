import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { inviteSchema } from '$lib/business/schemas';
import type { FormMessage } from '$lib/forms/message';
import { getAuth } from '$lib/server/auth';
import { myOrganisations } from '$lib/server/business/entries';
import { toFormData } from '$lib/server/business/entry-form';
import { locationSuggestions } from '$lib/server/business/location';
import { organisationChangePending } from '$lib/server/business/moderation';
import { m } from '$lib/i18n';
import { organisationAdapter, parseOrganisationForm } from '$lib/server/business/organisation-form';
import {
	inviteColleague,
	organisationInvites,
	organisationMembers,
	updateOrganisation
} from '$lib/server/business/organisations';
import { minutesToWait, rateLimit } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

const inviteAdapter = zod4(inviteSchema);

async function findOrg(locals: App.Locals, raw: string) {
	const id = z.uuid().safeParse(raw);
	if (!id.success) error(400, m.biz_org_not_found());
	const org = (await myOrganisations(locals.db)).find((o) => o.id === id.data);
	if (!org) error(404, m.biz_org_not_found());
	return org;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const org = await findOrg(locals, params.id);
	const values = { ...org, location_query: '' } as Record<string, unknown>;
	return {
		org: { id: org.id, name: org.name, member_role: org.member_role, logo_id: org.logo_id },
		form: await superValidate(toFormData(values), organisationAdapter, { errors: false }),
		inviteForm: await superValidate(inviteAdapter, { id: 'invite' }),
		members: await organisationMembers(locals.db, org.id),
		invites: org.member_role === 'owner' ? await organisationInvites(locals.db, org.id) : [],
		places: await locationSuggestions(locals.db),
		changePending: await organisationChangePending(locals.db, org.id)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const org = await findOrg(event.locals, event.params.id);
		const fallback = org.lon !== null && org.lat !== null ? { lon: org.lon, lat: org.lat } : null;
		const parsed = await parseOrganisationForm(event, `org:${org.id}`, fallback);
		if (parsed.failure) return parsed.failure;
		await updateOrganisation(
			event.locals.db,
			org.id,
			parsed.form.data,
			parsed.location,
			parsed.logo
		);
		// Public details wait for moderation (organisation_changes): say so rather than "saved".
		const pending = await organisationChangePending(event.locals.db, org.id);
		return message(parsed.form, {
			type: 'ok',
			text: pending ? m.biz_org_change_pending() : m.biz_saved()
		});
	},
	invite: async (event) => {
		const org = await findOrg(event.locals, event.params.id);
		const form = await superValidate<typeof inviteSchema._zod.output, FormMessage>(
			event.request,
			inviteAdapter,
			{
				id: 'invite'
			}
		);
		if (!form.valid) return fail(400, { inviteForm: form });
		if (form.data.fax)
			return message(form, { type: 'error', text: m.auth_bot_detected() }, { status: 400 });
		const wait = await rateLimit('mailLink', event.getClientAddress(), event.locals.user?.id);
		if (wait)
			return message(
				form,
				{ type: 'error', text: m.biz_rate_limited({ minutes: minutesToWait(wait) }) },
				{ status: 429 }
			);
		if (!(await inviteColleague(event.locals.db, org.id, form.data.email))) {
			return message(form, { type: 'error', text: m.biz_not_allowed() }, { status: 403 });
		}
		// The account side: a new colleague gets a link to choose a password; an existing account
		// gains the business role. Membership follows on their next visit (accept_organisation_invites).
		const auth = await getAuth();
		await auth.invite(
			{ cookies: event.cookies, url: event.url },
			{ email: form.data.email, roles: ['business'], invitedBy: event.locals.user!.id }
		);
		return message(form, { type: 'ok', text: m.biz_invite_sent({ email: form.data.email }) });
	}
};
