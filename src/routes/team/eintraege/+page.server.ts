import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { addDays, DEFAULT_VALID_DAYS, localToday, plainText } from '$lib/business/schemas';
import { m } from '$lib/i18n';
import { renewEntryUntil, staffEntries, unpublishEntry } from '$lib/server/staff/entries';
import { parseEntryFilters } from '$lib/staff/entry-filters';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const filters = parseEntryFilters(url.searchParams);
	return {
		filters,
		list: await staffEntries(locals.db, filters),
		renewDefault: addDays(localToday(), DEFAULT_VALID_DAYS),
		today: localToday()
	};
};

const unpublishSchema = z.object({ id: z.uuid(), reason: plainText(3, 2000) });
const renewSchema = z.object({
	id: z.uuid(),
	until: z
		.string()
		.trim()
		.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), {
			error: () => m.biz_date()
		})
		.refine((v) => v > localToday(), { error: () => m.staff_entries_until_future() })
		.refine((v) => v <= addDays(localToday(), 366), { error: () => m.biz_date_too_far() })
});

/** A refused change in words: not staff's (42501) or not in a state that allows it (22023). */
const refusedText = (reason: 'refused' | 'state') =>
	reason === 'refused' ? m.biz_not_allowed() : m.staff_entries_not_published();

export const actions: Actions = {
	unpublish: async ({ locals, request }) => {
		const fd = await request.formData();
		const input = { id: String(fd.get('id') ?? ''), reason: String(fd.get('reason') ?? '') };
		const parsed = unpublishSchema.safeParse(input);
		if (!parsed.success)
			return fail(400, {
				action: 'unpublish' as const,
				...input,
				error: parsed.error.issues[0]?.message ?? m.biz_fix_errors()
			});
		const done = await unpublishEntry(locals.db, parsed.data.id, parsed.data.reason);
		if (!done.ok)
			return fail(400, { action: 'unpublish' as const, ...input, error: refusedText(done.reason) });
		return { action: 'unpublish' as const, id: input.id, done: true };
	},
	renew: async ({ locals, request }) => {
		const fd = await request.formData();
		const input = { id: String(fd.get('id') ?? ''), until: String(fd.get('until') ?? '') };
		const parsed = renewSchema.safeParse(input);
		if (!parsed.success)
			return fail(400, {
				action: 'renew' as const,
				...input,
				error: parsed.error.issues[0]?.message ?? m.biz_fix_errors()
			});
		const done = await renewEntryUntil(locals.db, parsed.data.id, parsed.data.until);
		if (!done.ok)
			return fail(400, { action: 'renew' as const, ...input, error: refusedText(done.reason) });
		return { action: 'renew' as const, id: input.id, done: true, until: done.until ?? '' };
	}
};
