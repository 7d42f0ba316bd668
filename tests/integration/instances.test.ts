import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import { sendExpiryReminders, type Mailer } from '../../src/lib/server/business/reminders';
import {
	RULES,
	limitKey,
	postgresStore,
	setRateLimitStore,
	signInFailed,
	signInWait
} from '../../src/lib/server/rate-limit';
import { testDatabase } from './setup';

/**
 * Issue 9, item 10: limits and the expiry job hold across server instances (state in PostgreSQL),
 * and nobody can lock somebody else's account out of sign-in.
 */
let db: Database;
beforeAll(async () => {
	db = await testDatabase();
	setRateLimitStore(postgresStore(async () => db));
});
afterAll(async () => {
	setRateLimitStore(undefined);
	await db?.close();
});

describe('rate limits across instances', () => {
	it('two instances count against one limit', async () => {
		const a = postgresStore(async () => db);
		const b = postgresStore(async () => db);
		const key = limitKey('submit', `instances-${Date.now()}`);
		const rule = { max: 4, windowMs: 60_000 };
		const waits = [];
		for (let i = 0; i < 3; i++) {
			waits.push(await a.hit(key, rule, true));
			waits.push(await b.hit(key, rule, true));
		}
		// 6 hits on one limit of 4: the 5th and 6th wait, whichever instance took them.
		expect(waits.filter((w) => w > 0)).toHaveLength(2);
	});

	it("failed sign-ins from elsewhere do not lock the owner's account", async () => {
		const victim = `victim-${Date.now()}@example.test`;
		const attacker = '198.51.100.23';
		const owner = '203.0.113.5';
		for (let i = 0; i < RULES.signInFailed.max; i++) {
			expect(await signInWait(attacker, victim)).toBe(0);
			await signInFailed(attacker, victim);
		}
		// The attacker's address is stopped for this account …
		expect(await signInWait(attacker, victim)).toBeGreaterThan(0);
		// … the owner, from their own address, is not.
		expect(await signInWait(owner, victim)).toBe(0);
	});

	it('one client address is limited across all accounts', async () => {
		const client = `192.0.2.${Math.floor(Math.random() * 250)}-${Date.now()}`;
		let blocked = 0;
		for (let i = 0; i < RULES.signIn.max + 2; i++) {
			if ((await signInWait(client, `someone-${i}@example.test`)) > 0) blocked++;
		}
		expect(blocked).toBe(2);
	});
});

describe('expiry reminders across instances', () => {
	it('two instances running the job at once send each reminder once', async () => {
		const system = db.as({ role: 'service_role' });
		// The demo seed's organisations have no members (nobody to remind): make one owner of up to
		// three organisations with published places, so the test does not depend on earlier runs.
		const [owner] = await db.transport.transaction((q) =>
			q.query<{ id: string }>(`insert into auth.users (email) values ($1) returning id`, [
				`expiry-owner-${Date.now()}@example.test`
			])
		);
		await system.query(
			`insert into public.organisation_members (organisation_id, user_id, member_role)
			 select o.id, $1::uuid, 'owner' from public.organisations o
			  where exists (select 1 from public.places p
			                 where p.organisation_id = o.id and p.status = 'published')
			  limit 3`,
			[owner.id]
		);
		const places = await system.query<{ id: string }>(
			`select p.id from public.places p
			  where p.status = 'published'
			    and exists (select 1 from public.organisation_members m where m.organisation_id = p.organisation_id)
			  limit 3`
		);
		expect(places.length).toBeGreaterThan(0);
		const ids = places.map((p) => p.id);
		await system.query(
			`update public.places set valid_through = current_date + 3 where id = any ($1::uuid[])`,
			[ids]
		);
		await system.query(`delete from public.expiry_reminders where place_id = any ($1::uuid[])`, [
			ids
		]);
		const sent: string[] = [];
		const bodies: string[] = [];
		const mailer = (): Mailer => ({
			async recipientsOf(userIds) {
				return new Map(userIds.map((id) => [id, { email: `${id}@example.test`, locale: 'de' }]));
			},
			async sendMail(mail) {
				// A slow mail server: both instances are between "due" and "sent" at the same time.
				await new Promise((r) => setTimeout(r, 50));
				sent.push(`${mail.link}|${mail.to}`);
				bodies.push(mail.body);
			}
		});
		await Promise.all([
			sendExpiryReminders(db, 'https://karte.example', mailer()),
			sendExpiryReminders(db, 'https://karte.example', mailer())
		]);
		const ours = sent.filter((s) => ids.some((id) => s.includes(id)));
		expect(ours.length).toBeGreaterThan(0);
		expect(new Set(ours).size).toBe(ours.length);
		const rows = await system.query<{ recipients: number }>(
			`select recipients from public.expiry_reminders where place_id = any ($1::uuid[])`,
			[ids]
		);
		expect(rows).toHaveLength(ids.length);
		expect(rows.every((r) => r.recipients > 0)).toBe(true);
		// The mail is German, and so is its date (31.12.2026, not 2026-12-31).
		const [{ iso, de }] = await system.query<{ iso: string; de: string }>(
			`select (current_date + 3)::text as iso, to_char(current_date + 3, 'DD.MM.YYYY') as de`
		);
		expect(bodies.some((b) => b.includes(`noch bis ${de} auf der Karte`))).toBe(true);
		expect(bodies.some((b) => b.includes(iso))).toBe(false);
	});
});
