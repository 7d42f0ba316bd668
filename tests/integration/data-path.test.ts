import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import { placesInBbox, placeDetail, quartersGeoJson } from '../../src/lib/server/places';
import { PROGRAMME_BBOX } from '../../src/lib/region';
import { testDatabase } from './setup';

let db: Database;

beforeAll(async () => {
	db = await testDatabase();
});
afterAll(async () => {
	await db?.close();
});

const staff = {
	role: 'authenticated' as const,
	sub: '00000000-0000-4000-8000-00000000aaaa',
	email: 'staff@example.org',
	app_metadata: { roles: ['staff' as const] }
};

describe('the data path', () => {
	it('runs each request under the caller role and claims', async () => {
		const [row] = await db
			.as({ role: 'anon' })
			.query<{ who: string; role: string | null; uid: string | null }>(
				'select current_user as who, auth.role() as role, auth.uid()::text as uid'
			);
		expect(row).toEqual({ who: 'anon', role: 'anon', uid: null });

		const [me] = await db
			.as(staff)
			.query<{ who: string; uid: string }>('select current_user as who, auth.uid()::text as uid');
		expect(me).toEqual({ who: 'authenticated', uid: staff.sub });
	});

	it('leaves no role or claims behind after the transaction', async () => {
		await db.as(staff).query('select 1');
		const rows = await db.transport.transaction((q) =>
			q.query<{ claims: string | null; who: string }>(
				"select nullif(current_setting('request.jwt.claims', true), '') as claims, current_user as who"
			)
		);
		expect(rows[0].claims).toBeNull();
		expect(rows[0].who).not.toBe('authenticated');
	});

	it('takes jsonb parameters the same way on both transports: JSON text or an object', async () => {
		const q = 'select $1::jsonb as j, jsonb_typeof($1::jsonb) as t';
		const anon = db.as({ role: 'anon' });
		const [fromText] = await anon.query<{ j: unknown; t: string }>(q, ['{"kinds":["vacancy"]}']);
		const [fromObject] = await anon.query<{ j: unknown; t: string }>(q, [{ kinds: ['vacancy'] }]);
		expect(fromText).toEqual({ j: { kinds: ['vacancy'] }, t: 'object' });
		expect(fromObject).toEqual(fromText);
	});

	it('refuses claims that would escape the three API roles', () => {
		expect(() => db.as({ role: 'postgres' } as never)).toThrow();
		expect(() => db.as({ role: 'authenticated' })).toThrow(/sub/);
		expect(() => db.as({ role: 'anon', sub: 'not-a-uuid' })).toThrow();
	});

	it('shows anon only published places, with the demo flag', async () => {
		const anon = db.as({ role: 'anon' });
		const [{ visible }] = await anon.query<{ visible: number }>(
			'select count(*)::int as visible from places'
		);
		const [{ total, published }] = await db.as({ role: 'service_role' }).query<{
			total: number;
			published: number;
		}>(
			`select count(*)::int as total,
			        count(*) filter (where status = 'published'
			          and (valid_through is null or valid_through >= current_date))::int as published
			   from places`
		);
		expect(published).toBeGreaterThanOrEqual(150);
		expect(total).toBeGreaterThan(published);
		expect(visible).toBe(published);

		const places = await placesInBbox(anon, PROGRAMME_BBOX);
		expect(places.length).toBeGreaterThanOrEqual(150);
		expect(places.every((p) => p.is_demo)).toBe(true);
		expect(new Set(places.map((p) => p.kind)).size).toBe(7);
	});

	it('shows signed-in callers the public map: no drafts, pending or expired entries', async () => {
		// Staff may read every row (RLS), but the map, its list and /api/places show what the
		// public sees unless `statuses` asks for more (20261202005900_map_shows_public_entries.sql).
		const publicIds = (await placesInBbox(db.as({ role: 'anon' }), PROGRAMME_BBOX, {}, 5000))
			.map((p) => p.id)
			.sort();
		const staffIds = (await placesInBbox(db.as(staff), PROGRAMME_BBOX, {}, 5000))
			.map((p) => p.id)
			.sort();
		expect(staffIds).toEqual(publicIds);
		const all = await placesInBbox(
			db.as(staff),
			PROGRAMME_BBOX,
			{ statuses: ['draft', 'pending', 'published', 'archived'] },
			5000
		);
		expect(all.length).toBeGreaterThan(publicIds.length);
	});

	it('filters through the SQL function', async () => {
		const anon = db.as({ role: 'anon' });
		const vacancies = await placesInBbox(anon, PROGRAMME_BBOX, {
			kinds: ['vacancy'],
			quarters: ['baumheide']
		});
		expect(vacancies.length).toBeGreaterThan(0);
		expect(vacancies.every((p) => p.kind === 'vacancy' && p.quarter_id === 'baumheide')).toBe(true);
	});

	it('rolls a failed transaction back completely and denies anon writes', async () => {
		const anon = db.as({ role: 'anon' });
		await expect(
			anon.query(
				`insert into places (kind, title, location, status)
				 values ('event', 'Anon-Eintrag', 'SRID=4326;POINT(8.58 51.95)', 'published')`
			)
		).rejects.toThrow(/row-level security|permission denied/);

		const service = db.as({ role: 'service_role' });
		await expect(
			service.tx(async (q) => {
				await q.query(
					`insert into places (kind, title, location, status, is_demo)
					 values ('event', 'Halb gespeichert', 'SRID=4326;POINT(8.58 51.95)', 'draft', true)`
				);
				await q.query('select 1/0');
			})
		).rejects.toThrow(/division by zero/);
		const left = await service.query("select 1 from places where title = 'Halb gespeichert'");
		expect(left).toHaveLength(0);
	});

	it('serves the quarters as GeoJSON with the three programme areas', async () => {
		const fc = await quartersGeoJson(db.as({ role: 'anon' }));
		expect(fc.features.map((f) => f.properties.id).sort()).toEqual([
			'baumheide',
			'sennestadt',
			'sieker-mitte'
		]);
		expect(fc.features.every((f) => f.geometry.type === 'MultiPolygon')).toBe(true);
	});

	it('gives details of a published place and nothing for a draft to anon', async () => {
		const anon = db.as({ role: 'anon' });
		const [published] = await placesInBbox(anon, PROGRAMME_BBOX, {}, 1);
		const detail = await placeDetail(anon, published.id);
		expect(detail?.title).toBe(published.title);

		const [draft] = await db
			.as({ role: 'service_role' })
			.query<{ id: string }>("select id from places where status = 'draft' limit 1");
		expect(draft).toBeDefined();
		expect(await placeDetail(anon, draft.id)).toBeNull();
	});
});
