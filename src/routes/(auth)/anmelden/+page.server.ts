import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/i18n';
import { linkRequestSchema, safeNext, signInSchema } from '$lib/auth/schemas';
import type { FormMessage } from '$lib/forms/message';
import { getAuth } from '$lib/server/auth';
import { failureMessage, homeFor } from '$lib/server/auth/forms';
import { minutesToWait, rateLimit, signInFailed, signInWait } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

const signIn = zod4(signInSchema);
const linkRequest = zod4(linkRequestSchema);

export const load: PageServerLoad = async ({ locals, url }) => {
	const weiter = url.searchParams.get('weiter') ?? '';
	if (locals.user) redirect(303, safeNext(weiter, homeFor(locals.user.roles)));
	return {
		form: await superValidate({ weiter }, signIn, { errors: false }),
		linkForm: await superValidate({ weiter }, linkRequest, { errors: false, id: 'link' })
	};
};

export const actions: Actions = {
	password: async (event) => {
		const form = await superValidate<typeof signInSchema._zod.output, FormMessage>(
			event.request,
			signIn
		);
		const password = form.data.password;
		// The password never travels back to the browser.
		form.data.password = '';
		if (!form.valid) return fail(400, { form });
		// Failures count per address + client (nobody locks another's account), attempts per client.
		const client = event.getClientAddress();
		const wait = await signInWait(client, form.data.email);
		if (wait)
			return message(
				form,
				{ type: 'error', text: m.auth_rate_limited({ minutes: minutesToWait(wait) }) },
				{ status: 429 }
			);
		const auth = await getAuth();
		const result = await auth.signInWithPassword(
			{
				cookies: event.cookies,
				url: event.url,
				userAgent: event.request.headers.get('user-agent')
			},
			{ email: form.data.email, password }
		);
		if (!result.ok) {
			if (result.reason === 'invalid_credentials') await signInFailed(client, form.data.email);
			return message(form, { type: 'error', text: failureMessage(result.reason) }, { status: 400 });
		}
		redirect(303, safeNext(form.data.weiter, homeFor(result.user.roles)));
	},
	link: async (event) => {
		const form = await superValidate<typeof linkRequestSchema._zod.output, FormMessage>(
			event.request,
			linkRequest,
			{ id: 'link' }
		);
		if (!form.valid) return fail(400, { linkForm: form });
		if (form.data.fax)
			return message(form, { type: 'error', text: m.auth_bot_detected() }, { status: 400 });
		const wait = await rateLimit('mailLink', event.getClientAddress(), form.data.email);
		if (wait)
			return message(
				form,
				{ type: 'error', text: m.auth_rate_limited({ minutes: minutesToWait(wait) }) },
				{ status: 429 }
			);
		const auth = await getAuth();
		await auth.sendSignInLink({ cookies: event.cookies, url: event.url }, form.data.email);
		return message(form, { type: 'ok', text: m.auth_link_sent() });
	}
};
