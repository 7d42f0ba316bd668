import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ANON, type Claims, type Database } from '../../src/lib/server/db';
import { dashboardCsv, dashboardFigures } from '../../src/lib/server/staff/dashboard';
import { ids, testDatabase } from './setup';

/**
 * The staff dashboard's figures (issue 15, item 6) on the seeded database, each checked by an
 * independent query as service_role (quarters by the boundary polygons rather than quarter_id,
 * ages computed in JavaScript), after adding a few entries whose figures are known.
 */
let db: Database;
const staffClaims: Claims = {
	role: 'authenticated',
	sub: ids.staff,
	app_metadata: { roles: ['staff'] }
};
const coachClaims: Claims = {
	role: 'authenticated',
	sub: '00000000-0000-4000-8000-00000000bbbb',
	app_metadata: { roles: ['coach'] }
};

beforeAll(async () => {
	db = await testDatabase();
	const system = db.as({ role: 'service_role' });
	// Two entries waiting: submitted 3 days and 1 day ago; one expiring in 5 days; one import.
	const [a, b] = await system.query<{ id: string }>(
		`insert into public.places (kind, title, location, status)
		 values ('vacancy', 'Dashboard wartet lange', 'SRID=4326;POINT(8.5859 51.9456)', 'pending'),
		        ('vacancy', 'Dashboard wartet kurz', 'SRID=4326;POINT(8.5859 51.9456)', 'pending')
		 returning id`
	);
	await system.query(
		`insert into public.moderation_events (place_id, decision, actor, created_at)
		 values ($1, 'submitted', $3, now() - interval '3 days'), ($2, 'submitted', $3, now() - interval '1 day')`,
		[a.id, b.id, ids.staff]
	);
	await system.query(
		`insert into public.places (kind, title, location, status, valid_through)
		 values ('event', 'Dashboard läuft bald ab', 'SRID=4326;POINT(8.5859 51.9456)', 'published', current_date + 5)`
	);
	await system.query(
		`insert into public.import_runs (created_by, file_name, format, encoding, status, row_count, error_count, created_count, updated_count)
		 values ($1, 'dashboard.csv', 'csv', 'utf-8', 'committed', 12, 0, 10, 2)`,
		[ids.staff]
	);
});
afterAll(async () => {
	await db?.close();
});

describe('staff dashboard figures', () => {
	it('count published entries per quarter and kind as the quarter polygons do', async () => {
		const f = await dashboardFigures(db.as(staffClaims));
		const check = await db
			.as({ role: 'service_role' })
			.query<{ q: string; kind: string; n: number }>(
				`select q.id as q, p.kind::text as kind, count(*)::int as n
			   from public.places p join public.quarters q
			     on st_intersects(q.boundary, p.location::geometry)
			  where p.status = 'published' and coalesce(p.valid_through, current_date) >= current_date
			  group by q.id, p.kind`
			);
		expect(check.length).toBeGreaterThan(3);
		for (const c of check) {
			const mine = f.quarters.find((r) => r.quarter_id === c.q && r.kind === c.kind);
			expect(mine?.n, `${c.q}/${c.kind}`).toBe(c.n);
		}
		const [all] = await db
			.as({ role: 'service_role' })
			.query<{ n: number }>(
				`select count(*)::int as n from public.places where status = 'published' and coalesce(valid_through, current_date) >= current_date`
			);
		expect(f.quarters.reduce((s, r) => s + r.n, 0)).toBe(all.n);
		// Over time: the last month's running totals add up to everything published now.
		const lastTotal = new Map<string, number>();
		for (const r of f.months) lastTotal.set(r.kind, r.total);
		expect([...lastTotal.values()].reduce((s, n) => s + n, 0)).toBe(all.n);
		expect(f.months.reduce((s, r) => s + r.added, 0)).toBe(all.n);
	});

	it('queue size and age, expiring, stale, imports, usage', async () => {
		const f = await dashboardFigures(db.as(staffClaims));
		const system = db.as({ role: 'service_role' });
		const [pending] = await system.query<{ n: number }>(
			`select count(*)::int as n from public.places where status = 'pending'`
		);
		expect(f.queue.waiting).toBe(pending.n);
		expect(f.queue.waiting).toBeGreaterThanOrEqual(2);
		expect(f.queue.oldest_hours).toBeGreaterThanOrEqual(72 - 0.1);
		expect(f.queue.median_hours).toBeLessThanOrEqual(f.queue.oldest_hours!);
		expect(f.expiring.map((r) => r.title)).toContain('Dashboard läuft bald ab');
		for (const r of f.expiring) {
			const days = (Date.parse(r.valid_through) - Date.now()) / 86400e3;
			expect(days).toBeGreaterThan(-1.1);
			expect(days).toBeLessThanOrEqual(14);
		}
		const [stale] = await system.query<{ n: number }>(
			`select count(*)::int as n from public.places where status = 'published'
			   and coalesce(valid_through, current_date) >= current_date
			   and confirmed_at < now() - interval '6 months'`
		);
		expect(f.stale.reduce((s, r) => s + r.n, 0)).toBe(stale.n);
		expect(f.imports[0]).toMatchObject({
			file_name: 'dashboard.csv',
			row_count: 12,
			created_count: 10
		});
		const [usage] = await system.query<{ n: number }>(
			`select coalesce(sum(n), 0)::int as n from public.usage_daily where day > current_date - 30`
		);
		expect(f.usage.reduce((s, r) => s + r.n, 0)).toBe(usage.n);
	});

	it('CSV: one row per figure with the licence line', async () => {
		const f = await dashboardFigures(db.as(staffClaims));
		const rows = parse(dashboardCsv(f, 'quarters'), {
			bom: true,
			delimiter: ';',
			columns: true
		}) as Record<string, string>[];
		expect(rows.length).toBe(f.quarters.length);
		expect(rows[0].licence).toMatch(/Datenlizenz Deutschland/);
		const queue = parse(dashboardCsv(f, 'queue'), { bom: true, delimiter: ';', columns: true });
		expect(queue).toHaveLength(1);
	});

	it('others see nothing of the work figures', async () => {
		const coach = await dashboardFigures(db.as(coachClaims));
		expect(coach.queue.waiting).toBe(0);
		expect(coach.imports).toEqual([]);
		expect(coach.usage).toEqual([]);
		await expect(dashboardFigures(db.as(ANON))).rejects.toThrow();
	});
});
