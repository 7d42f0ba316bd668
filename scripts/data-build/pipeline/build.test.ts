import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { decodeStreets, decodeTransit } from '../../../src/lib/reach/codec';
import { ReachEngine, type ReachRequest } from '../../../src/lib/reach/engine';
import { buildArtifacts, type BuildInput } from './build';
import { fixtureGtfs, fixtureNode, fixtureOsm } from '../testing/grid-fixture';
import { forEachCsvRecord, parseCsv } from './csv';
import { readFeed } from './gtfs';

const osm = fixtureOsm();
const gtfs = fixtureGtfs();
const feed = (bytes: Uint8Array) => [{ bytes, meta: { name: 'gtfs', file: 'gtfs.zip' } }];
const build = (o: Partial<BuildInput> = {}) =>
	buildArtifacts({
		osm,
		osmName: 'grid.osm.pbf',
		feeds: feed(gtfs),
		date: '2026-12-01',
		requireRegion: false,
		...o
	});
const built = build();

function engine() {
	const { graph } = decodeStreets(built.streets);
	const { transit } = decodeTransit(built.transit);
	const e = new ReachEngine({ streets: graph, transit });
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
		expect(built.manifest.sources.map((s) => s.licence)).toEqual(['ODbL-1.0', 'unknown']);
		const tt = built.timetable;
		const b = tt.stopNames.indexOf('Stop B, Fixture');
		const d = tt.stopNames.indexOf('Stop D, Fixture');
		const targets = Array.from(
			tt.transferTarget.subarray(tt.transferStart[b], tt.transferStart[b + 1])
		);
		expect(targets).toContain(d);
	});

	it('08:00 from A: tram 08:00 → B 08:06, walk 200 s to D, bus 08:18 → C 08:28 = 28 min', () => {
		// no slack before the first boarding; 60 s before the bus (08:09:20 + 60 s misses 08:03)
		const r = transit({ kind: 'depart', seconds: hm(8, 0) });
		expect(r.model).toBe('street');
		expect(r.placeMinutes[0]).toBeCloseTo(6, 2);
		// E has no time in the feed: 1,500 of the 2,000 m from D to C → 08:25:30
		expect(r.placeMinutes[1]).toBeCloseTo(25.5, 2);
		expect(r.placeMinutes[2]).toBeCloseTo(28, 2);
		expect(r.placeMinutes[3]).toBeCloseTo(28 + 250 / 1.25 / 60, 2);
	});

	it('wheelchair: cannot alight at E; C still 28 min, E by rolling from B', () => {
		const r = transit({ kind: 'depart', seconds: hm(8, 0) }, true);
		expect(r.placeMinutes[2]).toBeCloseTo(28, 2);
		// 1,750 m from B at 1 m/s (6 + 29.2 min) beats 500 m back from C (28 + 8.3 min)
		expect(r.placeMinutes[1]).toBeCloseTo(6 + 1750 / 60, 2);
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

	it('arrive by 08:45 at C: leave by 08:20 (tram 08:20, B 08:26, D 08:29:20, bus 08:33)', () => {
		const r = transit({ kind: 'arrive', seconds: hm(8, 45) });
		expect(r.statistic).toBe('arrive-by');
		expect(r.placeMinutes[2]).toBeCloseTo(25, 2);
		// arrive by 08:42 misses the 08:43 arrival: the 08:18 bus needs D by 08:17 → tram 08:00
		const early = transit({ kind: 'arrive', seconds: hm(8, 42) });
		expect(early.placeMinutes[2]).toBeCloseTo(42, 2);
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
	it('rejects a file that is not a PBF, naming it and the fix', () => {
		expect(() => build({ osm: gtfs })).toThrow(
			/grid\.osm\.pbf is a ZIP archive, not an OSM PBF file .*--osm wants the street extract/
		);
		expect(() => build({ osm: strToU8('garbage garbage garbage') })).toThrow(
			/grid\.osm\.pbf is not an OSM PBF file .*\.osm\.pbf/
		);
	});

	it('rejects a GTFS that is not a zip, naming it', () => {
		expect(() => build({ feeds: feed(osm) })).toThrow(/gtfs\.zip is not a ZIP archive/);
	});

	it('names the date, the calendar range and the nearest day when there is no service', () => {
		expect(() => build({ date: '2026-12-05' })).toThrow(
			'gtfs.zip has no service on 2026-12-05 (saturday): its calendar runs from 2026-01-01 to 2026-12-31; the nearest day with service is 2026-12-04 (friday)'
		);
		expect(() =>
			readFeed(fixtureGtfs({ calendarEnd: '20261130' }), '2026-12-01', { meta: { name: 'x' } })
		).toThrow(/x has no service on 2026-12-01 .* runs from 2026-01-01 to 2026-11-30/);
	});

	it('says which quarters the extract does not cover, and how to build anyway', () => {
		expect(() => build({ requireRegion: true })).toThrow(
			/the OSM extract grid\.osm\.pbf does not cover Sennestadt .*Sieker-Mitte .*Baumheide .*use an extract of Bielefeld .*or pass --no-quarter-check/
		);
	});

	it('names missing GTFS files', () => {
		const broken = zipSync({ 'stops.txt': strToU8('stop_id\n') });
		expect(() => readFeed(broken, '2026-12-01', { meta: { name: 'b', file: 'b.zip' } })).toThrow(
			'b.zip is not a GTFS feed: it lacks routes.txt, trips.txt, stop_times.txt, calendar.txt or calendar_dates.txt'
		);
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
