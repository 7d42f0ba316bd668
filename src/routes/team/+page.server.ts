import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/i18n';
import { getAuth, isEmbedded } from '$lib/server/auth';
import { minutesToWait, rateLimit } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

const inviteSchema = z.object({
	email: z
		.string()
		.trim()
		.toLowerCase()
		.max(254)
		.pipe(z.email({ error: () => m.auth_email_invalid() })),
	role: z.enum(['coach', 'staff'], { error: () => m.team_role_invalid() })
});

export const load: PageServerLoad = async ({ locals }) => {
	const people = await locals.db.query<{ id: string; display_name: string | null; role: string }>(
		`select id, display_name, role::text from public.profiles where role in ('coach', 'staff') order by role, display_name`
	);
	return { people, embedded: isEmbedded(await getAuth()) };
};

/** Staff invite coaches and staff; the account gets the role, the profile is written under staff claims. */
export const actions: Actions = {
	invite: async (event) => {
		const values = Object.fromEntries(await event.request.formData());
		const parsed = inviteSchema.safeParse(values);
		if (!parsed.success) {
			return fail(400, {
				email: String(values.email ?? '').slice(0, 254),
				error: parsed.error.issues[0].message
			});
		}
		const wait = await rateLimit('mailLink', event.getClientAddress(), event.locals.user?.id);
		if (wait)
			return fail(429, {
				email: parsed.data.email,
				error: m.auth_rate_limited({ minutes: minutesToWait(wait) })
			});
		const auth = await getAuth();
		const done = await auth.invite(
			{ cookies: event.cookies, url: event.url },
			{ email: parsed.data.email, roles: [parsed.data.role], invitedBy: event.locals.user!.id }
		);
		if (!done.ok) return fail(400, { email: parsed.data.email, error: m.auth_provider_error() });
		return { ok: m.biz_invite_sent({ email: parsed.data.email }) };
	}
};
