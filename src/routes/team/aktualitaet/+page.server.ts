import { fail } from '@sveltejs/kit';
import { confirmEntry } from '$lib/server/business/entries';
import { freshnessList } from '$lib/server/staff/freshness';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	rows: await freshnessList(locals.db)
});

export const actions: Actions = {
	confirm: async ({ locals, request }) => {
		const id = String((await request.formData()).get('id') ?? '');
		if (!(await confirmEntry(locals.db, id))) return fail(400, { failed: id });
		return { confirmed: id };
	}
};
