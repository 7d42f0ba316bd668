import { fail, type RequestEvent } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/i18n';
import { organisationSchema, type OrganisationForm } from '$lib/business/schemas';
import type { FormMessage } from '$lib/forms/message';
import { minutesToWait, rateLimit } from '../rate-limit';
import { clearDraft, saveDraft } from './drafts';
import { uploadTooLargeMessage } from '../http/body-limit';
import { checkImages, MAX_IMAGE_BYTES, type CheckedImage } from './images';
import { resolveLocation } from './location';

export const organisationAdapter = zod4(organisationSchema);

/**
 * Validates the organisation form (fields, logo, location). Returns the failure to send back, or
 * the checked values to store.
 */
export async function parseOrganisationForm(
	event: RequestEvent,
	draftKey: string,
	fallback: { lon: number; lat: number } | null
) {
	const fd = await event.request.formData();
	const form = await superValidate<OrganisationForm, FormMessage>(fd, organisationAdapter);
	const db = event.locals.db;
	if (form.data.fax)
		return {
			failure: message(form, { type: 'error', text: m.auth_bot_detected() }, { status: 400 })
		};
	const wait = await rateLimit('submit', event.getClientAddress(), event.locals.user?.id);
	if (wait)
		return {
			failure: message(
				form,
				{ type: 'error', text: m.biz_rate_limited({ minutes: minutesToWait(wait) }) },
				{ status: 429 }
			)
		};
	// A logo above the form limit was dropped on the way in (http/body-limit.ts): said next to the
	// field, with everything typed kept.
	const tooLarge = event.locals.uploadTooLarge;
	const logo = tooLarge
		? ({ ok: false, message: uploadTooLargeMessage(tooLarge, MAX_IMAGE_BYTES) } as const)
		: await checkImages(fd.getAll('logo'), 1);
	if (!form.valid || !logo.ok) {
		await saveDraft(db, draftKey, form.data);
		form.message = { type: 'error', text: m.biz_fix_errors() };
		return { failure: fail(400, { form, fileError: logo.ok ? null : logo.message }) };
	}
	const where = await resolveLocation(db, form.data, fallback);
	if (!where.ok) {
		await saveDraft(db, draftKey, form.data);
		form.message = { type: 'error', text: m.biz_fix_errors() };
		return { failure: setError(form, where.field, where.message) };
	}
	await clearDraft(db, draftKey);
	return {
		form,
		location: { lon: where.lon, lat: where.lat },
		logo: logo.images[0] as CheckedImage | undefined
	};
}
