import { describe, expect, it } from 'vitest';
import { decodeStreets, decodeTransit } from '../../../src/lib/reach/codec';
import { ReachEngine } from '../../../src/lib/reach/engine';
import { sundayMissing } from '../../../src/lib/reach/manifest';
import { fixtureNode, fixtureOsm } from '../testing/grid-fixture';
import { regioGtfs, stadtbusGtfs, tramGtfs } from '../testing/weekend-feeds';
import { buildArtifacts, SUNDAY_FILE, type BuildInput } from './build';

const osm = fixtureOsm();
const feeds = {
	stadtbus: { bytes: stadtbusGtfs(), meta: { name: 'stadtbus', file: 'stadtbus.zip' } },
	tram: { bytes: tramGtfs(), meta: { name: 'tram', file: 'tram.zip' } },
	regio: { bytes: regioGtfs(), meta: { name: 'regio', file: 'regio.zip' } }
};
const build = (o: Partial<BuildInput>) =>
	buildArtifacts({
		osm,
		osmName: 'grid.osm.pbf',
		feeds: [feeds.stadtbus, feeds.tram],
		date: '2026-12-01',
		requireRegion: false,
		...o
	});
const hm = (h: number, m: number) => h * 3600 + m * 60;
const A = fixtureNode(0, 0);
const M = fixtureNode(5, 9);
const C = fixtureNode(9, 9);

/** Minutes from A to [C, M] by transit, leaving at `seconds`, on a built timetable. */
function minutes(streets: Uint8Array, transit: Uint8Array, seconds: number): number[] {
	const e = new ReachEngine({
		streets: decodeStreets(streets).graph,
		transit: decodeTransit(transit).transit
	});
	e.setPlaces(Float64Array.of(C.lon, M.lon), Float64Array.of(C.lat, M.lat));
	const r = e.compute({ origin: A, mode: 'transit', time: { kind: 'depart', seconds } });
	return Array.from(r.placeMinutes);
}

describe('the Sunday timetable (calendar_dates-only Sunday service, several feeds)', () => {
	const built = build({ sunday: '2026-12-06' });
	// walking A → C along the grid: 4,500 m at 1.25 m/s
	const walkToC = 4500 / 1.25 / 60;

	it("is listed in the manifest with its date and each feed's part", () => {
		expect(built.sunday).toBeInstanceOf(Uint8Array);
		expect(built.manifest.files.sunday).toEqual({
			path: SUNDAY_FILE,
			bytes: built.sunday!.length,
			formatVersion: built.manifest.files.transit!.formatVersion
		});
		expect(built.manifest.sunday?.date).toBe('2026-12-06');
		// 22 Sunday buses (SO only in calendar_dates) + Saturday's two buses that arrive at or
		// after midnight (the 23:40 at 24:00, the night bus at 25:10); the tram's
		// calendar covers the day but runs Monday to Saturday: no tram on Sunday, said so
		expect(built.manifest.sunday?.feeds).toEqual([
			{
				name: 'stadtbus',
				status: 'service',
				trips: 24,
				calendar: { start: '2026-11-01', end: '2026-12-31' }
			},
			{
				name: 'tram',
				status: 'none',
				trips: 0,
				calendar: { start: '2026-01-01', end: '2027-12-31' }
			}
		]);
		expect(sundayMissing(built.manifest.sunday)).toEqual([]);
		const { transit, meta } = decodeTransit(built.sunday!);
		expect(meta.serviceDate).toBe('2026-12-06');
		expect(transit.tripCount).toBe(24);
		expect(decodeTransit(built.transit).transit.tripCount).toBe(108 + 72);
	});

	it("runs the Sunday service: the first bus at 9:00, none at 6:00, Saturday's night bus at 1:10", () => {
		const weekday = (s: number) => minutes(built.streets, built.transit, s);
		const sunday = (s: number) => minutes(built.streets, built.sunday!, s);
		// weekday 6:00: the 6:00 bus, 20 min
		expect(weekday(hm(6, 0))[0]).toBeCloseTo(20, 2);
		// Sunday 6:00: no bus until 9:00 (only the hour's walk, beyond the engine's horizon)
		const early = sunday(hm(6, 0))[0];
		expect(Number.isNaN(early) || early >= walkToC - 0.1).toBe(true);
		// Sunday 8:50: wait 10 min for the 9:00 bus
		expect(sunday(hm(8, 50))[0]).toBeCloseTo(30, 2);
		// Saturday's night bus (25:10) runs in the first hour of Sunday
		expect(sunday(hm(1, 0))[0]).toBeCloseTo(30, 2);
		// M has no times in the feed: interpolated by straight-line distance along the stops
		// (2,574 of 3,574 m → 14.4 of the 20 min) on Sunday as on weekdays
		const m = sunday(hm(9, 0))[1];
		expect(m).toBeCloseTo(20 * (Math.hypot(1250, 2250) / (Math.hypot(1250, 2250) + 1000)), 1);
		expect(m).toBeCloseTo(weekday(hm(9, 0))[1], 3);
	});

	it('is not built while a feed has no data for that Sunday, and says which', () => {
		const out = build({
			feeds: [feeds.stadtbus, feeds.regio],
			date: '2026-11-24',
			sunday: '2026-12-06'
		});
		expect(out.sunday).toBeUndefined();
		expect(out.manifest.files.sunday).toBeUndefined();
		expect(out.manifest.sunday?.feeds.map((f) => [f.name, f.status])).toEqual([
			['stadtbus', 'service'],
			['regio', 'no-data']
		]);
		expect(sundayMissing(out.manifest.sunday)).toEqual(['regio']);
		// the weekday timetable is built as before
		expect(decodeTransit(out.transit).transit.tripCount).toBeGreaterThan(100);
	});

	it('refuses a --sunday that is not a Sunday, and builds none without one', () => {
		expect(() => build({ sunday: '2026-12-05' })).toThrow(
			/2026-12-05 is a saturday: pass a Sunday/
		);
		const none = build({});
		expect(none.sunday).toBeUndefined();
		expect(none.manifest.sunday).toBeUndefined();
	});
});
