import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import { jobsFromV4, jobsFromV6, nearQuarters } from '../../src/lib/server/staff/ba/jobsuche';
import { baConfig, syncBaJobs } from '../../src/lib/server/staff/ba/sync';
import { testDatabase } from './setup';

/** The BA job-search adapter on recorded-shape v4 and v6 answers (tests/fixtures/ba/README.md). */
const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/ba/${name}`, 'utf8'));
const empty = { stellenangebote: [], ergebnisliste: [] };

/** A fetch function answering from the fixtures by the URL's version and working time. */
function recorded(answers: Record<string, unknown>, calls: string[] = []) {
	return async (url: string, init?: { headers?: Record<string, string> }) => {
		calls.push(url);
		expect(init?.headers?.['X-API-Key']).toBe('test-client-id');
		const u = new URL(url);
		const key = `${u.pathname.split('/')[4]}:${u.searchParams.get('arbeitszeit')}:${u.searchParams.get('page')}`;
		return new Response(JSON.stringify(answers[key] ?? empty), {
			headers: { 'content-type': 'application/json' }
		});
	};
}

let db: Database;
beforeAll(async () => {
	db = await testDatabase();
});
afterAll(async () => {
	await db
		.as({ role: 'service_role' })
		.query(`delete from public.places where 'source:ba-jobsuche' = any (tags)`);
	await db?.close();
});

describe('BA job search adapter', () => {
	it('reads v4 and v6 answers into the same fields, with a link back to the ad', () => {
		const v4 = jobsFromV4(fixture('v4-jobs-vollzeit.json'), 'full_time');
		expect(v4[0]).toEqual({
			ref: '10000-1201234567-S',
			title: 'Fachkraft für Lagerlogistik (m/w/d) in Vollzeit',
			employer: 'Spedition Sennetal GmbH',
			street: 'Fuggerstraße 12',
			postcode: '33689',
			city: 'Bielefeld',
			lat: 51.94312,
			lon: 8.59501,
			published: '2026-11-24',
			startDate: '2027-01-01',
			url: 'https://karriere.spedition-sennetal.example/jobs/4711',
			workingTime: 'full_time'
		});
		expect(v4[1].url).toBe('https://www.arbeitsagentur.de/jobsuche/jobdetail/10001-1009876543-S');
		const v6 = jobsFromV6(fixture('v6-jobs-teilzeit.json'), 'part_time');
		expect(v6.map((j) => [j.ref, j.title, j.employer, j.lat])).toEqual([
			[
				'10000-1208765432-S',
				'Verkäufer/in Bäckerei (m/w/d) Teilzeit, 20 Std.',
				'Backstube am Reichowplatz GmbH',
				51.94431
			],
			[
				'10000-1207654321-S',
				'Reinigungskraft (m/w/d) Teilzeit vormittags',
				'Gebäudeservice Sieker GmbH',
				52.00841
			],
			['10000-1206543210-S', 'Pflegehelfer/in (m/w/d) Teilzeit', 'Pflegedienst Mitte', null]
		]);
		expect([...v4, ...v6].filter(nearQuarters).map((j) => j.ref)).toEqual([
			'10000-1201234567-S',
			'12265-338127_JB4086933-S',
			'10000-1208765432-S',
			'10000-1207654321-S'
		]);
	});

	it('is off by default', () => {
		expect(baConfig()).toBeNull();
	});

	it('stores the ads near the quarters, updates them, and expires them with the source', async () => {
		const calls: string[] = [];
		const v4 = recorded({ 'v4:vz:1': fixture('v4-jobs-vollzeit.json') }, calls);
		const first = await syncBaJobs(db, v4, { clientId: 'test-client-id', version: 'v4' });
		expect(first).toEqual({ fetched: 3, near: 2, created: 2, updated: 0, expired: 0 });
		expect(
			calls.every((u) =>
				u.startsWith('https://rest.arbeitsagentur.de/jobboerse/jobsuche-service/pc/v4/jobs?')
			)
		).toBe(true);
		const [row] = await db.as({ role: 'anon' }).query<{
			title: string;
			website: string;
			working_time: string;
			quarter_id: string;
			tags: string[];
		}>(
			`select p.title, p.website, v.working_time::text, p.quarter_id, p.tags from public.places p
			   join public.vacancy_details v on v.place_id = p.id where p.title = 'Elektroniker/in Energie- und Gebäudetechnik'`
		);
		expect(row).toEqual({
			title: 'Elektroniker/in Energie- und Gebäudetechnik',
			website: 'https://www.arbeitsagentur.de/jobsuche/jobdetail/12265-338127_JB4086933-S',
			working_time: 'full_time',
			quarter_id: 'baumheide',
			tags: ['source:ba-jobsuche']
		});
		// The newer API (v6) in the next run: the v4 ads are gone from the source, so they expire.
		const v6 = recorded({ 'v6:tz:1': fixture('v6-jobs-teilzeit.json') });
		const second = await syncBaJobs(db, v6, { clientId: 'test-client-id', version: 'v6' });
		expect(second).toEqual({ fetched: 3, near: 2, created: 2, updated: 0, expired: 2 });
		const visible = await db
			.as({ role: 'anon' })
			.query<{ title: string }>(
				`select title from public.places where 'source:ba-jobsuche' = any (tags) order by title`
			);
		expect(visible.map((v) => v.title)).toEqual([
			'Reinigungskraft (m/w/d) Teilzeit vormittags',
			'Verkäufer/in Bäckerei (m/w/d) Teilzeit, 20 Std.'
		]);
		// Same answer again: updated, nothing new, nothing expired.
		expect(await syncBaJobs(db, v6, { clientId: 'test-client-id', version: 'v6' })).toEqual({
			fetched: 3,
			near: 2,
			created: 0,
			updated: 2,
			expired: 0
		});
	});

	it('changes nothing when the source fails', async () => {
		const failing = async () => new Response('Service Unavailable', { status: 503 });
		await expect(
			syncBaJobs(db, failing, { clientId: 'test-client-id', version: 'v6' })
		).rejects.toThrow(/HTTP 503/);
		const [n] = await db
			.as({ role: 'anon' })
			.query<{ n: number }>(
				`select count(*)::int as n from public.places where 'source:ba-jobsuche' = any (tags)`
			);
		expect(n.n).toBe(2);
	});
});
