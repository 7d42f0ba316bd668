import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/i18n';
import { signUpSchema } from '$lib/auth/schemas';
import type { FormMessage } from '$lib/forms/message';
import { getAuth } from '$lib/server/auth';
import { failureMessage, homeFor } from '$lib/server/auth/forms';
import { minutesToWait, rateLimit } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

const schema = zod4(signUpSchema);

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, homeFor(locals.user.roles));
	return { form: await superValidate(schema) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate<typeof signUpSchema._zod.output, FormMessage>(
			event.request,
			schema
		);
		if (!form.valid) return fail(400, { form });
		// Honeypot: answer like a success so the bot learns nothing, store nothing.
		if (form.data.fax) return message(form, { type: 'ok', text: m.auth_sign_up_sent() });
		const wait = await rateLimit('signUp', event.getClientAddress(), form.data.email);
		if (wait)
			return message(
				form,
				{ type: 'error', text: m.auth_rate_limited({ minutes: minutesToWait(wait) }) },
				{ status: 429 }
			);
		const auth = await getAuth();
		const result = await auth.signUp(
			{ cookies: event.cookies, url: event.url },
			{ email: form.data.email, displayName: form.data.display_name }
		);
		if (!result.ok)
			return message(form, { type: 'error', text: failureMessage(result.reason) }, { status: 400 });
		return message(form, { type: 'ok', text: m.auth_sign_up_sent() });
	}
};
