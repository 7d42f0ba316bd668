/**
 * The server half of i18n: Paraglide decides the language per request (cookie, then the browser's
 * Accept-Language, then German) and keeps it in AsyncLocalStorage for `m.*()` and `getLocale()`;
 * the page gets `<html lang dir>` from it, so Arabic is right-to-left before any script runs.
 */
import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { paraglideMiddleware } from './paraglide/server';
import { getTextDirection } from './paraglide/runtime';

type Resolve = (event: RequestEvent, opts?: ResolveOptions) => Response | Promise<Response>;

export function resolveWithLocale(event: RequestEvent, resolve: Resolve): Promise<Response> {
	// The original request, not Paraglide's copy: our URLs carry no language prefix.
	return paraglideMiddleware(event.request, async ({ locale }) => {
		const response = await resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%lang%', locale).replace('%dir%', getTextDirection(locale))
		});
		if (response.headers.get('content-type')?.startsWith('text/html')) {
			response.headers.append('vary', 'Cookie, Accept-Language');
			// The service worker keeps its offline page in the language of the pages it sees.
			response.headers.set('content-language', locale);
		}
		return response;
	});
}
