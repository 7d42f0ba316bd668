import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/i18n';
import { linkRequestSchema } from '$lib/auth/schemas';
import type { FormMessage } from '$lib/forms/message';
import { getAuth } from '$lib/server/auth';
import { minutesToWait, rateLimit } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

const schema = zod4(linkRequestSchema);

export const load: PageServerLoad = async () => ({ form: await superValidate(schema) });

export const actions: Actions = {
	default: async (event) => {
		const form = await superValidate<typeof linkRequestSchema._zod.output, FormMessage>(
			event.request,
			schema
		);
		if (!form.valid) return fail(400, { form });
		if (form.data.fax) return message(form, { type: 'ok', text: m.auth_reset_sent() });
		const wait = await rateLimit('mailLink', event.getClientAddress(), form.data.email);
		if (wait)
			return message(
				form,
				{ type: 'error', text: m.auth_rate_limited({ minutes: minutesToWait(wait) }) },
				{ status: 429 }
			);
		const auth = await getAuth();
		await auth.requestPasswordReset({ cookies: event.cookies, url: event.url }, form.data.email);
		return message(form, { type: 'ok', text: m.auth_reset_sent() });
	}
};
