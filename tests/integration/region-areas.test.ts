import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import { loadRegionAreas, loadRegionLegalPages } from '../../src/lib/server/db/migrate';
import { testDatabase } from './setup';

/**
 * The quarters are reference data of the region: migrate() loads them from the region folder's
 * areas GeoJSON (not from SQL), before the demo data, and again when the file changes.
 */
let db: Database;
let dir: string;
const square = (lon: number, lat: number, d = 0.01) => ({
	type: 'Polygon',
	coordinates: [
		[
			[lon, lat],
			[lon + d, lat],
			[lon + d, lat + d],
			[lon, lat + d],
			[lon, lat]
		]
	]
});
const area = (id: string, lon: number, source = 'test') => ({
	type: 'Feature',
	properties: { id, name: `Testquartier ${id}`, approximate: true, source },
	geometry: square(lon, -40)
});
const writeAreas = (features: unknown[]) =>
	writeFileSync(
		join(dir, 'testland', 'static', 'data', 'quarters.geojson'),
		JSON.stringify({ type: 'FeatureCollection', features })
	);
const quarters = () =>
	db.transport.transaction((q) =>
		q.query<{ id: string; source: string; lon: number }>(
			`select id, source, round(st_xmin(boundary)::numeric, 3)::float8 as lon
			   from public.quarters where id like 'tq-%' order by id`
		)
	);

beforeAll(async () => {
	db = await testDatabase();
	dir = mkdtempSync(join(tmpdir(), 'qk-regions-'));
	mkdirSync(join(dir, 'testland', 'static', 'data'), { recursive: true });
	const config = JSON.parse(readFileSync('regions/bielefeld/region.json', 'utf8'));
	writeFileSync(
		join(dir, 'testland', 'region.json'),
		JSON.stringify({ ...config, id: 'testland' })
	);
});

afterAll(async () => {
	rmSync(dir, { recursive: true, force: true });
	await db?.close();
});

describe('quarters from the region folder', () => {
	it("the demo database has the Bielefeld region's quarters and places in them", async () => {
		const rows = await db.transport.transaction((q) =>
			q.query<{ id: string; n: number }>(
				`select q.id, count(p.id)::int as n from public.quarters q
				   left join public.places p on p.quarter_id = q.id group by q.id order by q.id`
			)
		);
		const file = JSON.parse(
			readFileSync('regions/bielefeld/static/data/quarters.geojson', 'utf8')
		) as { features: { properties: { id: string } }[] };
		expect(rows.map((r) => r.id)).toEqual(file.features.map((f) => f.properties.id).sort());
		expect(rows.every((r) => r.n > 0)).toBe(true);
	});

	it('loads a region file, skips it unchanged, loads it again when it changes', async () => {
		writeAreas([area('tq-nord', 170), area('tq-sued', 171)]);
		expect(await loadRegionAreas(db.transport, 'testland', dir)).toBe(true);
		expect(await quarters()).toEqual([
			{ id: 'tq-nord', source: 'test', lon: 170 },
			{ id: 'tq-sued', source: 'test', lon: 171 }
		]);
		expect(await loadRegionAreas(db.transport, 'testland', dir)).toBe(false);
		writeAreas([area('tq-nord', 172, 'redrawn'), area('tq-sued', 171)]);
		expect(await loadRegionAreas(db.transport, 'testland', dir)).toBe(true);
		expect((await quarters())[0]).toEqual({ id: 'tq-nord', source: 'redrawn', lon: 172 });
	});

	it('refuses a feature without its properties, naming the file', async () => {
		writeAreas([{ ...area('tq-ohne', 173), properties: { id: 'tq-ohne', name: 'Ohne' } }]);
		await expect(loadRegionAreas(db.transport, 'testland', dir)).rejects.toThrow(
			/testland\/static\/data\/quarters.geojson: every feature needs/
		);
		expect((await quarters()).map((q) => q.id)).not.toContain('tq-ohne');
	});
});

