import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/**
 * Where a signed-in account lands that may not open an area (hooks.server.ts): the 403 page in
 * the app's layout (+error.svelte), translated, with a way back. A 403 thrown in the hook itself
 * would be SvelteKit's bare fallback page.
 */
export const load: PageServerLoad = () => {
	error(403, m.error_403_text());
};
