import type { Handle } from '@sveltejs/kit';

/**
 * Text that reaches the app is cleaned at one place, before any route sees it (issue 9, item 8):
 * query parameters and the text fields of form posts lose NUL and the other control characters
 * (tab, line feed and carriage return stay), and lone UTF-16 surrogates become U+FFFD.
 * PostgreSQL cannot store NUL in text at all (a NUL in any field or in `q` answered 500), and the
 * other controls are invisible garbage in a name or a description. Files keep their bytes.
 *
 * A form body that cannot be parsed is answered 400 here rather than failing inside an action.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function cleanText(value: string): string {
	let out = HAS_CONTROL.test(value) ? value.replace(CONTROL, '') : value;
	if (LONE_SURROGATE.test(out)) out = out.toWellFormed();
	return out;
}

function dirty(value: string) {
	return HAS_CONTROL.test(value) || LONE_SURROGATE.test(value);
}

/** Cleans the query in place; true when something changed. */
export function cleanUrl(url: URL): boolean {
	let changed = false;
	const params = new URLSearchParams();
	for (const [k, v] of url.searchParams) {
		if (dirty(k) || dirty(v)) changed = true;
		params.append(cleanText(k), cleanText(v));
	}
	if (changed) url.search = params.toString();
	return changed;
}

const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * The request with cleaned text fields, the same request when nothing needed cleaning, or null
 * for a body that is not a form or does not parse: every write of this app (form actions, the
 * import run) reads a form, and `text/plain` — which SvelteKit lets through to actions, as HTML
 * forms may send it — or JSON made `request.formData()` throw (a 500).
 */
export async function cleanFormRequest(request: Request): Promise<Request | null> {
	if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS')
		return request;
	const type = request.headers.get('content-type') ?? '';
	if (!FORM_TYPE.test(type)) return null;
	let form: FormData;
	try {
		form = await request.clone().formData();
	} catch (e) {
		// Too large for the server's limit: the route answers that itself (413), as before.
		if ((e as { status?: number })?.status === 413) return request;
		return null;
	}
	let changed = false;
	const clean = new FormData();
	for (const [k, v] of form) {
		if (typeof v === 'string') {
			if (dirty(k) || dirty(v)) changed = true;
			clean.append(cleanText(k), cleanText(v));
		} else {
			if (dirty(k)) changed = true;
			clean.append(cleanText(k), v, v.name);
		}
	}
	if (!changed) return request;
	const headers = new Headers(request.headers);
	// The body is re-encoded: a new boundary (multipart) and length.
	headers.delete('content-type');
	headers.delete('content-length');
	const body = /^application\/x-www-form-urlencoded/i.test(type)
		? new URLSearchParams(
				[...clean].map(([k, v]) => [k, typeof v === 'string' ? v : v.name] as [string, string])
			)
		: clean;
	return new Request(request.url, { method: request.method, headers, body });
}

/** The handle: cleans event.url and the form body, before every other handle. */
export const cleanInput: Handle = async ({ event, resolve }) => {
	cleanUrl(event.url);
	const request = await cleanFormRequest(event.request);
	if (!request)
		return new Response('Das Formular konnte nicht gelesen werden. / The form could not be read.', {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	if (request !== event.request) event.request = request;
	return resolve(event);
};
