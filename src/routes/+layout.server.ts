import { getLocale } from '$lib/i18n/paraglide/runtime';
import type { LayoutServerLoad } from './$types';

/** The language the server chose, so the client renders the same one during hydration. */
export const load: LayoutServerLoad = () => ({ locale: getLocale() });
