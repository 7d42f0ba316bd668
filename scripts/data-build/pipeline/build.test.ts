import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { decodeStreets, decodeTransit } from '../../../src/lib/reach/codec';
import { ReachEngine, type ReachRequest } from '../../../src/lib/reach/engine';
import { buildArtifacts } from './build';
import { fixtureGtfs, fixtureNode, fixtureOsm } from '../testing/grid-fixture';
import { forEachCsvRecord, readGtfs, parseCsv } from './gtfs';

const osm = fixtureOsm();
const gtfs = fixtureGtfs();
const built = buildArtifacts({ osm, gtfs, date: '2026-12-01', requireQuarters: false });

function engine() {
	const { graph } = decodeStreets(built.streets);
	const { transit, extras } = decodeTransit(built.transit);
	const e = new ReachEngine({ streets: graph, transit, ...extras });
	const places: [number, number][] = [
		[0, 9], // 0: B
		[7, 9], // 1: E (no wheelchair access)
		[9, 9], // 2: C
		[9, 8], // 3: 250 m west of C
		[5, 5] //  4: across the steps from (5,4)
	];
	e.setPlaces(
		places.map(([r, c]) => fixtureNode(r, c).lon),
		places.map(([r, c]) => fixtureNode(r, c).lat)
	);
	return e;
}

const at = (r: number, c: number) => fixtureNode(r, c);
const hm = (h: number, m: number) => h * 3600 + m * 60;

describe('pipeline on the generated fixture: known answers', () => {
	const e = engine();
	const transit = (time: ReachRequest['time'], accessible = false) =>
		e.compute({ origin: at(0, 0), mode: 'transit', time, accessible });

	it('builds a 100-node graph, 5 stops, 2 lines and a walking transfer B→D', () => {
		expect(built.manifest.stats.nodes).toBe(100);
		expect(built.manifest.stats.stops).toBe(5);
		expect(built.timetable.routeCount).toBe(2);
		expect(built.manifest.sources.map((s) => s.licence)).toEqual(['ODbL-1.0', 'CC-BY-4.0']);
		const tt = built.timetable;
		const b = tt.stopNames.indexOf('Stop B, Fixture');
		const d = tt.stopNames.indexOf('Stop D, Fixture');
		const targets = Array.from(
			tt.transferTarget.subarray(tt.transferStart[b], tt.transferStart[b + 1])
		);
		expect(targets).toContain(d);
	});

	it('08:00 from A: tram 08:10 → B 08:16, walk 200 s to D, bus 08:33 → C 08:43 = 43 min', () => {
		const r = transit({ kind: 'depart', seconds: hm(8, 0) });
		expect(r.model).toBe('street');
		expect(r.placeMinutes[0]).toBeCloseTo(16, 2);
		expect(r.placeMinutes[1]).toBeCloseTo(38, 2);
		expect(r.placeMinutes[2]).toBeCloseTo(43, 2);
		expect(r.placeMinutes[3]).toBeNaN(); // 43 + 3.3 min walk > 45
	});

	it('wheelchair: cannot alight at E; C still 43 min (slower transfer still catches 08:33)', () => {
		const r = transit({ kind: 'depart', seconds: hm(8, 0) }, true);
		expect(r.placeMinutes[2]).toBeCloseTo(43, 2);
		// from B 1750 m at 1 m/s = 16 + 29.2 min; back from C 43 + 8.3 min: both > 45
		expect(r.placeMinutes[1]).toBeNaN();
	});

	it('night gap: at 01:00 no tram until 05:00, only walking', () => {
		const r = transit({ kind: 'depart', seconds: hm(1, 0) });
		expect(r.placeMinutes[0]).toBeCloseTo(2250 / 1.25 / 60, 2); // walk to B
		expect(r.placeMinutes[2]).toBeNaN();
	});

	it("after midnight the previous evening's trips run (Monday 24:10 = Tuesday 00:10)", () => {
		const r = transit({ kind: 'depart', seconds: hm(0, 5) });
		expect(r.placeMinutes[0]).toBeCloseTo(11, 2);
	});

	it('arrive by 08:45 at C: leave by 08:19 (tram 08:20, B 08:26, D 08:29:20, bus 08:33)', () => {
		const r = transit({ kind: 'arrive', seconds: hm(8, 45) });
		expect(r.statistic).toBe('arrive-by');
		expect(r.placeMinutes[2]).toBeCloseTo(26, 2);
		// arrive by 08:42 misses the 08:43 arrival: the 08:18 bus needs D by 08:17 → tram 08:00,
		// leave 07:59 → 43 min
		const early = transit({ kind: 'arrive', seconds: hm(8, 42) });
		expect(early.placeMinutes[2]).toBeCloseTo(43, 2);
	});

	it('steps: walking crosses them, the wheelchair profile goes round (750 m at 1 m/s)', () => {
		const walk = e.compute({ origin: at(5, 4), mode: 'walk' });
		expect(walk.placeMinutes[4]).toBeCloseTo(250 / 1.25 / 60, 2);
		const chair = e.compute({ origin: at(5, 4), mode: 'wheelchair' });
		expect(chair.placeMinutes[4]).toBeCloseTo(750 / 1 / 60, 2);
		const bike = e.compute({ origin: at(5, 4), mode: 'bike' });
		expect(bike.placeMinutes[4]).toBeCloseTo(750 / (15 / 3.6) / 60, 2);
	});
});

