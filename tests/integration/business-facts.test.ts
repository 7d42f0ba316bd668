import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claims, Database } from '../../src/lib/server/db';
import { embeddedProvider } from '../../src/lib/server/auth/embedded';
import { saveEntry } from '../../src/lib/server/business/entries';
import { decide } from '../../src/lib/server/business/moderation';
import { mailDecision } from '../../src/lib/server/business/decision-mails';
import { pinAddressMismatch } from '../../src/lib/server/business/location';
import { vacancySchema } from '../../src/lib/business/schemas';
import { testDatabase } from './setup';

/**
 * Issue 13, point 5: what a business enters reaches the map's filters (languages, wheelchair,
 * opening hours), the pin is checked against the address text (warning over 300 m), and the
 * business gets the moderation decision by mail through the embedded provider's outbox.
 * Through the server's own functions, under the callers' claims.
 */
let db: Database;
let userId: string;
let orgId: string;
const email = `facts-${Date.now()}@example.test`;
const address = `Elbeallee ${Date.now() % 1000}`;
// At the stop "Sennestadt Alsterweg"-ish, in Sennestadt.
const home = { lon: 8.5845, lat: 51.9432 };

const staff: Claims = {
	role: 'authenticated',
	sub: '00000000-0000-4000-8000-00000000aaaa',
	app_metadata: { roles: ['staff'] }
};
const business = () =>
	db.as({ role: 'authenticated', sub: userId, app_metadata: { roles: ['business'] } });

beforeAll(async () => {
	db = await testDatabase();
	const [user] = await db.transport.transaction((q) =>
		q.query<{ id: string }>(`insert into auth.users (email) values ($1) returning id`, [email])
	);
	userId = user.id;
	const system = db.as({ role: 'service_role' });
	const [org] = await system.query<{ id: string }>(
		`insert into public.organisations (name, kind, address, location)
		 values ('Fakten-Test GmbH', 'employer', $1, st_point($2, $3, 4326)::geography) returning id`,
		[address, home.lon, home.lat]
	);
	orgId = org.id;
	await system.query(
		`insert into public.organisation_members (organisation_id, user_id, member_role) values ($1, $2, 'owner')`,
		[orgId, userId]
	);
});
afterAll(async () => {
	await db
		?.as({ role: 'service_role' })
		.query('delete from public.organisations where id = $1', [orgId]);
	await db?.transport.transaction((q) => q.query('delete from auth.users where id = $1', [userId]));
	await db?.close();
});

function vacancy(extra: Record<string, unknown>) {
	const valid = new Date(Date.now() + 20 * 864e5).toISOString().slice(0, 10);
	return vacancySchema.parse({
		title: 'Reinigungskraft (m/w/d) Fakten-Test',
		how_to_apply: 'Anrufen oder vorbeikommen.',
		valid_through: valid,
		address,
		...extra
	});
}

describe('pin against address', () => {
	it('warns when the pin lies more than 300 m from the address text, not when near', async () => {
		const s = db.as(staff);
		expect(await pinAddressMismatch(s, address, home)).toBeNull();
		// 150 m east: still the same address.
		expect(
			await pinAddressMismatch(s, address, { lon: home.lon + 0.0022, lat: home.lat })
		).toBeNull();
		// Baumheide is kilometres away.
		const far = await pinAddressMismatch(s, address, { lon: 8.578, lat: 52.05 });
		expect(far?.label).toBe(address);
		expect(far!.metres).toBeGreaterThan(10_000);
		// "…, 33689 Bielefeld" still names the known address.
		const withPostcode = await pinAddressMismatch(s, `${address}, 33689 Bielefeld`, {
			lon: home.lon,
			lat: home.lat + 0.0045
		});
		expect(withPostcode?.metres).toBeGreaterThan(450);
		expect(withPostcode!.metres).toBeLessThan(550);
		// An address the lookup does not know cannot be checked.
		expect(await pinAddressMismatch(s, 'Nirgendwostraße 99', home)).toBeNull();
	});
});

