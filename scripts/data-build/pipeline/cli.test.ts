import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TOWN_BBOX } from '../fixtures/town';

/** Runs `npm run data:build -- …` the way npm does, without npm's own output. */
function dataBuild(...args: string[]) {
	const r = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/data-build/index.ts', ...args],
		{ encoding: 'utf8' }
	);
	return { code: r.status, stderr: r.stderr };
}

const GRID = 'tests/fixtures/reach';
const TOWN = 'tests/fixtures/reach/town';
/** The address index goes here, not to the region's folder in the checkout (its default). */
const addressesOut = mkdtempSync(join(tmpdir(), 'qk-cli-addresses-'));
const town = (...extra: string[]) => [
	'--addresses-out',
	addressesOut,
	'--osm',
	`${TOWN}/town.osm.pbf`,
	'--gtfs',
	`${TOWN}/bus.zip`,
	'--licence',
	'CC-BY-4.0',
	'--gtfs',
	`${TOWN}/tram.zip`,
	'--publisher',
	'Musterbahn',
	'--date',
	'2026-12-01',
	'--bbox',
	TOWN_BBOX.join(','),
	'--no-quarter-check',
	...extra
];

/** An output folder that already holds a build (and a file of its own). */
function existingOut() {
	const root = mkdtempSync(join(tmpdir(), 'reach-'));
	const out = join(root, 'reach');
	mkdirSync(out);
	writeFileSync(join(out, 'manifest.json'), '{"old": true}\n');
	writeFileSync(join(out, 'README.txt'), 'kept\n');
	return { root, out };
}
const untouched = ({ root, out }: { root: string; out: string }) => {
	expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe('{"old": true}\n');
	expect(readdirSync(out).sort()).toEqual(['README.txt', 'manifest.json']);
	expect(readdirSync(root)).toEqual(['reach']); // no temporary folder left behind
};

describe('data:build CLI', () => {
	it('prints usage and exits 1 without arguments', () => {
		const r = dataBuild();
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/usage: npm run data:build -- --osm/);
	});

	it('builds two feeds into a fresh folder, readable, with progress and per-feed reports', () => {
		const dir = existingOut();
		writeFileSync(join(dir.out, 'transit-sunday.v1.bin'), 'an older build\n');
		const r = dataBuild(...town('--out', dir.out, '--accept-loss'));
		expect(r.stderr).toMatch(/feed bus: trips 154 of 154 kept/);
		expect(r.stderr).toMatch(
			/feed tram: trips 168 of 168 kept, 0 with interpolated times, 168 from frequencies/
		);
		expect(r.code).toBe(0);
		const manifest = JSON.parse(readFileSync(join(dir.out, 'manifest.json'), 'utf8'));
		expect(manifest).toMatchObject({
			formatVersion: 2,
			demo: false,
			serviceDate: '2026-12-01',
			model: 'street'
		});
		expect(manifest.sources.map((s: { attribution: string }) => s.attribution)).toEqual([
			'© OpenStreetMap contributors',
			'Fahrplandaten: Verkehrsverbund Muster, Fahrplanauskunft (CC BY 4.0)',
			'Fahrplandaten: Musterbahn'
		]);
		expect(readFileSync(join(dir.out, 'streets.v1.bin')).length).toBe(manifest.files.streets.bytes);
		expect(readFileSync(join(dir.out, 'transit.v1.bin')).length).toBe(manifest.files.transit.bytes);
		expect(readFileSync(join(dir.out, 'README.txt'), 'utf8')).toBe('kept\n');
		expect(statSync(dir.out).mode & 0o777).toBe(0o755);
		expect(readdirSync(dir.root)).toEqual(['reach']);
		// the Sunday after --date by default: the bus runs none that day, the tram's calendar
		// (calendar_dates only, one week) does not reach it, so no Sunday file, and a stale one
		// of an earlier build is not kept
		expect(manifest.sunday).toEqual({
			date: '2026-12-06',
			feeds: [
				expect.objectContaining({ name: 'bus', status: 'none', trips: 0 }),
				{ name: 'tram', status: 'no-data', trips: 0 }
			]
		});
		expect(manifest.files.sunday).toBeUndefined();
		expect(existsSync(join(dir.out, 'transit-sunday.v1.bin'))).toBe(false);
		expect(r.stderr).toMatch(
			/tram\.zip has no service on 2026-12-06 \(sunday\): its calendar runs from 2026-11-30 to 2026-12-04/
		);
		expect(r.stderr).toMatch(/no Sunday timetable \(a feed has no data for 2026-12-06\)/);
		expect(dataBuild(...town('--out', dir.out, '--sunday', '2026-12-07')).stderr).toMatch(
			/^data:build: --sunday 2026-12-07 is not a Sunday: pass a Sunday \(or --no-sunday\)$/m
		);
	});
});

