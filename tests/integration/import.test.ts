import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import {
	commitImport,
	getImportRun,
	ImportFailed,
	previewImport
} from '../../src/lib/server/staff/import/run';
import { testDatabase } from './setup';

/**
 * Imports against the real schema (DATABASE_URL or embedded PGlite), as a staff member: good and
 * bad files, duplicates offered for merge, all-or-nothing on a failure in the database, and who
 * may import at all (RLS). Every test uses names of its own, so the tests do not see each other.
 */
/**
 * Rows of the bulk import: 1,000 here (four batches of BATCH = 250; the database spends ~10 ms a
 * row in triggers, so 10,000 took 100–130 s of the suite on this machine and timed out under
 * load); `npm run bench:import` runs the same test with QK_IMPORT_ROWS=10000 and prints the times.
 */
const ROWS = Number(process.env.QK_IMPORT_ROWS) || 1_000;
let db: Database;
const staffId = '00000000-0000-4000-8000-00000000aaaa';
const staff = () =>
	db.as({
		role: 'authenticated',
		sub: staffId,
		email: 'import@example.test',
		app_metadata: { roles: ['staff'] }
	});
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const count = async (pattern: string) => {
	const [r] = await db
		.as({ role: 'service_role' })
		.query<{ n: number }>('select count(*)::int as n from public.places where title like $1', [
			pattern
		]);
	return r.n;
};

beforeAll(async () => {
	db = await testDatabase();
});
afterAll(async () => {
	await db
		.as({ role: 'service_role' })
		.query(
			`delete from public.places where organisation_id in (select id from public.organisations where name like '%Import-Test%') or title like 'ImpBulk %' or title like 'Lagerhelfer/in (m/w/d)' or title like 'Jobmesse Sennestadt' or title like 'Bewerbungscafé%' or title like 'Ladenlokal am Reichowplatz'`
		);
	await db.close();
});

