import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { choicesFrom } from '$lib/server/staff/import/choices';
import { commitImport, getImportRun, ImportFailed } from '$lib/server/staff/import/run';
import type { Actions, PageServerLoad } from './$types';

const id = z.uuid();
const SAMPLE = 20;

export const load: PageServerLoad = async ({ params, locals }) => {
	if (!id.safeParse(params.id).success) error(404, 'Import nicht gefunden');
	const run = await getImportRun(locals.db, params.id);
	if (!run) error(404, 'Import nicht gefunden');
	const sample = await locals.db.query<{
		rows: { row: number; kind: string; title: string; address: string | null }[];
	}>(
		`select coalesce(jsonb_agg(jsonb_build_object('row', r -> 'row', 'kind', r -> 'kind',
		          'title', r -> 'title', 'address', r -> 'address')), '[]') as rows
		   from (select r from public.import_runs, jsonb_array_elements(rows) r
		          where id = $1::uuid limit $2) s`,
		[params.id, SAMPLE]
	);
	return { run, sample: sample[0]?.rows ?? [] };
};

export const actions: Actions = {
	/** Without JavaScript: writes the import in this request (with it, ./run streams progress). */
	commit: async ({ params, request, locals }) => {
		try {
			const done = await commitImport(locals.db, params.id, choicesFrom(await request.formData()));
			return { done };
		} catch (e) {
			if (e instanceof ImportFailed) return fail(400, { failed: e.error });
			throw e;
		}
	},
	discard: async ({ params, locals }) => {
		await locals.db.query(
			`update public.import_runs set status = 'discarded', rows = '[]', finished_at = now()
			  where id = $1::uuid and status = 'previewed'`,
			[params.id]
		);
		redirect(303, '/team/import');
	}
};