describe('an entry with languages, access and hours', () => {
	let placeId: string;

	it('is stored with the filter fields, and approval mails the business', async () => {
		const data = vacancy({
			languages: ['de', 'ar'],
			step_free_entrance: 'yes',
			accessible_toilet: 'no',
			opening_hours: 'Mo-Fr 08:00-16:00',
			tr_ar_title: 'عامل/ة تنظيف',
			tr_en_description: 'Cleaning offices in the morning.',
			easy_german: 'Sie putzen Büros. Morgens.'
		});
		const id = await saveEntry(business(), {
			organisationId: orgId,
			entry: { type: 'vacancy', data },
			location: home,
			submit: true
		});
		expect(id).toBeTruthy();
		placeId = id!;
		const [row] = await db.as({ role: 'service_role' }).query<{
			languages: string[];
			wheelchair: string;
			opening_hours: string;
			tags: string[];
			translations: unknown;
			easy_german: string;
		}>(
			`select languages, wheelchair::text, opening_hours, tags, translations, easy_german
			   from public.places where id = $1`,
			[placeId]
		);
		expect(row.translations).toEqual({
			ar: { title: 'عامل/ة تنظيف' },
			en: { description: 'Cleaning offices in the morning.' }
		});
		expect(row.easy_german).toBe('Sie putzen Büros. Morgens.');
		expect(row.languages).toEqual(['de', 'ar']);
		expect(row.wheelchair).toBe('limited');
		expect(row.opening_hours).toBe('Mo-Fr 08:00-16:00');
		expect(row.tags).toEqual([
			'a11y:entrance.isLevel=true',
			'a11y:restroom.isAccessibleWithWheelchair=false'
		]);

		const provider = embeddedProvider(async () => db);
		expect(await decide(db.as(staff), placeId, 'approved', '')).toBe(true);
		expect(
			await mailDecision(db.as(staff), placeId, 'approved', '', 'https://karte.example', provider)
		).toBe(1);
		const outbox = await db.transport.transaction((q) =>
			q.query<{ subject: string; body: string; link: string; kind: string }>(
				`select subject, body, link, kind from auth.outbox where to_email = $1 order by id`,
				[email]
			)
		);
		expect(outbox).toHaveLength(1);
		expect(outbox[0].kind).toBe('entry_approved');
		expect(outbox[0].subject).toContain('freigegeben');
		expect(outbox[0].link).toBe(`https://karte.example/ort/${placeId}`);

		// On the public map under the Arabic and the wheelchair filter.
		const anon = db.as({ role: 'anon' });
		const hits = await anon.query<{ id: string }>(
			`select id from public.places where id = $1 and status = 'published'
			   and languages && '{ar}' and wheelchair in ('yes', 'limited')`,
			[placeId]
		);
		expect(hits).toHaveLength(1);
	});

	it('a send-back mails the comment and the link to edit', async () => {
		await saveEntry(business(), {
			id: placeId,
			organisationId: orgId,
			entry: { type: 'vacancy', data: vacancy({ languages: ['de', 'ar', 'tr'] }) },
			location: home,
			submit: true
		});
		const comment = 'Bitte den Stundenlohn angeben.';
		expect(await decide(db.as(staff), placeId, 'returned', comment)).toBe(true);
		const provider = embeddedProvider(async () => db);
		expect(
			await mailDecision(
				db.as(staff),
				placeId,
				'returned',
				comment,
				'https://karte.example',
				provider
			)
		).toBe(1);
		const [mail] = await db.transport.transaction((q) =>
			q.query<{ body: string; link: string; kind: string }>(
				`select body, link, kind from auth.outbox where to_email = $1 order by id desc limit 1`,
				[email]
			)
		);
		expect(mail.kind).toBe('entry_returned');
		expect(mail.body).toContain(comment);
		expect(mail.link).toBe(`https://karte.example/betrieb/eintrag/${placeId}`);
		// Access details not given this time: no access tags, wheelchair unknown.
		const [row] = await db
			.as({ role: 'service_role' })
			.query<{ wheelchair: string; tags: string[] }>(
				`select wheelchair::text, tags from public.places where id = $1`,
				[placeId]
			);
		expect(row).toEqual({ wheelchair: 'unknown', tags: [] });
	});
});
