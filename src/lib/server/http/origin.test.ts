import { describe, expect, it } from 'vitest';
import { embeddedOptionsFrom } from '../auth/embedded';
import { publicOrigin } from './origin';

/** Issue 9, item 7: links from the configured origin only; sign-in links on stdout only on request. */
describe('publicOrigin', () => {
	const evil = new URL('http://evil.example/passwort');
	it('takes ORIGIN (or QK_PUBLIC_ORIGIN), never the Host of the request', () => {
		expect(publicOrigin(evil, { ORIGIN: 'https://karte.example/' })).toBe('https://karte.example');
		expect(publicOrigin(evil, { QK_PUBLIC_ORIGIN: 'https://karte.example' })).toBe(
			'https://karte.example'
		);
	});
	it('without a configured origin: the local server, not the request', () => {
		expect(publicOrigin(evil, { PORT: '3000' })).toBe('http://localhost:3000');
		expect(publicOrigin(evil, { ORIGIN: 'not a url', PORT: '8080' })).toBe('http://localhost:8080');
	});
	it('in dev: the dev server it is reached at on the loopback, else its default', () => {
		expect(publicOrigin(new URL('http://127.0.0.1:5173/x'), {}, true)).toBe(
			'http://127.0.0.1:5173'
		);
		expect(publicOrigin(evil, {}, true)).toBe('http://localhost:5173');
	});
});

describe('embedded provider options', () => {
	it('prints mails only with QK_PRINT_OUTBOX=1, whatever NODE_ENV says', () => {
		for (const NODE_ENV of [undefined, 'development', 'production', 'test']) {
			expect(embeddedOptionsFrom({ NODE_ENV }, false).print).toBe(false);
			expect(embeddedOptionsFrom({ NODE_ENV }, true).print).toBe(false);
			expect(embeddedOptionsFrom({ NODE_ENV, QK_PRINT_OUTBOX: '1' }, false).print).toBe(true);
		}
	});
});
