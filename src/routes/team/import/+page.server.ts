import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/i18n';
import { PLACE_KINDS } from '$lib/places/kinds';
import { listImportRuns, previewImport } from '$lib/server/staff/import/run';
import type { Actions, PageServerLoad } from './$types';

/** Uploads above this are refused with a message (below FORM_BODY_LIMIT, http/body-limit.ts). */
const MAX_MB = 12;

const uploadSchema = z.object({
	kind: z.enum(['', ...PLACE_KINDS]).default(''),
	status: z.enum(['pending', 'published', 'draft']).default('pending')
});

export const load: PageServerLoad = async ({ locals }) => ({
	runs: await listImportRuns(locals.db),
	maxMb: MAX_MB
});

export const actions: Actions = {
	/** Checks the file and shows the preview; nothing is written to the places yet. */
	preview: async ({ request, locals }) => {
		const form = await request.formData();
		const options = uploadSchema.safeParse({
			kind: form.get('kind') ?? '',
			status: form.get('status') ?? 'pending'
		});
		const values = options.success
			? options.data
			: { kind: '' as const, status: 'pending' as const };
		const file = form.get('file');
		// Above the form limit the file was dropped on the way in (http/body-limit.ts).
		if (locals.uploadTooLarge || (file instanceof File && file.size > MAX_MB * 1024 * 1024)) {
			return fail(400, { ...values, error: m.staff_import_too_large({ max: MAX_MB }) });
		}
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { ...values, error: m.staff_import_no_file() });
		}
		const id = await previewImport(
			locals.db,
			{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
			{ kind: values.kind || undefined, targetStatus: values.status }
		);
		redirect(303, `/team/import/${id}`);
	}
};
