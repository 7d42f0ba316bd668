import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import { sendFreshnessReminders, type Mailer } from '../../src/lib/server/business/reminders';
import { testDatabase } from './setup';

/**
 * Issue 15, item 5: owners are asked to confirm their entries every 6 months, once per due date
 * (also with two instances running the job), and a confirmation starts the next 6 months.
 */
let db: Database;
let placeIds: string[] = [];
const sent: { to: string; subject: string; link?: string }[] = [];
const mailer = (): Mailer => ({
	async recipientsOf(userIds) {
		return new Map(userIds.map((id) => [id, { email: `${id}@example.test`, locale: 'de' }]));
	},
	async sendMail(mail) {
		await new Promise((r) => setTimeout(r, 30)); // a slow mail server: both instances overlap
		sent.push({ to: mail.to, subject: mail.subject, link: mail.link });
	}
});
const ours = () => sent.filter((s) => placeIds.some((id) => s.link?.includes(id)));

beforeAll(async () => {
	db = await testDatabase();
	const system = db.as({ role: 'service_role' });
	const [owner] = await db.transport.transaction((q) =>
		q.query<{ id: string }>(`insert into auth.users (email) values ($1) returning id`, [
			`fresh-owner-${Date.now()}@example.test`
		])
	);
	const [org] = await system.query<{ id: string }>(
		`select o.id from public.organisations o
		  where (select count(*) from public.places p where p.organisation_id = o.id and p.status = 'published') >= 3
		  limit 1`
	);
	await system.query(
		`insert into public.organisation_members (organisation_id, user_id, member_role) values ($1, $2, 'owner')`,
		[org.id, owner.id]
	);
	const places = await system.query<{ id: string }>(
		`select id from public.places where organisation_id = $1 and status = 'published'
		  and (valid_through is null or valid_through >= current_date) order by id limit 3`,
		[org.id]
	);
	placeIds = places.map((p) => p.id);
	// Everything else is fresh: only our three can be due.
	await system.query(`update public.places set confirmed_at = now()`);
	// Two confirmed 7 months ago (due), one 5 months ago (not yet).
	await system.query(
		`update public.places set confirmed_at = now() - interval '7 months' where id = any ($1::uuid[])`,
		[placeIds.slice(0, 2)]
	);
	await system.query(
		`update public.places set confirmed_at = now() - interval '5 months' where id = $1`,
		[placeIds[2]]
	);
});
afterAll(async () => {
	await db?.close();
});

describe('freshness reminders', () => {
	it('asks the owner of each entry unconfirmed for 6 months, once, across two instances', async () => {
		const counts = await Promise.all([
			sendFreshnessReminders(db, 'https://karte.example', mailer()),
			sendFreshnessReminders(db, 'https://karte.example', mailer())
		]);
		expect(counts[0] + counts[1]).toBe(2);
		expect(
			ours()
				.map((s) => s.link)
				.sort()
		).toEqual(
			placeIds
				.slice(0, 2)
				.map((id) => `https://karte.example/betrieb/eintrag/${id}`)
				.sort()
		);
		expect(ours()[0].subject).toMatch(/noch aktuell/);
		const rows = await db
			.as({ role: 'service_role' })
			.query<{ recipients: number }>(
				`select recipients from public.freshness_reminders where place_id = any ($1::uuid[])`,
				[placeIds]
			);
		expect(rows.map((r) => r.recipients)).toEqual([1, 1]);
	});

	it('does not remind again on the next run', async () => {
		const before = ours().length;
		expect(await sendFreshnessReminders(db, 'https://karte.example', mailer())).toBe(0);
		expect(ours().length).toBe(before);
	});

	it('a confirmation by the owner starts the next 6 months; 6 months later she is asked again', async () => {
		const system = db.as({ role: 'service_role' });
		const [{ owner }] = await system.query<{ owner: string }>(
			`select m.user_id::text as owner from public.organisation_members m
			   join public.places p on p.organisation_id = m.organisation_id where p.id = $1 limit 1`,
			[placeIds[0]]
		);
		const asOwner = db.as({
			sub: owner,
			role: 'authenticated',
			app_metadata: { roles: ['business'] }
		});
		await asOwner.query(`select private.confirm_place($1::uuid)`, [placeIds[0]]);
		const [fresh] = await system.query<{ age: number; status: string }>(
			`select extract(epoch from now() - confirmed_at)::int as age, status::text as status
			   from public.places where id = $1`,
			[placeIds[0]]
		);
		expect(fresh.age).toBeLessThan(60);
		expect(fresh.status).toBe('published');
		expect(await sendFreshnessReminders(db, 'https://karte.example', mailer())).toBe(0);
		// Half a year on (moved back in time): a new due date, so a new reminder.
		await system.query(
			`update public.places set confirmed_at = confirmed_at - interval '6 months 1 day' where id = $1`,
			[placeIds[0]]
		);
		expect(await sendFreshnessReminders(db, 'https://karte.example', mailer())).toBe(1);
	});
});
