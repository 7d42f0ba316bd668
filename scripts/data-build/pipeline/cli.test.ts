import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run data:build -- …` the way npm does, without npm's own output. */
function dataBuild(...args: string[]) {
	const r = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/data-build/index.ts', ...args],
		{
			encoding: 'utf8'
		}
	);
	return { code: r.status, stderr: r.stderr };
}

const FIX = 'tests/fixtures/reach';

describe('data:build CLI', () => {
	it('prints usage and exits 1 without arguments', () => {
		const r = dataBuild();
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/usage: npm run data:build -- --osm/);
	});

	it('exits 1 with one clear line for an extract outside the quarters', () => {
		const out = mkdtempSync(join(tmpdir(), 'reach-'));
		const r = dataBuild(
			'--osm',
			`${FIX}/grid.osm.pbf`,
			'--gtfs',
			`${FIX}/gtfs.zip`,
			'--date',
			'2026-12-01',
			'--out',
			out
		);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/^data:build: the OSM extract does not cover Sennestadt/m);
		expect(existsSync(join(out, 'manifest.json'))).toBe(false);
	});

	it('writes the artifacts and a manifest, with progress on stderr', () => {
		const out = mkdtempSync(join(tmpdir(), 'reach-'));
		const r = dataBuild(
			'--osm',
			`${FIX}/grid.osm.pbf`,
			'--gtfs',
			`${FIX}/gtfs.zip`,
			'--date',
			'2026-12-01',
			'--out',
			out,
			'--no-quarter-check'
		);
		expect(r.stderr).toMatch(/street graph: 100 nodes/);
		expect(r.code).toBe(0);
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		expect(manifest).toMatchObject({ demo: false, serviceDate: '2026-12-01', model: 'street' });
		expect(readFileSync(join(out, 'streets.v1.bin')).length).toBe(manifest.files.streets.bytes);
		expect(readFileSync(join(out, 'transit.v1.bin')).length).toBe(manifest.files.transit.bytes);
	});
});