describe('committed fixtures', () => {
	it('tests/fixtures/reach matches the generator (regenerate on purpose only)', () => {
		const dir = 'tests/fixtures/reach';
		expect(new Uint8Array(readFileSync(`${dir}/grid.osm.pbf`))).toEqual(fixtureOsm());
		expect(new Uint8Array(readFileSync(`${dir}/gtfs.zip`))).toEqual(fixtureGtfs());
	});
});

describe('pipeline errors', () => {
	it('rejects a file that is not a PBF', () => {
		expect(() =>
			buildArtifacts({ osm: gtfs, gtfs, date: '2026-12-01', requireQuarters: false })
		).toThrow(/ZIP archive, not an OSM PBF/);
		expect(() =>
			buildArtifacts({
				osm: strToU8('garbage garbage garbage'),
				gtfs,
				date: '2026-12-01',
				requireQuarters: false
			})
		).toThrow(/not an OSM PBF/);
	});

	it('rejects a GTFS that is not a zip', () => {
		expect(() =>
			buildArtifacts({ osm, gtfs: osm, date: '2026-12-01', requireQuarters: false })
		).toThrow(/not a ZIP archive/);
	});

	it('names the date and the calendar range when there is no service', () => {
		expect(() => buildArtifacts({ osm, gtfs, date: '2026-12-05', requireQuarters: false })).toThrow(
			'no service on 2026-12-05 (its calendar covers 2026-01-01 to 2026-12-31)'
		);
		expect(() => readGtfs(fixtureGtfs({ calendarEnd: '20261130' }), '2026-12-01')).toThrow(
			/no service on 2026-12-01/
		);
	});

	it('says which quarters the extract does not cover', () => {
		expect(() => buildArtifacts({ osm, gtfs, date: '2026-12-01' })).toThrow(
			/does not cover Sennestadt .*Sieker-Mitte .*Baumheide/
		);
	});

	it('names a missing GTFS file', () => {
		const broken = zipSync({ 'stops.txt': strToU8('stop_id\n') });
		expect(() => readGtfs(broken, '2026-12-01')).toThrow(/lacks routes.txt/);
	});

	it('streams large CSV in chunks with the same records (quotes spanning lines)', () => {
		const text = 'id,name\r\n1,plain\r\n2,"a, ""b""\nsecond line"\r\n3,last';
		const whole = parseCsv(text);
		const seen: string[][] = [];
		forEachCsvRecord(
			strToU8(text),
			(f, header) => {
				expect(header).toEqual(['id', 'name']);
				seen.push(f);
			},
			5
		);
		expect(seen).toEqual(whole.rows);
		expect(seen[1]).toEqual(['2', 'a, "b"\nsecond line']);
	});

	it('parses quoted CSV with commas, quotes and CRLF', () => {
		const { header, rows } = parseCsv('\ufeffa,b\r\n"x, ""y""",2\r\n');
		expect(header).toEqual(['a', 'b']);
		expect(rows).toEqual([['x, "y"', '2']]);
	});
});