describe('legal pages from the region folder', () => {
	const legal = () =>
		db.transport.transaction((q) =>
			q.query<{ slug: string; title: string; body: string }>(
				`select slug, title, body from public.legal_pages where lang = 'de' order by slug`
			)
		);
	const writeLegal = (slug: string, text: string) => {
		mkdirSync(join(dir, 'testland', 'legal'), { recursive: true });
		writeFileSync(join(dir, 'testland', 'legal', `${slug}.de.md`), text);
	};

	it("the demo database has the Bielefeld region's texts, naming its quarters", async () => {
		const pages = await legal();
		expect(pages.map((p) => p.slug)).toEqual([
			'barrierefreiheit',
			'datenschutz',
			'impressum',
			'leichte-sprache'
		]);
		const easy = pages.find((p) => p.slug === 'leichte-sprache')!;
		expect(easy.body).toContain('- Sennestadt');
		expect(easy.body).toBe(
			readFileSync('regions/bielefeld/legal/leichte-sprache.de.md', 'utf8')
				.replace(/^# .+\n/, '')
				.trim()
		);
	});

	it("replaces texts nobody edited with another region's, never a staff member's text", async () => {
		const staff = '00000000-0000-4000-8000-00000000aaaa';
		await db.transport.transaction((q) =>
			q.query(
				`update public.legal_pages set body = 'Von uns geschrieben.', updated_by = $1
			          where slug = 'impressum' and lang = 'de'`,
				[staff]
			)
		);
		writeLegal('impressum', '# Impressum Testland\n\nAnbieter in Teststadt.\n');
		writeLegal('leichte-sprache', '# Leicht\r\n\r\nDie Karte zeigt Testquartiere.\r\n');
		expect(await loadRegionLegalPages(db.transport, 'testland', dir)).toBe(true);
		const pages = Object.fromEntries((await legal()).map((p) => [p.slug, p]));
		expect(pages['impressum'].body).toBe('Von uns geschrieben.');
		expect(pages['leichte-sprache']).toMatchObject({
			title: 'Leicht',
			body: 'Die Karte zeigt Testquartiere.'
		});
		expect(pages['leichte-sprache'].body).not.toContain('Sennestadt');
		expect(await loadRegionLegalPages(db.transport, 'testland', dir)).toBe(false);
	});

	it('refuses a region without legal pages or a file without a title, naming the fix', async () => {
		rmSync(join(dir, 'testland', 'legal'), { recursive: true, force: true });
		await expect(loadRegionLegalPages(db.transport, 'testland', dir)).rejects.toThrow(
			/regions\/testland\/legal\/: the region's default legal pages are missing/
		);
		writeLegal('impressum', 'Kein Titel\n');
		await expect(loadRegionLegalPages(db.transport, 'testland', dir)).rejects.toThrow(
			/impressum.de.md: expected <slug>.<lang>.md .* starting with "# Title"/
		);
	});

	it('every shipped region has all four pages, and only Bielefeld names Bielefeld', () => {
		for (const region of readdirSync('regions').filter((r) =>
			existsSync(join('regions', r, 'region.json'))
		)) {
			const files = readdirSync(join('regions', region, 'legal')).sort();
			// The four German pages always; translations of the statements beside them, named
			// <slug>.<lang>.md with a known page and language (Leichte Sprache is German only).
			expect(files.filter((f) => f.endsWith('.de.md'))).toEqual([
				'barrierefreiheit.de.md',
				'datenschutz.de.md',
				'impressum.de.md',
				'leichte-sprache.de.md'
			]);
			for (const f of files)
				expect(f).toMatch(
					/^(barrierefreiheit|datenschutz|impressum)\.(de|en|tr|ar|uk|ru)\.md$|^leichte-sprache\.de\.md$/
				);
			if (region === 'bielefeld') continue;
			for (const f of files) {
				expect(readFileSync(join('regions', region, 'legal', f), 'utf8')).not.toMatch(
					/Bielefeld|Sennestadt|Sieker|Baumheide|NRW|Nordrhein/
				);
			}
		}
	});
});
