import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

/** Issue 9, item 4: every way to leave the site through a redirect parameter, refused. */
const refused: [string, string][] = [
	['empty', ''],
	['absolute URL', 'https://evil.example/'],
	['scheme-relative', '//evil.example/'],
	['backslash scheme-relative', '/\\evil.example/'],
	['backslash only', '\\\\evil.example'],
	['tab between slashes', '/\t/evil.example/'],
	['leading tab', '\t//evil.example'],
	['CR', '/\r/evil.example'],
	['LF', '/\n/evil.example'],
	['CRLF header injection', '/ok\r\nSet-Cookie: x=1'],
	['NUL', '/\u0000/evil.example'],
	['DEL', '/\u007f/evil.example'],
	['C1 control', '/\u0085/evil.example'],
	['line separator', '/\u2028/evil.example'],
	['encoded tab', '/%09/evil.example/'],
	['encoded CR', '/%0d/evil.example'],
	['encoded LF', '/%0A/evil.example'],
	['encoded slash', '/%2F/evil.example'],
	['encoded slash, both', '%2F%2Fevil.example'],
	['encoded backslash', '/%5Cevil.example'],
	['double-encoded tab', '/%2509/evil.example'],
	['double-encoded slash', '/%252F/evil.example'],
	['triple-encoded slash', '/%25252F/evil.example'],
	['malformed escape', '/%E0%A4%A'],
	['javascript:', 'javascript:alert(1)'],
	['data:', 'data:text/html,<script>alert(1)</script>'],
	['relative path', 'betrieb'],
	['userinfo trick', '/@evil.example'.replace('/', '//')],
	['too long', '/' + 'a'.repeat(2001)]
];

const kept: [string, string, string][] = [
	['root', '/', '/'],
	['page', '/betrieb', '/betrieb'],
	['query and fragment', '/?kinds=vacancy&q=Bäcker#karte', '/?kinds=vacancy&q=B%C3%A4cker#karte'],
	['encoded query value', '/ort/abc?x=a%2Fb', '/ort/abc?x=a%2Fb'],
	['umlaut path', '/ort/Straße', '/ort/Stra%C3%9Fe'],
	['emoji', '/?q=☕', '/?q=%E2%98%95'],
	['dot segments stay on the site', '/a/../../b', '/b']
];

describe('safeRedirect', () => {
	it.each(refused)('refuses %s', (_name, value) => {
		expect(safeRedirect(value, '/fallback')).toBe('/fallback');
	});
	it.each(kept)('keeps %s', (_name, value, expected) => {
		expect(safeRedirect(value, '/fallback')).toBe(expected);
	});
	it('refuses what is not a string', () => {
		for (const v of [null, undefined, 42, ['/'], { a: 1 }]) expect(safeRedirect(v)).toBe('/');
	});
	it('always answers a valid Location header value', () => {
		for (const [, v] of [...refused, ...kept.map(([a, b]) => [a, b] as [string, string])]) {
			// Only visible ASCII: Node refuses anything else in a header (a 500 before the fix).
			expect(safeRedirect(v)).toMatch(/^\/[\x21-\x7e]*$/);
		}
	});
});
