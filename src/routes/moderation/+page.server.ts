import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/i18n';
import { moderationSchema } from '$lib/business/schemas';
import {
	decideOrganisationChange,
	pendingEntries,
	pendingOrganisationChanges
} from '$lib/server/business/moderation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	pending: await pendingEntries(locals.db),
	organisationChanges: await pendingOrganisationChanges(locals.db),
	done: url.searchParams.get('erledigt')
});

/** Approve or reject a pending organisation change (the diff is shown on this page). */
function decideOrganisation(approve: boolean) {
	return async ({ locals, request }: Parameters<Actions[string]>[0]) => {
		const data = Object.fromEntries(await request.formData());
		const id = z.uuid().safeParse(data.change);
		const parsed = moderationSchema.safeParse({ comment: data.comment ?? '' });
		if (!id.success || !parsed.success) {
			return fail(400, { change: String(data.change ?? ''), error: m.mod_not_pending() });
		}
		if (!approve && parsed.data.comment.length < 3) {
			return fail(400, { change: id.data, error: m.mod_comment_required() });
		}
		if (!(await decideOrganisationChange(locals.db, id.data, approve, parsed.data.comment))) {
			return fail(409, { change: id.data, error: m.mod_not_pending() });
		}
		redirect(303, `/moderation?erledigt=${approve ? 'org_approved' : 'org_rejected'}`);
	};
}

export const actions: Actions = {
	approveOrganisation: decideOrganisation(true),
	rejectOrganisation: decideOrganisation(false)
};
