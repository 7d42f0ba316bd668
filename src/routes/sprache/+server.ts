import { redirect } from '@sveltejs/kit';
import { safeRedirect } from '$lib/safe-redirect';
import { pickLocale } from '$lib/i18n/place-text';
import { baseLocale, cookieMaxAge, cookieName, locales } from '$lib/i18n/paraglide/runtime';
import type { RequestHandler } from './$types';

/**
 * GET /sprache?lang=ar&back=/ort/… — the language switch, with or without JavaScript: remembers
 * the choice in Paraglide's cookie and returns to the same page (same URL in every language).
 */
export const GET: RequestHandler = ({ url, cookies }) => {
	const locale = pickLocale(url.searchParams.get('lang'), locales, baseLocale);
	cookies.set(cookieName, locale, {
		path: '/',
		maxAge: cookieMaxAge,
		httpOnly: false, // Paraglide's browser runtime reads it too
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
	// Only a path on this site: never an open redirect (safe-redirect.ts).
	redirect(303, safeRedirect(url.searchParams.get('back'), '/'));
};
