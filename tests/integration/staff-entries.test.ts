import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, type Claims, type Database } from '../../src/lib/server/db';
import { renewEntryUntil, staffEntries, unpublishEntry } from '../../src/lib/server/staff/entries';
import { saveStaffEntry } from '../../src/lib/server/staff/entry-form';
import { moderationHistory } from '../../src/lib/server/business/entries';
import { formatDay, historyNote } from '../../src/lib/i18n/history';
import { ENTRY_PAGE_SIZE, parseEntryFilters } from '../../src/lib/staff/entry-filters';
import { ids, testDatabase } from './setup';

/* eslint-disable @typescript-eslint/no-explicit-any -- place_detail's JSON is read loosely here */
/**
 * Staff's list of every entry and the two staff changes (issue 15, item 0) on the seeded database,
 * under the callers' claims: the filters against independent counts as service_role, unpublish
 * and renew refused for a coach and a business, done for staff with the history written.
 */
let db: Database;
const staff: Claims = { role: 'authenticated', sub: ids.staff, app_metadata: { roles: ['staff'] } };
const coach: Claims = {
	role: 'authenticated',
	sub: '00000000-0000-4000-8000-00000000bbbb',
	app_metadata: { roles: ['coach'] }
};
const business: Claims = {
	role: 'authenticated',
	sub: '00000000-0000-4000-8000-00000000cccc',
	app_metadata: { roles: ['business'] }
};
const filters = (q: string) => parseEntryFilters(new URLSearchParams(q));
let vacancy: string;
let expired: string;

beforeAll(async () => {
	db = await testDatabase();
	const system = db.as({ role: 'service_role' });
	const rows = await system.query<{ id: string }>(
		`insert into public.places (kind, title, location, status, valid_through)
		 values ('vacancy', 'Eintragsliste Lagerhilfe 50%_x', 'SRID=4326;POINT(8.5859 51.9456)', 'published', current_date + 20),
		        ('support_service', 'Eintragsliste Schuldnerberatung', 'SRID=4326;POINT(8.5859 51.9456)', 'published', current_date - 3)
		 returning id`
	);
	[vacancy, expired] = rows.map((r) => r.id);
});
afterAll(async () => {
	await db?.close();
});

describe('staffEntries', () => {
	it('lists every entry of every status for staff, paginated', async () => {
		const system = db.as({ role: 'service_role' });
		const [{ n }] = await system.query<{ n: number }>(
			`select count(*)::int as n from public.places`
		);
		const first = await staffEntries(db.as(staff), filters(''));
		expect(first.total).toBe(n);
		expect(first.rows).toHaveLength(Math.min(n, ENTRY_PAGE_SIZE));
		expect(first.pages).toBe(Math.ceil(n / ENTRY_PAGE_SIZE));
		const last = await staffEntries(db.as(staff), filters(`seite=${first.pages}`));
		expect(last.rows).toHaveLength(n - (first.pages - 1) * ENTRY_PAGE_SIZE);
		const ids = new Set([...first.rows, ...last.rows].map((r) => r.id));
		expect(ids.size).toBe(first.rows.length + last.rows.length);
	});

	it('filters by kind, status (expired too), quarter and title', async () => {
		const system = db.as({ role: 'service_role' });
		const as = db.as(staff);
		const [{ n: drafts }] = await system.query<{ n: number }>(
			`select count(*)::int as n from public.places where status = 'draft' and kind = 'vacancy'`
		);
		expect((await staffEntries(as, filters('art=vacancy&status=draft'))).total).toBe(drafts);

		const exp = await staffEntries(as, filters('status=expired&art=support_service'));
		expect(exp.rows.map((r) => r.id)).toContain(expired);
		expect(exp.rows.every((r) => r.expired && r.status === 'published')).toBe(true);
		const pub = await staffEntries(as, filters('status=published&suche=Eintragsliste'));
		expect(pub.rows.map((r) => r.id)).toEqual([vacancy]);

		const [q] = await system.query<{ id: string; n: number }>(
			`select q.id, count(p.*)::int as n from public.quarters q
			   left join public.places p on st_intersects(q.boundary, p.location::geometry)
			  group by q.id order by n desc limit 1`
		);
		expect((await staffEntries(as, filters(`quartier=${q.id}`))).total).toBe(q.n);

		// % and _ are taken literally
		expect((await staffEntries(as, filters('suche=50%25_x'))).rows.map((r) => r.id)).toEqual([
			vacancy
		]);
		expect((await staffEntries(as, filters('suche=zz%25zz'))).total).toBe(0);
	});

	it('unknown filter values fall back to all; others see only their rows', async () => {
		const all = await staffEntries(db.as(staff), filters(''));
		expect((await staffEntries(db.as(staff), filters('art=rocket&status=x&seite=-4'))).total).toBe(
			all.total
		);
		// The list runs under the caller's claims: a coach sees no expired entries.
		const other = await staffEntries(db.as(coach), filters('status=expired'));
		expect(other.total).toBe(0);
	});
});

