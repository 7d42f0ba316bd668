import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import {
	countPageRequest,
	countUsage,
	flushUsage,
	pendingUsage
} from '../../src/lib/server/staff/usage/counter';
import { testDatabase } from './setup';

/** Anonymous usage figures: what a request counts, and that a flush adds it to the day's rows. */
let db: Database;
const today = () =>
	new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
const figure = async (metric: string, dimension: string) => {
	const [r] = await db
		.as({ role: 'service_role' })
		.query<{ n: number }>(
			`select coalesce(sum(n), 0)::int as n from public.usage_daily where day = $1::date and metric = $2 and dimension = $3`,
			[today(), metric, dimension]
		);
	return r.n;
};

beforeAll(async () => {
	db = await testDatabase();
});
afterAll(async () => {
	await db?.close();
});

describe('usage figures', () => {
	it('counts a map search per kind and quarter, the filters used and place pages', async () => {
		await flushUsage(db);
		const before = await figure('search', 'kind=vacancy;quarter=baumheide');
		const beforeFilter = await figure('filter', 'working_time');
		countPageRequest(
			'/',
			new URL('http://x/?kinds=vacancy,event&quarters=baumheide&working_time=part_time')
		);
		countPageRequest('/', new URL('http://x/')); // no filter: not a search
		countPageRequest('/ort/[id]', new URL('http://x/ort/abc'));
		countUsage('search', 'kind=vacancy;quarter=baumheide');
		// Anything that is not built from known values is dropped, never stored.
		countPageRequest('/', new URL('http://x/?kinds=<script>&q=Max%20Mustermann%20Weg%201'));
		countUsage('search', 'Max Mustermann, 192.168.0.1');
		const pending = pendingUsage();
		for (const key of pending.keys()) expect(key).not.toMatch(/Mustermann|192\.168|script/);
		await flushUsage(db);
		expect(pendingUsage().size).toBe(0);
		expect(await figure('search', 'kind=vacancy;quarter=baumheide')).toBe(before + 2);
		expect(await figure('filter', 'working_time')).toBe(beforeFilter + 1);
		expect(await figure('search', 'kind=event;quarter=baumheide')).toBeGreaterThan(0);
		expect(await figure('place_view', '')).toBeGreaterThan(0);
	});

	it('only staff read the figures', async () => {
		const staff = db.as({
			role: 'authenticated',
			sub: '00000000-0000-4000-8000-00000000aaaa',
			app_metadata: { roles: ['staff'] }
		});
		const coach = db.as({
			role: 'authenticated',
			sub: '00000000-0000-4000-8000-00000000bbbb',
			app_metadata: { roles: ['coach'] }
		});
		expect((await staff.query('select * from public.usage_daily')).length).toBeGreaterThan(0);
		expect(await coach.query('select * from public.usage_daily')).toEqual([]);
		await expect(db.as({ role: 'anon' }).query('select * from public.usage_daily')).rejects.toThrow(
			/permission/
		);
	});
});
