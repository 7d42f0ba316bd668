/**
 * The one check for every redirect target that comes from a request (`/sprache?back=`, sign-in's
 * `weiter=`): a path on this site, or the fallback. Browsers drop tab, CR and LF from URLs and
 * read `\` as `/`, so `/\t/evil.example` and `/\evil.example` are `//evil.example` to them — another
 * host. Controls and backslashes are therefore refused outright, in the value and in its
 * percent-decoded forms, as is a value that does not stay on this origin when resolved. The answer
 * is the normalised path (non-ASCII percent-encoded), so it is always a valid Location header.
 */
const BASE = 'http://same-site.invalid';
const MAX_LENGTH = 2000;
// C0 controls, DEL, C1 controls, backslash, and the Unicode line/paragraph separators.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]/;

function unsafe(value: string) {
	return !value.startsWith('/') || value.startsWith('//') || FORBIDDEN.test(value);
}

export function safeRedirect(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string' || value === '' || value.length > MAX_LENGTH) return fallback;
	let current = value;
	// Up to three rounds of percent-decoding: `%09`, `%2509`, `%252F…` are refused like the raw form.
	for (let round = 0; round < 4; round++) {
		if (unsafe(current)) return fallback;
		let decoded: string;
		try {
			decoded = decodeURIComponent(current);
		} catch {
			return fallback;
		}
		if (decoded === current) break;
		current = decoded;
		if (round === 3) return fallback;
	}
	let url: URL;
	try {
		url = new URL(value, BASE);
	} catch {
		return fallback;
	}
	if (url.origin !== BASE) return fallback;
	return url.pathname + url.search + url.hash;
}
