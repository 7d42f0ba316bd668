import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import { embeddedProvider, type EmbeddedProvider } from '../../src/lib/server/auth/embedded';
import { authContext, cookieJar } from './auth-context';
import { testDatabase } from './setup';

/**
 * Issue 9, item 1: nobody takes over an account by registering its address first. The attacker
 * registers the victim's address with a password of their own (and, on a database of an earlier
 * version, may even hold a session); the victim then confirms the address — with the sign-up link,
 * with a sign-in link, or by accepting a staff invitation. Afterwards the attacker's password
 * signs nobody in and the attacker's sessions are dead.
 */
let db: Database;
let auth: EmbeddedProvider;
const ATTACKER_PW = 'angreifer-passwort-123';
const VICTIM_PW = 'opfer-eigenes-passwort-456';

const ctx = (cookies = cookieJar()) => authContext('http://evil.example/registrieren', cookies);

async function owner<T>(sql: string, params: unknown[] = []) {
	return db.transport.transaction((q) => q.query<T & object>(sql, params));
}

/** The newest link in the outbox for an address and kind, as the mailbox owner would open it. */
async function lastLink(email: string, kind: string) {
	const [row] = await owner<{ link: string }>(
		`select link from auth.outbox where to_email = $1 and kind = $2 order by id desc limit 1`,
		[email, kind]
	);
	const url = new URL(row.link);
	return { url, token: url.searchParams.get('token')! };
}

/** What an attacker could hold from before this fix: a password and a live session row. */
async function attackerPreset(email: string) {
	await auth.signUp(ctx(), { email, displayName: 'Angreifer' });
	// A database written by the earlier version stored the first sign-up's password.
	const hash = (await import('../../src/lib/server/auth/password')).hashPassword;
	await owner(`update auth.users set encrypted_password = $2 where email = $1`, [
		email,
		await hash(ATTACKER_PW)
	]);
	const [{ id }] = await owner<{ id: string }>(
		`insert into auth.sessions (user_id, expires_at)
		 select id, now() + interval '30 days' from auth.users where email = $1 returning id`,
		[email]
	);
	return id;
}

async function sessionAlive(sessionId: string) {
	const [row] = await owner<{ alive: boolean }>(
		`select revoked_at is null and expires_at > now() as alive from auth.sessions where id = $1`,
		[sessionId]
	);
	return row.alive;
}

beforeAll(async () => {
	db = await testDatabase();
	auth = embeddedProvider(async () => db, {
		secret: 'x'.repeat(40),
		origin: 'https://quartierkarte.example'
	});
});
afterAll(async () => {
	await db?.close();
});

describe('pre-registration takeover (issue 9, item 1)', () => {
	it('a sign-up stores no password, and an unconfirmed account never signs in with one', async () => {
		const email = `prereg-1-${Date.now()}@example.test`;
		await auth.signUp(ctx(), { email, displayName: 'Angreifer' });
		const [u] = await owner<{ encrypted_password: string | null }>(
			'select encrypted_password from auth.users where email = $1',
			[email]
		);
		expect(u.encrypted_password).toBeNull();
		await attackerPreset(email);
		expect(await auth.signInWithPassword(ctx(), { email, password: ATTACKER_PW })).toEqual({
			ok: false,
			reason: 'invalid_credentials'
		});
	});

	it('links in mails use the configured origin, never the Host of the request', async () => {
		const email = `prereg-origin-${Date.now()}@example.test`;
		await auth.signUp(ctx(), { email, displayName: 'X' });
		const { url } = await lastLink(email, 'signup');
		expect(url.origin).toBe('https://quartierkarte.example');
		expect(url.pathname).toBe('/passwort/neu');
	});

	it('confirming with the sign-up link: the owner chooses the password, the attacker is out', async () => {
		const email = `prereg-2-${Date.now()}@example.test`;
		const session = await attackerPreset(email);
		const { token } = await lastLink(email, 'signup');
		const done = await auth.resetPassword(ctx(), { token, kind: 'signup', password: VICTIM_PW });
		expect(done.ok).toBe(true);
		expect(await sessionAlive(session)).toBe(false);
		expect((await auth.signInWithPassword(ctx(), { email, password: ATTACKER_PW })).ok).toBe(false);
		expect((await auth.signInWithPassword(ctx(), { email, password: VICTIM_PW })).ok).toBe(true);
	});

	it('confirming with a sign-in link drops the password set before confirmation', async () => {
		const email = `prereg-3-${Date.now()}@example.test`;
		const session = await attackerPreset(email);
		await auth.sendSignInLink(ctx(), email);
		const { token } = await lastLink(email, 'magiclink');
		const done = await auth.verifyLink(ctx(), { token, kind: 'magiclink' });
		expect(done.ok).toBe(true);
		expect(await sessionAlive(session)).toBe(false);
		expect((await auth.signInWithPassword(ctx(), { email, password: ATTACKER_PW })).ok).toBe(false);
	});

	it('an old sign-up link opened as a sign-in link confirms too, and drops the password', async () => {
		const email = `prereg-4-${Date.now()}@example.test`;
		await attackerPreset(email);
		const { token } = await lastLink(email, 'signup');
		expect((await auth.verifyLink(ctx(), { token, kind: 'signup' })).ok).toBe(true);
		expect((await auth.signInWithPassword(ctx(), { email, password: ATTACKER_PW })).ok).toBe(false);
	});

	it('a staff invitation of an unconfirmed address does not hand the role to whoever set its password', async () => {
		const email = `prereg-5-${Date.now()}@example.test`;
		const session = await attackerPreset(email);
		const { token: attackerSignupToken } = await lastLink(email, 'signup');
		await auth.invite(ctx(), {
			email,
			roles: ['staff'],
			invitedBy: '00000000-0000-4000-8000-00000000aaaa'
		});
		// Right away: the attacker's password, session and earlier links are dead.
		expect(await sessionAlive(session)).toBe(false);
		expect((await auth.signInWithPassword(ctx(), { email, password: ATTACKER_PW })).ok).toBe(false);
		expect((await auth.verifyLink(ctx(), { token: attackerSignupToken, kind: 'signup' })).ok).toBe(
			false
		);
		// The invitation is one to choose a password (not a sign-in link), and only its holder has it.
		const { url, token } = await lastLink(email, 'invite');
		expect(url.pathname).toBe('/passwort/neu');
		const done = await auth.resetPassword(ctx(), { token, kind: 'invite', password: VICTIM_PW });
		expect(done.ok && done.user.roles).toContain('staff');
		expect((await auth.signInWithPassword(ctx(), { email, password: ATTACKER_PW })).ok).toBe(false);
		const victim = await auth.signInWithPassword(ctx(), { email, password: VICTIM_PW });
		expect(victim.ok && victim.user.roles).toContain('staff');
	});

	it('a confirmed account keeps its password when it is invited to a new role', async () => {
		const email = `prereg-6-${Date.now()}@example.test`;
		await auth.signUp(ctx(), { email, displayName: 'Echt' });
		const { token } = await lastLink(email, 'signup');
		expect(
			(await auth.resetPassword(ctx(), { token, kind: 'signup', password: VICTIM_PW })).ok
		).toBe(true);
		await auth.invite(ctx(), {
			email,
			roles: ['coach'],
			invitedBy: '00000000-0000-4000-8000-00000000aaaa'
		});
		const again = await auth.signInWithPassword(ctx(), { email, password: VICTIM_PW });
		expect(again.ok && again.user.roles).toContain('coach');
	});
});