describe('import', () => {
	it('previews a good Excel CSV, then writes every row in one go', async () => {
		const id = await previewImport(
			staff(),
			{ name: 'orte.csv', bytes: fixture('orte-excel-utf8-bom.csv') },
			{ targetStatus: 'published' }
		);
		const run = await getImportRun(staff(), id);
		expect(run?.report.errors).toEqual([]);
		expect(run?.report.creates).toBe(4);
		expect(await count('Ladenlokal am Reichowplatz')).toBe(0);
		const done = await commitImport(staff(), id, new Map());
		expect(done).toEqual({ created: 4, updated: 0 });
		const [fair] = await staff().query<{ starts_at: string; quarter_id: string; status: string }>(
			`select e.starts_at::text, p.quarter_id, p.status::text from public.places p
			   join public.event_details e on e.place_id = p.id where p.title = 'Jobmesse Sennestadt'`
		);
		expect(fair).toMatchObject({ quarter_id: 'sennestadt', status: 'published' });
		expect(new Date(fair.starts_at).toISOString()).toBe('2027-01-01T09:00:00.000Z');
		// Imported by a person: the audit log names the staff member.
		const [audit] = await staff().query<{ n: number }>(
			`select count(*)::int as n from public.audit_log where actor = $1 and table_name = 'places' and action = 'INSERT'`,
			[staffId]
		);
		expect(audit.n).toBeGreaterThanOrEqual(4);
		// A second confirmation writes nothing twice.
		await expect(commitImport(staff(), id, new Map())).rejects.toBeInstanceOf(ImportFailed);
	});

	it('offers the places of a second import of the same file for merge, and merges them', async () => {
		const id = await previewImport(
			staff(),
			{ name: 'orte.csv', bytes: fixture('orte-excel-windows-1252.csv') },
			{ targetStatus: 'published' }
		);
		const run = await getImportRun(staff(), id);
		expect(run?.encoding).toBe('windows-1252');
		expect(run?.report.existing.map((m) => [m.row, m.reason])).toEqual([
			[2, 'same_name_address'],
			[3, 'same_name_address'],
			[4, 'same_name_address'],
			[5, 'same_name_address']
		]);
		const done = await commitImport(staff(), id, new Map([[5, 'skip']]));
		expect(done).toEqual({ created: 0, updated: 3 });
		expect(await count('Lagerhelfer/in (m/w/d)')).toBe(1);
	});

	it('stores nothing from a file with three bad rows, and all of it once fixed', async () => {
		const id = await previewImport(
			staff(),
			{ name: 'fehler.csv', bytes: fixture('orte-3-fehler.csv') },
			{ targetStatus: 'pending' }
		);
		const run = await getImportRun(staff(), id);
		expect(run?.error_count).toBe(3);
		expect([...new Set(run?.report.errors.map((e) => e.row))]).toEqual([4, 6, 7]);
		await expect(commitImport(staff(), id, new Map())).rejects.toBeInstanceOf(ImportFailed);
		expect(await count('Verkäufer/in Bäckerei')).toBe(0);
		const fixed = await previewImport(
			staff(),
			{ name: 'fehler.csv', bytes: fixture('orte-3-fehler-korrigiert.csv') },
			{ targetStatus: 'pending' }
		);
		expect(await commitImport(staff(), fixed, new Map())).toEqual({ created: 7, updated: 0 });
		expect(await count('Verkäufer/in Bäckerei')).toBe(1);
		await db
			.as({ role: 'service_role' })
			.query(
				`delete from public.places where title in ('Verkäufer/in Bäckerei','Reinigungskraft','Fahrer/in','Offenes WLAN Stadtteilbibliothek','Info-Abend Ausbildung','Küchenhilfe','Migrationsberatung')`
			);
	});

	it('rolls everything back when the database refuses one row (nothing stored half)', async () => {
		const rows = ['Art;Titel;Breitengrad;Längengrad;Arbeitszeit;Stunden'];
		for (let i = 0; i < 600; i++) {
			const lat = (51.92 + (i % 30) * 0.001).toFixed(4).replace('.', ',');
			const lon = (8.55 + Math.floor(i / 30) * 0.001).toFixed(4).replace('.', ',');
			rows.push(`Stelle;ImpBulk Halb ${i};${lat};${lon};Teilzeit;20`);
		}
		const id = await previewImport(
			staff(),
			{ name: 'halb.csv', bytes: new TextEncoder().encode(rows.join('\r\n')) },
			{ targetStatus: 'pending' }
		);
		// Break row 452 after the check (as if the database changed meanwhile): hours beyond the constraint.
		await db
			.as({ role: 'service_role' })
			.query(
				`update public.import_runs set rows = jsonb_set(rows, '{450,details,hours_per_week}', '99') where id = $1`,
				[id]
			);
		const failure = await commitImport(staff(), id, new Map()).catch((e) => e);
		expect(failure).toBeInstanceOf(ImportFailed);
		expect(failure.error).toMatchObject({ row: 452, code: 'db_error' });
		expect(await count('ImpBulk Halb %')).toBe(0);
		expect((await getImportRun(staff(), id))?.report.commit_error?.row).toBe(452);
	});

	it('imports GeoJSON and HSDS', async () => {
		const geo = await previewImport(
			staff(),
			{ name: 'orte.geojson', bytes: fixture('orte.geojson') },
			{ targetStatus: 'published' }
		);
		expect((await getImportRun(staff(), geo))?.report.errors).toEqual([]);
		const hsds = await previewImport(
			staff(),
			{ name: 'hsds.json', bytes: fixture('hsds-services.json') },
			{ targetStatus: 'published' }
		);
		expect((await getImportRun(staff(), hsds))?.report.errors).toEqual([]);
		expect(await commitImport(staff(), hsds, new Map())).toEqual({ created: 2, updated: 0 });
		const [s] = await staff().query<{ cost: string; languages: string[]; organisation: string }>(
			`select d.cost::text, p.languages, o.name as organisation from public.places p
			   join public.service_details d on d.place_id = p.id join public.organisations o on o.id = p.organisation_id
			  where p.title = 'Schuldnerberatung im Quartier'`
		);
		expect(s).toEqual({
			cost: 'free',
			languages: ['de', 'ru'],
			organisation: 'Diakonie Import-Test'
		});
		await db
			.as({ role: 'service_role' })
			.query(
				`delete from public.places where title in ('Schuldnerberatung im Quartier','Sprachcafé Baumheide')`
			);
	});

	it('lets only staff import', async () => {
		const coach = db.as({
			role: 'authenticated',
			sub: '00000000-0000-4000-8000-00000000bbbb',
			app_metadata: { roles: ['coach'] }
		});
		await expect(
			previewImport(
				coach,
				{ name: 'orte.csv', bytes: fixture('orte-excel-utf8-bom.csv') },
				{ targetStatus: 'published' }
			)
		).rejects.toThrow(/row-level security|permission/);
		await expect(
			previewImport(
				db.as({ role: 'anon' }),
				{ name: 'orte.csv', bytes: fixture('orte-excel-utf8-bom.csv') },
				{ targetStatus: 'published' }
			)
		).rejects.toThrow(/permission/);
	});

	it(`imports ${ROWS.toLocaleString('en')} rows in one transaction`, async () => {
		const lines = ['Art;Titel;Beschreibung;Adresse;Breitengrad;Längengrad;Arbeitszeit;Gültig bis'];
		for (let i = 0; i < ROWS; i++) {
			const lat = (51.92 + (i % 100) * 0.0005).toFixed(5).replace('.', ',');
			const lon = (8.55 + Math.floor(i / 100) * 0.0005).toFixed(5).replace('.', ',');
			lines.push(
				`Stelle;ImpBulk Stelle Nr. ${i};"Zeile 1\nZeile 2";Teststraße ${i};${lat};${lon};Teilzeit;${46388 + (i % 300)}`
			);
		}
		const bytes = new Uint8Array([
			0xef,
			0xbb,
			0xbf,
			...new TextEncoder().encode(lines.join('\r\n'))
		]);
		const t0 = performance.now();
		const id = await previewImport(
			staff(),
			{ name: '10k.csv', bytes },
			{ targetStatus: 'published' }
		);
		const t1 = performance.now();
		const run = await getImportRun(staff(), id);
		expect(run?.report.errors).toEqual([]);
		let last = 0;
		const done = await commitImport(staff(), id, new Map(), (n) => (last = n));
		const t2 = performance.now();
		expect(done.created).toBe(ROWS);
		expect(last).toBe(ROWS);
		expect(await count('ImpBulk Stelle Nr. %')).toBe(ROWS);
		console.log(
			`[import] ${ROWS} rows: preview ${((t1 - t0) / 1000).toFixed(1)} s, commit ${((t2 - t1) / 1000).toFixed(1)} s (${db.kind})`
		);
	});
});
