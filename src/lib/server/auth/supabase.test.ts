/**
 * The Supabase provider, tested by the requests it makes through a recording fetch. NOT verified
 * against a live Supabase here (no network, no Supabase project on these machines): the expected
 * paths and bodies are those of GoTrue's documented REST API as supabase-js 2.109 sends them.
 */
import type { Cookies } from '@sveltejs/kit';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { supabaseProvider } from './supabase';

const URL_BASE = 'https://demo-project.supabase.co';
// Links in mails come from the configured origin, never from the request.
beforeAll(() => {
	vi.stubEnv('ORIGIN', 'https://quartierkarte.example');
});
const ANON = 'anon-key';
const SERVICE = 'service-role-key';
const USER_ID = '11111111-1111-4111-8111-111111111111';

interface Recorded {
	method: string;
	url: string;
	body: unknown;
	headers: Record<string, string>;
}

function b64(obj: unknown) {
	return Buffer.from(JSON.stringify(obj)).toString('base64url');
}
const accessToken = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({
	sub: USER_ID,
	role: 'authenticated',
	exp: Math.floor(Date.now() / 1000) + 3600
})}.c2lnbmF0dXJl`;

const user = {
	id: USER_ID,
	aud: 'authenticated',
	role: 'authenticated',
	email: 'Baeckerei@Example.test',
	app_metadata: { provider: 'email', roles: ['business'] },
	user_metadata: { display_name: 'Mia' },
	identities: [{ id: 'x' }],
	created_at: '2026-11-25T10:00:00Z'
};
const session = {
	access_token: accessToken,
	refresh_token: 'refresh-token',
	expires_in: 3600,
	expires_at: Math.floor(Date.now() / 1000) + 3600,
	token_type: 'bearer',
	user
};

function recorder(reply: (r: Recorded) => unknown = () => ({})) {
	const calls: Recorded[] = [];
	const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const req = new Request(input, init);
		const text = init?.body ? String(init.body) : '';
		const headers: Record<string, string> = {};
		req.headers.forEach((v, k) => (headers[k] = v));
		const rec = { method: req.method, url: req.url, body: text ? JSON.parse(text) : null, headers };
		calls.push(rec);
		const out = reply(rec);
		const status = (out as { __status?: number }).__status ?? 200;
		return new Response(JSON.stringify(out), {
			status,
			headers: { 'content-type': 'application/json' }
		});
	}) as typeof fetch;
	return { calls, fetchImpl };
}

function cookieJar(): Cookies & { jar: Map<string, string> } {
	const jar = new Map<string, string>();
	return {
		jar,
		get: (name: string) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void jar.set(name, value),
		delete: (name: string) => void jar.delete(name),
		serialize: () => ''
	} as unknown as Cookies & { jar: Map<string, string> };
}

const ctx = (cookies = cookieJar()) => ({
	cookies,
	url: new URL('https://quartierkarte.example/anmelden')
});

describe('Supabase provider (recorded requests, not verified against a live Supabase)', () => {
	it('signs up with the anon key and gives the new user the business role via the admin API', async () => {
		const { calls, fetchImpl } = recorder((r) => (r.url.includes('/signup') ? user : { user }));
		const p = supabaseProvider({
			url: URL_BASE,
			anonKey: ANON,
			serviceRoleKey: SERVICE,
			fetch: fetchImpl
		});
		const result = await p.signUp(ctx(), {
			email: ' Baeckerei@Example.test ',
			displayName: 'Mia'
		});
		expect(result).toEqual({ ok: true });
		const signup = calls.find((c) => c.url.startsWith(`${URL_BASE}/auth/v1/signup`))!;
		expect(signup.method).toBe('POST');
		expect(signup.headers.apikey).toBe(ANON);
		expect(signup.body).toMatchObject({
			email: 'baeckerei@example.test',
			data: { display_name: 'Mia' }
		});
		// Nobody knows the sign-up password: the owner of the address chooses one when confirming.
		const pw = (signup.body as { password: string }).password;
		expect(pw).toMatch(/^[\w-]{40,}$/);
		expect(new URL(signup.url).searchParams.get('redirect_to')).toBe(
			'https://quartierkarte.example/passwort/neu?typ=signup'
		);
		const admin = calls.find((c) => c.url === `${URL_BASE}/auth/v1/admin/users/${USER_ID}`)!;
		expect(admin.method).toBe('PUT');
		expect(admin.headers.authorization).toBe(`Bearer ${SERVICE}`);
		expect(admin.body).toEqual({ app_metadata: { roles: ['business'] } });
	});

	it('does not touch the roles of an address that already has an account', async () => {
		const existing = { ...user, identities: [] };
		const { calls, fetchImpl } = recorder(() => existing);
		const p = supabaseProvider({
			url: URL_BASE,
			anonKey: ANON,
			serviceRoleKey: SERVICE,
			fetch: fetchImpl
		});
		expect(
			await p.signUp(ctx(), {
				email: 'a@example.test',
				displayName: 'A'
			})
		).toEqual({ ok: true });
		expect(calls.some((c) => c.url.includes('/admin/'))).toBe(false);
	});

	it('signs in with the password grant, stores the session in cookies and yields the same claims as the embedded provider', async () => {
		const { calls, fetchImpl } = recorder((r) => (r.url.includes('/token') ? session : user));
		const p = supabaseProvider({ url: URL_BASE, anonKey: ANON, fetch: fetchImpl });
		const cookies = cookieJar();
		const result = await p.signInWithPassword(ctx(cookies), {
			email: 'baeckerei@example.test',
			password: 'pw-1234567890'
		});
		const token = calls[0];
		expect(token.url).toBe(`${URL_BASE}/auth/v1/token?grant_type=password`);
		expect(token.body).toMatchObject({
			email: 'baeckerei@example.test',
			password: 'pw-1234567890'
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.user.claims).toEqual({
			role: 'authenticated',
			sub: USER_ID,
			email: 'baeckerei@example.test',
			app_metadata: { roles: ['business'], provider: 'email' },
			user_metadata: { display_name: 'Mia' }
		});
		expect([...cookies.jar.keys()].some((k) => k.startsWith('sb-demo-project-auth-token'))).toBe(
			true
		);

		// The next request reads the session from the cookies and asks GoTrue who it is.
		const user2 = await p.getUser(ctx(cookies));
		const who = calls.at(-1)!;
		expect(who.method).toBe('GET');
		expect(who.url).toBe(`${URL_BASE}/auth/v1/user`);
		expect(who.headers.authorization).toBe(`Bearer ${accessToken}`);
		expect(user2?.roles).toEqual(['business']);
	});

	it('maps a wrong password to invalid_credentials', async () => {
		const { fetchImpl } = recorder(() => ({
			__status: 400,
			code: 'invalid_credentials',
			message: 'Invalid login credentials'
		}));
		const p = supabaseProvider({ url: URL_BASE, anonKey: ANON, fetch: fetchImpl });
		expect(
			await p.signInWithPassword(ctx(), { email: 'x@example.test', password: 'falsch-falsch' })
		).toEqual({
			ok: false,
			reason: 'invalid_credentials'
		});
	});

	it('verifies a link by token hash', async () => {
		const { calls, fetchImpl } = recorder(() => session);
		const p = supabaseProvider({ url: URL_BASE, anonKey: ANON, fetch: fetchImpl });
		const result = await p.verifyLink(ctx(), {
			token: 'pkce_abcdef0123456789abcdef',
			kind: 'signup'
		});
		expect(result.ok).toBe(true);
		expect(calls[0].url).toBe(`${URL_BASE}/auth/v1/verify`);
		expect(calls[0].body).toMatchObject({
			token_hash: 'pkce_abcdef0123456789abcdef',
			type: 'email'
		});
	});

	describe('the first confirmation by a sign-in link (issue 9, item 1, the Supabase path)', () => {
		// Recorded shape of GoTrue's POST /verify answer for an account that a stranger registered
		// with a password of their own (POST /signup with the public anon key) and whose owner now
		// uses a sign-in link: the link confirmed the address just now.
		const justConfirmed = (appMetadata: Record<string, unknown> = {}) => ({
			...session,
			user: {
				...user,
				email_confirmed_at: new Date(Date.now() - 2_000).toISOString(),
				confirmed_at: new Date(Date.now() - 2_000).toISOString(),
				app_metadata: { ...user.app_metadata, ...appMetadata }
			}
		});
		const verifyWith = (answer: unknown, serviceRoleKey: string | null = SERVICE) => {
			const rec = recorder((r) => (r.url.endsWith('/verify') ? answer : { user }));
			return {
				calls: rec.calls,
				p: supabaseProvider({
					url: URL_BASE,
					anonKey: ANON,
					serviceRoleKey: serviceRoleKey ?? undefined,
					fetch: rec.fetchImpl
				})
			};
		};

		it('replaces the password set before the confirmation and ends other sessions', async () => {
			const { calls, p } = verifyWith(justConfirmed());
			const result = await p.verifyLink(ctx(), { token: 'pkce_first', kind: 'magiclink' });
			expect(result.ok).toBe(true);
			const update = calls.find((c) => c.url === `${URL_BASE}/auth/v1/admin/users/${USER_ID}`)!;
			expect(update.method).toBe('PUT');
			expect(update.headers.authorization).toBe(`Bearer ${SERVICE}`);
			const body = update.body as { password: string; app_metadata: unknown };
			// A password nobody knows, and the mark that the owner confirmed the address.
			expect(body.password).toMatch(/^[\w-]{40,}$/);
			expect(body.app_metadata).toEqual({ owner_confirmed: true });
			const logout = calls.find((c) => c.url.includes('/logout'))!;
			expect(logout.url).toBe(`${URL_BASE}/auth/v1/logout?scope=others`);
		});

		it('changes nothing on later links (the owner confirmed already)', async () => {
			const { calls, p } = verifyWith(justConfirmed({ owner_confirmed: true }));
			expect((await p.verifyLink(ctx(), { token: 'pkce_later', kind: 'magiclink' })).ok).toBe(true);
			expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/auth/v1/verify']);
		});

		it('changes nothing for an address confirmed long ago', async () => {
			const old = {
				...session,
				user: {
					...user,
					email_confirmed_at: '2026-11-01T10:00:00Z',
					confirmed_at: '2026-11-01T10:00:00Z'
				}
			};
			const { calls, p } = verifyWith(old);
			expect((await p.verifyLink(ctx(), { token: 'pkce_old', kind: 'magiclink' })).ok).toBe(true);
			expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/auth/v1/verify']);
		});

		it('refuses the sign-in when the password cannot be replaced (no service role key)', async () => {
			const { calls, p } = verifyWith(justConfirmed(), null);
			expect(await p.verifyLink(ctx(), { token: 'pkce_first', kind: 'magiclink' })).toEqual({
				ok: false,
				reason: 'provider_error'
			});
			expect(calls.some((c) => c.url.includes('/admin/'))).toBe(false);
			expect(calls.at(-1)!.url).toBe(`${URL_BASE}/auth/v1/logout?scope=local`);
		});

		it('marks the account once its owner chose the password through a confirmation link', async () => {
			const rec = recorder((r) =>
				r.url.endsWith('/verify') ? justConfirmed() : r.url.endsWith('/user') ? user : {}
			);
			const p = supabaseProvider({
				url: URL_BASE,
				anonKey: ANON,
				serviceRoleKey: SERVICE,
				fetch: rec.fetchImpl
			});
			const result = await p.resetPassword(ctx(), {
				token: 'pkce_signup',
				kind: 'signup',
				password: 'ein-langes-passwort-43'
			});
			expect(result.ok).toBe(true);
			const mark = rec.calls.find((c) => c.url === `${URL_BASE}/auth/v1/admin/users/${USER_ID}`)!;
			expect(mark.body).toEqual({ app_metadata: { owner_confirmed: true } });
		});
	});

	it('signs out everywhere with scope=global', async () => {
		const { calls, fetchImpl } = recorder((r) => (r.url.includes('/token') ? session : {}));
		const p = supabaseProvider({ url: URL_BASE, anonKey: ANON, fetch: fetchImpl });
		const cookies = cookieJar();
		await p.signInWithPassword(ctx(cookies), {
			email: 'baeckerei@example.test',
			password: 'pw-1234567890'
		});
		await p.signOut(ctx(cookies), { everywhere: true });
		const logout = calls.find((c) => c.url.includes('/logout'))!;
		expect(logout.url).toBe(`${URL_BASE}/auth/v1/logout?scope=global`);
		expect(logout.headers.authorization).toBe(`Bearer ${accessToken}`);
	});

	it('requests a password reset with the recovery redirect', async () => {
		const { calls, fetchImpl } = recorder(() => ({}));
		const p = supabaseProvider({ url: URL_BASE, anonKey: ANON, fetch: fetchImpl });
		expect(await p.requestPasswordReset(ctx(), 'Baeckerei@example.test')).toEqual({ ok: true });
		expect(calls[0].url.startsWith(`${URL_BASE}/auth/v1/recover`)).toBe(true);
		expect(calls[0].body).toMatchObject({ email: 'baeckerei@example.test' });
		expect(new URL(calls[0].url).searchParams.get('redirect_to')).toBe(
			'https://quartierkarte.example/passwort/neu?typ=recovery'
		);
	});

	it('invites a coach with the service key and sets the coach role', async () => {
		const invited = {
			...user,
			id: USER_ID,
			email: 'coach@example.test',
			app_metadata: { provider: 'email' }
		};
		const { calls, fetchImpl } = recorder(() => invited);
		const p = supabaseProvider({
			url: URL_BASE,
			anonKey: ANON,
			serviceRoleKey: SERVICE,
			fetch: fetchImpl
		});
		expect(
			await p.invite(ctx(), { email: 'coach@example.test', roles: ['coach'], invitedBy: USER_ID })
		).toEqual({ ok: true });
		const invite = calls.find((c) => c.url.startsWith(`${URL_BASE}/auth/v1/invite`))!;
		expect(invite.headers.authorization).toBe(`Bearer ${SERVICE}`);
		expect(invite.body).toMatchObject({ email: 'coach@example.test' });
		const roles = calls.find((c) => c.url.endsWith(`/admin/users/${USER_ID}`))!;
		expect(roles.body).toEqual({ app_metadata: { roles: ['coach'] } });
	});

	it('refuses to invite without a service role key, making no request', async () => {
		const { calls, fetchImpl } = recorder();
		const p = supabaseProvider({ url: URL_BASE, anonKey: ANON, fetch: fetchImpl });
		expect(
			await p.invite(ctx(), { email: 'c@example.test', roles: ['coach'], invitedBy: USER_ID })
		).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
		expect(calls).toHaveLength(0);
	});
});
