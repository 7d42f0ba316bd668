import { uploadTooLargeMessage } from '$lib/server/http/body-limit';
import { cleanText } from '$lib/server/http/clean-input';
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/i18n';
import { getDatabase } from '$lib/server/db-instance';
import { refreshFeed } from '$lib/server/staff/ical/job';
import type { Actions, PageServerLoad } from './$types';

const feedSchema = z.object({
	organisation_id: z.uuid({ error: () => m.staff_cal_org_invalid() }),
	name: z
		.string()
		.trim()
		.min(2, { error: () => m.staff_cal_name_invalid() })
		.max(200, { error: () => m.staff_cal_name_invalid() }),
	url: z
		.string()
		.trim()
		.max(1000)
		.refine((v) => v === '' || /^(https|webcal):\/\/[^\s<>"]+$/i.test(v), {
			error: () => m.staff_cal_url_invalid()
		}),
	trusted: z.boolean()
});
const idSchema = z.object({ id: z.uuid() });
const MB = 1024 * 1024;

export const load: PageServerLoad = async ({ locals }) => ({
	feeds: await locals.db.query<{
		id: string;
		name: string;
		organisation: string;
		url: string | null;
		trusted: boolean;
		active: boolean;
		last_run_at: string | null;
		last_ok: boolean | null;
		last_report: Record<string, string | number | undefined> | null;
	}>(
		`select f.id, f.name, o.name as organisation, f.url, f.trusted, f.active, f.last_run_at::text,
		        f.last_ok, f.last_report
		   from public.calendar_feeds f join public.organisations o on o.id = f.organisation_id
		  order by o.name, f.name`
	),
	organisations: await locals.db.query<{ id: string; name: string }>(
		`select id, name from public.organisations order by name limit 1000`
	)
});

/** The staff member's "refresh now": the same claimed-row run as the job, for this feed. */
async function refreshNow(id: string) {
	return refreshFeed(await getDatabase(), fetch, { feedId: id, worker: `staff-${process.pid}` });
}

export const actions: Actions = {
	add: async ({ request, locals }) => {
		const form = await request.formData();
		const file = form.get('file');
		const values = {
			organisation_id: String(form.get('organisation_id') ?? ''),
			name: String(form.get('name') ?? ''),
			url: String(form.get('url') ?? ''),
			trusted: form.get('trusted') === 'on'
		};
		// A file above the form limit was dropped on the way in (http/body-limit.ts).
		if (locals.uploadTooLarge)
			return fail(400, { values, error: uploadTooLargeMessage(locals.uploadTooLarge, 2 * MB) });
		const parsed = feedSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, error: parsed.error.issues[0].message });
		// Controls dropped as in every form field (a NUL in the file answered 500).
		const ics = file instanceof File && file.size > 0 ? cleanText(await file.text()) : '';
		if ((parsed.data.url === '') === (ics === '') || ics.length > 2 * MB) {
			return fail(400, { values, error: m.staff_cal_source_missing() });
		}
		const [feed] = await locals.db.query<{ id: string }>(
			`insert into public.calendar_feeds (organisation_id, name, url, ics, trusted)
			 values ($1, $2, nullif($3, ''), nullif($4, ''), $5) returning id`,
			[parsed.data.organisation_id, parsed.data.name, parsed.data.url, ics, parsed.data.trusted]
		);
		await refreshNow(feed.id);
		return { added: true };
	},
	refresh: async ({ request }) => {
		const parsed = idSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: m.staff_cal_org_invalid() });
		const done = await refreshNow(parsed.data.id);
		if (!done) return fail(409, { error: m.staff_cal_busy() });
		return { refreshed: parsed.data.id };
	},
	trust: async ({ request, locals }) => {
		const form = await request.formData();
		const parsed = idSchema.safeParse({ id: form.get('id') });
		if (!parsed.success) return fail(400, { error: m.staff_cal_org_invalid() });
		await locals.db.query('update public.calendar_feeds set trusted = $2 where id = $1', [
			parsed.data.id,
			form.get('trusted') === 'true'
		]);
		return {};
	},
	remove: async ({ request, locals }) => {
		const parsed = idSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: m.staff_cal_org_invalid() });
		await locals.db.query('delete from public.calendar_feeds where id = $1', [parsed.data.id]);
		return {};
	}
};
