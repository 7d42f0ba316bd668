import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { moderationSchema } from '$lib/business/schemas';
import { m } from '$lib/i18n';
import {
	auditTrail,
	decide,
	placeChangesSinceApproval,
	placePhotos,
	quarterOutline,
	type Decision
} from '$lib/server/business/moderation';
import { placeDetail } from '$lib/server/places';
import { env } from '$env/dynamic/private';
import { mailDecision } from '$lib/server/business/decision-mails';
import { pinAddressMismatch } from '$lib/server/business/location';
import { publicOrigin } from '$lib/server/http/origin';
import type { Actions, PageServerLoad } from './$types';

function placeId(raw: string) {
	const id = z.uuid().safeParse(raw);
	if (!id.success) error(400, m.moderation_invalid_id());
	return id.data;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const id = placeId(params.id);
	const place = await placeDetail(locals.db, id);
	if (!place) error(404, m.moderation_not_found());
	const at = place as { address?: string | null; lon?: number; lat?: number };
	const [changes, audit, photos, outline, mismatch] = await Promise.all([
		placeChangesSinceApproval(locals.db, id),
		auditTrail(locals.db, id),
		placePhotos(locals.db, id),
		quarterOutline(locals.db, (place as { quarter_id?: string | null }).quarter_id ?? null),
		at.lon !== undefined && at.lat !== undefined
			? pinAddressMismatch(locals.db, at.address, { lon: Number(at.lon), lat: Number(at.lat) })
			: null
	]);
	return { place, changes, audit, photos, outline, mismatch };
};

function action(decision: Decision) {
	return async ({ locals, params, request, url }: Parameters<Actions[string]>[0]) => {
		const id = placeId(params.id ?? '');
		const parsed = moderationSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { comment: '', error: parsed.error.issues[0].message });
		const comment = parsed.data.comment;
		if (decision !== 'approved' && comment.length < 3)
			return fail(400, { comment, error: m.mod_comment_required() });
		if (!(await decide(locals.db, id, decision, comment)))
			return fail(409, { comment, error: m.mod_not_pending() });
		// The decision stands even when no mail can go out; the business also sees it on /betrieb.
		await mailDecision(locals.db, id, decision, comment, publicOrigin(url, env)).catch((e) =>
			console.error('[moderation] decision mail not sent', e)
		);
		redirect(303, `/moderation?erledigt=${decision}`);
	};
}

export const actions: Actions = {
	approve: action('approved'),
	return: action('returned'),
	reject: action('rejected')
};
