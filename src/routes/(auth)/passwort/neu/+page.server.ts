import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { m } from '$lib/i18n';
import { newPasswordSchema } from '$lib/auth/schemas';
import type { FormMessage } from '$lib/forms/message';
import { getAuth } from '$lib/server/auth';
import { failureMessage, homeFor } from '$lib/server/auth/forms';
import { minutesToWait, rateLimit } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

const schema = zod4(newPasswordSchema);
const linkSchema = z.object({
	token: z.string().min(20).max(200),
	typ: z.enum(['signup', 'recovery', 'invite'])
});

export const load: PageServerLoad = async ({ url }) => {
	const link = linkSchema.safeParse({
		token: url.searchParams.get('token'),
		typ: url.searchParams.get('typ')
	});
	if (!link.success) error(400, m.auth_invalid_link());
	return {
		form: await superValidate({ ...link.data }, schema, { errors: false }),
		typ: link.data.typ
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate<typeof newPasswordSchema._zod.output, FormMessage>(
			event.request,
			schema
		);
		const password = form.data.password;
		form.data.password = '';
		form.data.password_repeat = '';
		if (!form.valid) return fail(400, { form });
		const wait = await rateLimit('signIn', event.getClientAddress());
		if (wait)
			return message(
				form,
				{ type: 'error', text: m.auth_rate_limited({ minutes: minutesToWait(wait) }) },
				{ status: 429 }
			);
		const auth = await getAuth();
		const result = await auth.resetPassword(
			{
				cookies: event.cookies,
				url: event.url,
				userAgent: event.request.headers.get('user-agent')
			},
			{ token: form.data.token, kind: form.data.typ, password }
		);
		if (!result.ok)
			return message(form, { type: 'error', text: failureMessage(result.reason) }, { status: 400 });
		redirect(303, homeFor(result.user.roles));
	}
};
