import { fail } from '@sveltejs/kit';
import { getLocale } from '$lib/i18n';
import { m } from '$lib/i18n';
import { feedbackSchema, submitFeedback } from '$lib/server/staff/legal/pages';
import { getDatabase } from '$lib/server/db-instance';
import { rateLimit } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const page = url.searchParams.get('seite') ?? '/';
	return { page: /^\/[^\s]*$/.test(page) ? page.slice(0, 300) : '/' };
};

/** Anyone may report a barrier, without an account (works without JavaScript). */
export const actions: Actions = {
	default: async (event) => {
		const values = Object.fromEntries(await event.request.formData());
		const parsed = feedbackSchema.safeParse(values);
		const typed = {
			page: String(values.page ?? '/').slice(0, 300),
			message: String(values.message ?? '').slice(0, 4000),
			contact: String(values.contact ?? '').slice(0, 254)
		};
		if (!parsed.success) return fail(400, { ...typed, error: parsed.error.issues[0].message });
		// Bots fill the hidden field; they get the same answer and nothing is stored.
		if (parsed.data.fax) return { sent: true };
		const wait = await rateLimit('submit', event.getClientAddress());
		if (wait) return fail(429, { ...typed, error: m.feedback_rate_limited() });
		const system = (await getDatabase()).as({ role: 'service_role' });
		await submitFeedback(system, parsed.data, getLocale());
		return { sent: true };
	}
};
