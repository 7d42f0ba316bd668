import type { Handle } from '@sveltejs/kit';

/**
 * Security headers on every answer of the app: pages, API, files from `/medien`.
 * - no framing by other sites (clickjacking): CSP `frame-ancestors 'none'` and, for old browsers,
 *   X-Frame-Options DENY. Pages carry SvelteKit's CSP (svelte.config.js) with the directive
 *   added; other answers get a CSP of that directive alone.
 * - Referrer-Policy strict-origin-when-cross-origin: a place's path (and a search in the query)
 *   never travels to other sites.
 * - X-Content-Type-Options nosniff: an upload is never read as a script or a page.
 */
export const SECURITY_HEADERS = {
	'x-frame-options': 'DENY',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-content-type-options': 'nosniff'
} as const;
const FRAME_ANCESTORS = "frame-ancestors 'none'";

function apply(headers: Headers) {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
	const csp = headers.get('content-security-policy');
	if (!csp) headers.set('content-security-policy', FRAME_ANCESTORS);
	else if (!/\bframe-ancestors\b/.test(csp))
		headers.set('content-security-policy', `${csp.replace(/;\s*$/, '')}; ${FRAME_ANCESTORS}`);
}

export function withSecurityHeaders(response: Response): Response {
	try {
		apply(response.headers);
		return response;
	} catch {
		// Immutable headers (a fetched or Response.redirect answer): copy once.
		const copy = new Response(response.body, response);
		apply(copy.headers);
		return copy;
	}
}

/**
 * The outermost handle. A redirect or error thrown by an inner handle (the sign-in guard) is left
 * to SvelteKit, which knows how to answer it for a data request and keeps the cookies; such an
 * answer has no body to frame or sniff.
 */
export const securityHeaders: Handle = async ({ event, resolve }) =>
	withSecurityHeaders(await resolve(event));
