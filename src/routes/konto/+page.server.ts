import { redirect } from '@sveltejs/kit';
import { getAuth } from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ done: url.searchParams.get('abgemeldet') });

export const actions: Actions = {
	abmelden: async ({ cookies, url }) => {
		await (await getAuth()).signOut({ cookies, url }, { everywhere: false });
		redirect(303, '/anmelden');
	},
	ueberall: async ({ cookies, url }) => {
		await (await getAuth()).signOut({ cookies, url }, { everywhere: true });
		redirect(303, '/anmelden');
	}
};