describe('unpublish and renew', () => {
	it('a coach, a business and anon are refused; nothing changes', async () => {
		for (const who of [coach, business, ANON]) {
			expect(await unpublishEntry(db.as(who), vacancy, 'Stelle besetzt')).toEqual({
				ok: false,
				reason: 'refused'
			});
			expect(await renewEntryUntil(db.as(who), expired, '2099-01-01')).toEqual({
				ok: false,
				reason: 'refused'
			});
		}
		const [row] = await db
			.as({ role: 'service_role' })
			.query<{ status: string }>(`select status::text from public.places where id = $1`, [vacancy]);
		expect(row.status).toBe('published');
	});

	it('staff unpublish with a reason: off the public list, history says why', async () => {
		expect(await unpublishEntry(db.as(staff), vacancy, '  ')).toEqual({
			ok: false,
			reason: 'state'
		});
		expect(await unpublishEntry(db.as(staff), vacancy, 'Laut Anruf besetzt.')).toEqual({
			ok: true
		});
		const seen = await db.as(ANON).query(`select id from public.places where id = $1`, [vacancy]);
		expect(seen).toHaveLength(0);
		const [ev] = await db
			.as(staff)
			.query<{ decision: string; comment: string; actor: string }>(
				`select decision::text, comment, actor from public.moderation_events where place_id = $1`,
				[vacancy]
			);
		expect(ev).toEqual({
			decision: 'unpublished',
			comment: 'Laut Anruf besetzt.',
			actor: ids.staff
		});
		const list = await staffEntries(db.as(staff), filters('status=archived&suche=Lagerhilfe'));
		expect(list.rows[0].last_comment).toBe('Laut Anruf besetzt.');
		expect(await unpublishEntry(db.as(staff), vacancy, 'Nochmal')).toEqual({
			ok: false,
			reason: 'state'
		});
	});

	it('staff renew an expired entry to a chosen date; it is public again', async () => {
		const [{ d }] = await db
			.as({ role: 'service_role' })
			.query<{ d: string }>(`select (current_date + 45)::text as d`);
		expect(await renewEntryUntil(db.as(staff), expired, '2000-01-01')).toEqual({
			ok: false,
			reason: 'state'
		});
		expect(await renewEntryUntil(db.as(staff), expired, d)).toEqual({ ok: true, until: d });
		const seen = await db
			.as(ANON)
			.query<{ valid_through: string }>(
				`select valid_through::text from public.places where id = $1`,
				[expired]
			);
		expect(seen).toEqual([{ valid_through: d }]);

		// The history line is a key with the date, worded in the reader's language.
		const [line] = await moderationHistory(db.as(staff), expired);
		expect(line).toMatchObject({
			decision: 'renewed',
			comment: null,
			message_key: 'valid_until',
			message_params: { date: d }
		});
		const [y, mo, day] = d.split('-');
		expect(historyNote(line, 'de')).toBe(`gültig bis ${day}.${mo}.${y}`);
		expect(historyNote(line, 'en')).toBe(`valid until ${formatDay(d, 'en')}`);
		expect(historyNote(line, 'en')).not.toContain(`${day}.${mo}.`);
	});
});

