import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/i18n';
import { getAuth } from '$lib/server/auth';
import { failureMessage, homeFor } from '$lib/server/auth/forms';
import { minutesToWait, rateLimit } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

const linkSchema = z.object({
	token: z.string().min(20).max(200),
	typ: z.enum(['magiclink'])
});

/**
 * A sign-up or sign-in link opens this page; the button POSTs the token. Mail scanners that
 * fetch links (GET) therefore cannot use up the one-time token.
 */
export const load: PageServerLoad = ({ url }) => {
	// Sign-up links of older mails: confirming a sign-up now means choosing the password.
	if (url.searchParams.get('typ') === 'signup')
		redirect(303, `/passwort/neu?${url.searchParams.toString()}`);
	const parsed = linkSchema.safeParse({
		token: url.searchParams.get('token'),
		typ: url.searchParams.get('typ')
	});
	if (!parsed.success) error(400, m.auth_invalid_link());
	return parsed.data;
};

export const actions: Actions = {
	default: async (event) => {
		const parsed = linkSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { error: m.auth_invalid_link() });
		const wait = await rateLimit('signIn', event.getClientAddress());
		if (wait) return fail(429, { error: m.auth_rate_limited({ minutes: minutesToWait(wait) }) });
		const auth = await getAuth();
		const result = await auth.verifyLink(
			{
				cookies: event.cookies,
				url: event.url,
				userAgent: event.request.headers.get('user-agent')
			},
			{ token: parsed.data.token, kind: parsed.data.typ }
		);
		if (!result.ok) return fail(400, { error: failureMessage(result.reason) });
		redirect(303, homeFor(result.user.roles));
	}
};