describe('data:build refuses bad input with one clear line naming the file and the fix', () => {
	it('an OSM file that is not a PBF (OSM XML, random bytes)', () => {
		const dir = existingOut();
		let r = dataBuild(
			...town('--out', dir.out).map((a) => (a.endsWith('town.osm.pbf') ? `${TOWN}/town.osm` : a))
		);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/^data:build: town\.osm is OSM XML, not PBF: convert it \(osmium cat town\.osm -o out\.osm\.pbf\)/m
		);
		const junk = join(mkdtempSync(join(tmpdir(), 'junk-')), 'city.osm.pbf');
		writeFileSync(junk, 'this is not a protocol buffer at all, just text');
		r = dataBuild(...town('--out', dir.out).map((a) => (a.endsWith('town.osm.pbf') ? junk : a)));
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/^data:build: city\.osm\.pbf is not an OSM PBF file .*pass an OpenStreetMap extract in PBF format/m
		);
		untouched(dir);
	});

	it('a zip that is not GTFS', () => {
		const dir = existingOut();
		const notGtfs = join(tmpdir(), 'photos.zip');
		writeFileSync(
			notGtfs,
			zipSync({ 'readme.txt': strToU8('holiday photos'), 'a.jpg': new Uint8Array(10) })
		);
		const r = dataBuild(
			...town('--out', dir.out).map((a) => (a.endsWith('bus.zip') ? notGtfs : a))
		);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/^data:build: photos\.zip is not a GTFS feed: it lacks stops\.txt, routes\.txt, trips\.txt, stop_times\.txt, calendar\.txt or calendar_dates\.txt/m
		);
		untouched(dir);
	});

	it('a feed without service on the date', () => {
		const dir = existingOut();
		const r = dataBuild(
			...town('--out', dir.out).map((a) => (a === '2026-12-01' ? '2026-12-05' : a))
		);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/^data:build: bus\.zip has no service on 2026-12-05 \(saturday\): its calendar runs from 2026-01-01 to 2026-12-30; the nearest day with service is 2026-12-04 \(friday\)\. Pass --date/m
		);
		untouched(dir);
	});

	it('an extract that does not cover the region', () => {
		const dir = existingOut();
		const r = dataBuild(
			'--osm',
			`${GRID}/grid.osm.pbf`,
			'--gtfs',
			`${GRID}/gtfs.zip`,
			'--date',
			'2026-12-01',
			'--out',
			dir.out
		);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/^data:build: the OSM extract grid\.osm\.pbf does not cover Sennestadt .* or pass --no-quarter-check to build for another area$/m
		);
		untouched(dir);
	});

	it('a feed that loses more than 5 % of its stops, unless --accept-loss', () => {
		const dir = existingOut();
		const r = dataBuild(...town('--out', dir.out));
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/^data:build: feed bus loses 14\.3 % .* or pass --accept-loss to build anyway$/m
		);
		untouched(dir);
		expect(existsSync(join(dir.out, 'streets.v1.bin'))).toBe(false);
	});
});