describe('saveStaffEntry', () => {
	const service = {
		type: 'support_service' as const,
		data: {
			title: 'Eintragsliste Mieterberatung',
			description: 'Hilfe bei Nebenkostenabrechnungen.',
			location_query: '',
			address: 'Elbeallee 5',
			contact_name: '',
			contact_email: 'mieter@example.org',
			contact_phone: '',
			valid_through: '',
			fax: '',
			website: 'https://mieter.example.org',
			opening_hours: 'Mo 10:00-12:00',
			languages: ['de', 'tr'] as ('de' | 'tr')[],
			step_free_entrance: 'yes' as const,
			accessible_toilet: 'yes' as const,
			eligibility: 'Mieterinnen und Mieter im Quartier',
			cost: 'free' as const,
			fees_description: '',
			required_documents: 'Mietvertrag\n\nAbrechnung ',
			application_process: '',
			appointment_needed: true
		} as any // the translation fields (tr_*) are left out: none given
	};
	const where = { lon: 8.5859, lat: 51.9456 };

	it('staff create a support service: published, with details, approval recorded', async () => {
		const saved = await saveStaffEntry(db.as(staff), {
			entry: service,
			location: where,
			publish: true
		});
		expect(saved).toMatchObject({ published: true, has_organisation: false });
		const id = saved!.id;
		const [pub] = await db
			.as(ANON)
			.query<Record<string, unknown>>(`select public.place_detail($1) as d`, [id]);
		const d = pub.d as Record<string, any>;
		expect(d.status).toBe('published');
		expect(d.organisation_id).toBeNull();
		expect(d.wheelchair).toBe('yes');
		expect(d.languages).toEqual(['de', 'tr']);
		expect(d.opening_hours).toBe('Mo 10:00-12:00');
		expect(d.details.required_documents).toEqual(['Mietvertrag', 'Abrechnung']);
		expect(d.details.appointment_needed).toBe(true);
		const events = await db
			.as(staff)
			.query<{ decision: string; actor: string; comment: string | null; message_key: string }>(
				`select decision::text, actor, comment, message_key from public.moderation_events
				  where place_id = $1`,
				[id]
			);
		expect(events).toEqual([
			{ decision: 'approved', actor: ids.staff, comment: null, message_key: 'staff_created' }
		]);

		// An edit ("save", no publish) keeps it published and records no second approval.
		const again = await saveStaffEntry(db.as(staff), {
			id,
			entry: { ...service, data: { ...service.data, cost: 'reduced' as const } },
			location: where,
			publish: false
		});
		expect(again).toEqual({ id, published: false, has_organisation: false });
		const [row] = await db
			.as(ANON)
			.query<{ cost: string }>(
				`select cost::text from public.service_details where place_id = $1`,
				[id]
			);
		expect(row.cost).toBe('reduced');
		const count = await db
			.as(staff)
			.query(`select 1 from public.moderation_events where place_id = $1`, [id]);
		expect(count).toHaveLength(1);
	});

	it('"save" keeps the status (new: draft), only "publish" publishes and records it', async () => {
		const draft = { ...service, data: { ...service.data, title: 'Eintragsliste Entwurf' } };
		const first = await saveStaffEntry(db.as(staff), {
			entry: draft,
			location: where,
			publish: false
		});
		expect(first?.published).toBe(false);
		const id = first!.id;
		const state = async () => {
			const [row] = await db.as(staff).query<{ status: string; events: string[] | null }>(
				`select p.status::text, (select array_agg(e.decision::text) from public.moderation_events e
					   where e.place_id = p.id) as events from public.places p where p.id = $1`,
				[id]
			);
			return row;
		};
		expect(await state()).toEqual({ status: 'draft', events: null });
		await saveStaffEntry(db.as(staff), { id, entry: draft, location: where, publish: false });
		expect(await state()).toEqual({ status: 'draft', events: null });
		const anon = await db.as(ANON).query(`select 1 from public.places where id = $1`, [id]);
		expect(anon).toHaveLength(0);
		const published = await saveStaffEntry(db.as(staff), {
			id,
			entry: draft,
			location: where,
			publish: true
		});
		expect(published).toEqual({ id, published: true, has_organisation: false });
		expect(await state()).toEqual({ status: 'published', events: ['approved'] });
	});

	it('a business or a coach cannot create one, nor take over a staff entry', async () => {
		for (const who of [business, coach]) {
			await expect(
				saveStaffEntry(db.as(who), { entry: service, location: where, publish: true })
			).rejects.toMatchObject({ code: '42501' });
		}
		const [{ id }] = await db
			.as({ role: 'service_role' })
			.query<{ id: string }>(
				`select id from public.places where title = 'Eintragsliste Mieterberatung'`
			);
		expect(
			await saveStaffEntry(db.as(coach), { id, entry: service, location: where, publish: false })
		).toBeNull();
	});
});
