import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';
import { cookieOptions, readSession, signSession } from './session';

const key = new TextEncoder().encode('k'.repeat(48));
const token = {
	sub: '11111111-1111-4111-8111-111111111111',
	sid: '22222222-2222-4222-8222-222222222222'
};

describe('passwords (scrypt)', () => {
	it('verifies the right password only, with a random salt per hash', async () => {
		const a = await hashPassword('ein-langes-passwort');
		const b = await hashPassword('ein-langes-passwort');
		expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
		expect(a).not.toBe(b);
		expect(await verifyPassword('ein-langes-passwort', a)).toBe(true);
		expect(await verifyPassword('ein-langes-passworT', a)).toBe(false);
	});
	it('says no (after the same work) for an unknown user or a malformed hash', async () => {
		expect(await verifyPassword('x', null)).toBe(false);
		expect(await verifyPassword('x', 'md5$abc')).toBe(false);
	});
});

describe('session cookies (jose)', () => {
	it('round-trips a signed session', async () => {
		const jwt = await signSession(key, token, new Date(Date.now() + 60_000));
		expect(await readSession(key, jwt)).toEqual(token);
	});
	it('rejects a forged, expired, unsigned or foreign token', async () => {
		const other = new TextEncoder().encode('o'.repeat(48));
		expect(
			await readSession(key, await signSession(other, token, new Date(Date.now() + 60_000)))
		).toBeNull();
		expect(
			await readSession(key, await signSession(key, token, new Date(Date.now() - 60_000)))
		).toBeNull();
		const [h, p] = (await signSession(key, token, new Date(Date.now() + 60_000))).split('.');
		expect(await readSession(key, `${h}.${p}.`)).toBeNull();
		expect(await readSession(key, 'eyJhbGciOiJub25lIn0.e30.')).toBeNull();
		expect(await readSession(key, undefined)).toBeNull();
	});
	it('is http-only, SameSite=Lax and secure except on plain-http loopback', () => {
		expect(cookieOptions(new URL('https://karte.example/'))).toMatchObject({
			httpOnly: true,
			sameSite: 'lax',
			secure: true
		});
		expect(cookieOptions(new URL('http://karte.example/')).secure).toBe(true);
		expect(cookieOptions(new URL('http://127.0.0.1:4173/')).secure).toBe(false);
	});
});
