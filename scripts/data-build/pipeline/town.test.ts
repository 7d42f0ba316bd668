/**
 * The pipeline on the "town" fixture (scripts/data-build/fixtures/town.ts): an OSM XML file with
 * the access cases, written to PBF by osmium, and two GTFS feeds (bus: calendar.txt, untimed
 * stops at the area's edge, shape_dist_traveled, trips past midnight; tram: calendar_dates.txt
 * only, frequencies.txt, stop/route/trip/service ids that collide with the bus feed's). Travel
 * times are compared with references written without the pipeline's or the engine's code: a
 * plain Dijkstra on a graph built from the XML, and a Connection Scan over the GTFS text files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeStreets, decodeTransit } from '../../../src/lib/reach/codec';
import { ReachEngine } from '../../../src/lib/reach/engine/index';
import { DEFAULT_SPEEDS, edgeCosts, EdgeFlag } from '../../../src/lib/reach/street-graph';
import { describeTransitModel, transitModelFrom } from '../../../src/lib/reach/transit-model';
import { gridId, gridPoint, TOWN_BBOX, townPoint, townXml } from '../fixtures/town';
import { connectionScan, readReferenceFeed } from '../testing/reference-csa';
import { distance, parseOsmXml, ReferenceWalk } from '../testing/reference-walk';
import { rng } from '../testing/synthetic';
import { buildArtifacts, BuildError, type FeedInput } from './build';
import { keepHighway } from './osm-access';
import { readOsmStreets } from './osm-pbf';
import { streetsFromOsm } from './streets-from-osm';

const DIR = 'tests/fixtures/reach/town';
const read = (f: string) => new Uint8Array(readFileSync(join(DIR, f)));
const osm = read('town.osm.pbf');
const feeds = (): FeedInput[] => [
	{ bytes: read('bus.zip'), meta: { name: 'bus', file: 'bus.zip', licence: 'CC-BY-4.0' } },
	{ bytes: read('tram.zip'), meta: { name: 'tram', file: 'tram.zip' } }
];
const DATE = '2026-12-01'; // a Tuesday
const build = (extra: Partial<Parameters<typeof buildArtifacts>[0]> = {}) =>
	buildArtifacts({
		osm,
		osmName: 'town.osm.pbf',
		feeds: feeds(),
		date: DATE,
		bbox: TOWN_BBOX,
		requireRegion: false,
		acceptLoss: true,
		...extra
	});
const built = build();
const { graph } = decodeStreets(built.streets);
const { transit } = decodeTransit(built.transit);
const engine = new ReachEngine({
	streets: graph,
	transit,
	transitModel: transitModelFrom(built.manifest.transitModel)
});
const hm = (h: number, m: number, s = 0) => h * 3600 + m * 60 + s;
const ll = (p: { lon: number; lat: number }): [number, number] => [p.lon, p.lat];

/** Ways walkers may use in town.osm, read off the OSM wiki by hand (not by our code). */
const WALKABLE = (() => {
	const xml = parseOsmXml(join(DIR, 'town.osm'));
	const grid = xml.ways.filter((w) => w.tags.highway === 'residential').map((w) => w.id);
	// 101 access=no + foot=yes; 103/105 platforms; 104/106/108/109 footways; 107 square;
	// 112 park loop (an island); 113 steps. Not: 102 private, 110 motorway, 111 cycleway
	// (Germany: no walkers), 114 foot=use_sidepath.
	return { xml, ids: new Set([...grid, 101, 103, 104, 105, 106, 107, 108, 109, 112, 113]) };
})();
/** The square is crossed between its two entrances. */
const reference = new ReferenceWalk(WALKABLE.xml, WALKABLE.ids, [[2031, 2033]]);

describe('the OSM extract written by osmium', () => {
	it('is read although our own writer did not write it (osmium header, metadata, dense nodes)', () => {
		const raw = readOsmStreets(osm, keepHighway);
		expect(raw.header.writingProgram).toMatch(/^osmium\//);
		const xml = WALKABLE.xml;
		const routable = xml.ways.filter((w) => keepHighway(w.tags));
		expect(raw.ways.map((w) => w.id).sort((a, b) => a - b)).toEqual(
			routable.map((w) => w.id).sort((a, b) => a - b)
		);
		for (const [id, [lon, lat]] of xml.nodes) {
			const c = raw.coords.get(id);
			if (!c) continue;
			expect(c[0]).toBeCloseTo(lon, 7);
			expect(c[1]).toBeCloseTo(lat, 7);
		}
		expect([...raw.highKerbs]).toEqual([gridId(1, 4)]);
		expect(raw.ways.find((w) => w.id === 107)?.tags).toMatchObject({
			area: 'yes',
			name: 'Marktplatz'
		});
	});

	const osmium = spawnSync('osmium', ['--version']).status === 0;
	if (!osmium) console.warn('osmium-tool is not installed: the regeneration check is skipped');
	it.skipIf(!osmium)(
		'is what osmium writes from town.osm, which is what the generator writes',
		() => {
			expect(readFileSync(join(DIR, 'town.osm'), 'utf8')).toBe(townXml());
			const out = join(mkdtempSync(join(tmpdir(), 'town-')), 'town.osm.pbf');
			const r = spawnSync('osmium', ['cat', join(DIR, 'town.osm'), '-o', out, '--no-progress']);
			expect(r.status).toBe(0);
			expect(new Uint8Array(readFileSync(out))).toEqual(osm);
		}
	);

	it('the committed zips hold the committed GTFS text files', () => {
		for (const feed of ['bus', 'tram']) {
			const files = unzipSync(read(`${feed}.zip`));
			expect(Object.keys(files).length).toBeGreaterThan(5);
			for (const [name, bytes] of Object.entries(files))
				expect(bytes, `${feed}/${name}`).toEqual(
					new Uint8Array(readFileSync(join(DIR, feed, name)))
				);
		}
	});
});

describe('access rules on the town (OSM wiki conventions)', () => {
	const streets = streetsFromOsm(readOsmStreets(osm, keepHighway), TOWN_BBOX);
	const g = streets.graph;
	const nodeOf = new Map(streets.osmNodeIds.map((id, i) => [id, i]));
	const costs = {
		walk: edgeCosts(g, 'walk', DEFAULT_SPEEDS),
		wheelchair: edgeCosts(g, 'wheelchair', DEFAULT_SPEEDS),
		bike: edgeCosts(g, 'bike', DEFAULT_SPEEDS)
	};
	/** Which profiles may use the segment between two OSM nodes (undefined: not in the graph). */
	const usable = (a: number, b: number) => {
		const u = nodeOf.get(a);
		const v = nodeOf.get(b);
		if (u === undefined || v === undefined) return undefined;
		for (let e = g.edgeStart[u]; e < g.edgeStart[u + 1]; e++)
			if (g.edgeTarget[e] === v)
				return {
					walk: costs.walk[e] < Infinity,
					wheelchair: costs.wheelchair[e] < Infinity,
					bike: costs.bike[e] < Infinity,
					bikeRides: !(g.edgeFlags[e] & EdgeFlag.NO_BIKE)
				};
		return undefined;
	};

	it.each([
		[
			'access=no + foot=yes is walkable, closed to bikes',
			101,
			gridId(0, 0),
			gridId(1, 1),
			{ walk: true, bike: false }
		],
		[
			'highway=platform is walkable, bikes pushed',
			103,
			2011,
			2013,
			{ walk: true, bike: true, bikeRides: false }
		],
		['railway=platform without a highway tag is walkable', 105, 2021, 2022, { walk: true }],
		['a pedestrian square (area=yes) is walked along its outline', 107, 2031, 2032, { walk: true }],
		[
			'… and across, between the ways that enter it',
			107,
			2031,
			2033,
			{ walk: true, wheelchair: true }
		],
		[
			'a cycleway is not for walkers (Germany), bikes ride it',
			111,
			gridId(1, 1),
			gridId(2, 2),
			{ walk: false, bike: true, bikeRides: true }
		],
		[
			'steps: walkers yes, wheelchairs and bikes no',
			113,
			gridId(4, 3),
			gridId(5, 3),
			{ walk: true, wheelchair: false, bike: false }
		],
		[
			'foot=use_sidepath: walkers use the sidewalk, bikes ride',
			114,
			2061,
			2062,
			{ walk: false, bike: true }
		],
		[
			'a raised kerb stops wheelchairs only',
			0,
			gridId(1, 4),
			gridId(1, 5),
			{ walk: true, wheelchair: false, bike: true }
		]
	])('%s (way %i)', (_name, _way, a, b, want) => {
		expect(usable(a, b)).toMatchObject(want);
	});

	it('access=private and the motorway are in the graph for nobody; islands are cut off', () => {
		expect(usable(gridId(2, 6), 2001)).toBeUndefined(); // private yard
		expect(usable(gridId(0, 6), 2041)).toBeUndefined(); // motorway
		expect(nodeOf.has(2051)).toBe(false); // park loop: an island for every profile
		expect(nodeOf.has(2043)).toBe(false); // the neighbourhood reached only by the motorway
		expect(streets.report.islandSegments).toEqual({ walk: 8, wheelchair: 8, bike: 8 });
	});

	it('walking times equal a plain Dijkstra on a graph built separately from the XML', () => {
		const rand = rng(3);
		const origins = [gridPoint(0, 0), gridPoint(2, 3), townPoint(1250, 810), townPoint(460, -190)];
		const targets = Array.from({ length: 120 }, () =>
			townPoint(-300 + rand() * 1800, -300 + rand() * 1600)
		);
		targets.push(townPoint(1300, 700)); // the private yard's far end
		targets.push(townPoint(150, 650)); // the square's centre
		engine.setPlaces(
			targets.map((p) => p.lon),
			targets.map((p) => p.lat)
		);
		let compared = 0;
		for (const o of origins) {
			const got = engine.compute({ origin: o, mode: 'walk', bandMinutes: [60] }).placeMinutes;
			const want = reference.metres(ll(o), targets.map(ll)).map((m) => m / 1.25 / 60);
			want.forEach((w, i) => {
				if (w > 60) return expect(got[i]).toBeNaN();
				compared++;
				expect(got[i], `origin ${o.lon},${o.lat} → target ${i}`).toBeCloseTo(w, 2);
			});
		}
		expect(compared).toBeGreaterThan(400);
	});

	it('a point by the park island snaps to the street 130 m away instead of the island', () => {
		engine.setPlaces([townPoint(460, -190).lon], [townPoint(460, -190).lat]);
		const r = engine.compute({ origin: gridPoint(0, 2), mode: 'walk' });
		// 60 m along row 0 to (0, 460), then 190 m straight to the point
		expect(r.placeMinutes[0]).toBeCloseTo((60 + 190) / 1.25 / 60, 2);
	});

	it('the wheelchair goes round the steps and the kerb', () => {
		engine.setPlaces([gridPoint(5, 3).lon], [gridPoint(5, 3).lat]);
		const walk = engine.compute({ origin: gridPoint(4, 3), mode: 'walk' }).placeMinutes[0];
		const chair = engine.compute({ origin: gridPoint(4, 3), mode: 'wheelchair' }).placeMinutes[0];
		expect(walk).toBeCloseTo(200 / 1.25 / 60, 2);
		expect(chair).toBeCloseTo(600 / 1 / 60, 2);
	});
});

describe('two feeds, merged', () => {
	const reports = built.manifest.feeds ?? [];

	it('keeps both feeds (a second --gtfs used to replace the first)', () => {
		expect(reports.map((r) => [r.name, r.trips.kept])).toEqual([
			['bus', 154],
			['tram', 168]
		]);
		expect(built.timetable.tripCount).toBe(154 + 168);
		expect(built.timetable.routeNames).toEqual(['B1', 'B2', 'B3', '4']);
	});

	it('namespaces the stop ids both feeds use, and only those', () => {
		expect(built.stopIds).toContain('bus:3');
		expect(built.stopIds).toContain('tram:3');
		expect(built.stopIds).toContain('5');
		expect(new Set(built.stopIds).size).toBe(built.stopIds.length);
		expect(reports.map((r) => r.namespacedIds)).toEqual([1, 1]);
	});

	it('interpolates untimed stops on the whole trip before cutting it to the area', () => {
		// B1 enters the area at Westtor and Marktplatz, both untimed; all its trips stay
		expect(reports[0].trips.dropped).toEqual({});
		expect(reports[0].trips.interpolated).toBe(107);
		const tt = built.timetable;
		const id = (s: string) => built.stopIds.indexOf(s);
		const tripAt = (stops: string[], first: number) => {
			for (let p = 0; p < tt.patternCount; p++) {
				const ps = Array.from(
					tt.patternStops.subarray(tt.patternStopStart[p], tt.patternStopStart[p + 1])
				);
				if (ps.join() !== stops.map(id).join()) continue;
				for (let t = tt.patternTripStart[p]; t < tt.patternTripStart[p + 1]; t++) {
					const b = tt.tripStopTimeStart[t];
					if (tt.departures[b] >= first)
						return Array.from(tt.departures.subarray(b, b + ps.length));
				}
			}
			return [];
		};
		// eastbound 06:00 from Außenstadt West: stop 2 at 06:02, 5 at 06:08; shape distances
		// 1000 → 2000 → 2800 → 3100 m put Westtor at 06:02 + 1000/2100 · 6 min, Marktplatz at
		// 06:02 + 1800/2100 · 6 min; Ostring halfway by shape (600 of 1600 m) to 06:14
		expect(tripAt(['bus:3', '4', '5', '6'], hm(6, 0))).toEqual([
			hm(6, 2) + Math.round((1000 / 2100) * 360),
			hm(6, 2) + Math.round((1800 / 2100) * 360),
			hm(6, 8),
			hm(6, 8) + Math.round((600 / 1600) * 360)
		]);
		// westbound without shape distances: by straight-line distance along the stops
		// (Ostring between Außenstadt Ost 06:10 and Rathaus 06:16; Marktplatz and Westtor between
		// Rathaus 06:16 and Vorort 06:22)
		const at = (e: number, n: number) => ll(townPoint(e, n));
		const d = (a: [number, number], b: [number, number]) => distance(a, b);
		const [p7, p6, p5, p4, p3, p2] = [
			at(3500, 600),
			at(1200, 600),
			at(600, 600),
			at(250, 600),
			at(0, 400),
			at(-1000, 400)
		];
		const east = d(p7, p6) + d(p6, p5);
		const west = d(p5, p4) + d(p4, p3) + d(p3, p2);
		const want = [
			hm(6, 10) + (d(p7, p6) / east) * 360,
			hm(6, 16),
			hm(6, 16) + (d(p5, p4) / west) * 360,
			hm(6, 16) + ((d(p5, p4) + d(p4, p3)) / west) * 360
		];
		const got = tripAt(['6', '5', '4', 'bus:3'], hm(6, 10));
		got.forEach((v, i) => expect(Math.abs(v - want[i]), `stop ${i}`).toBeLessThanOrEqual(1));
	});

	it('expands frequencies.txt (tram) into trips, and reads a calendar_dates.txt-only feed', () => {
		// T1 05:00–09:00 every 10 min (24) and 09:00–24:30 every 15 min (62), T2 every 15 min
		// 05:03–24:33 (78), plus the 4 trips of Monday evening that run past midnight
		expect(reports[1].trips).toMatchObject({ active: 168, kept: 168, fromFrequencies: 168 });
		expect(reports[1].calendar).toEqual({ start: '2026-11-30', end: '2026-12-04' });
		expect(() => build({ date: '2026-12-07' })).toThrow(
			'tram.zip has no service on 2026-12-07 (monday): its calendar runs from 2026-11-30 to 2026-12-04; the nearest day with service is 2026-12-04 (friday). Pass --date with a day the feed covers'
		);
	});

	it('runs the trips past midnight: times ≥ 24:00 and the evening before', () => {
		const origin = townPoint(0, 400); // Westtor
		engine.setPlaces([townPoint(1200, 600).lon], [townPoint(1200, 600).lat]); // Ostring
		// walking takes 1,400 m = 18.7 min; Monday's 24:20 bus passes Westtor at 00:22:51 on
		// Tuesday and Ostring at 00:30:15
		const early = engine.compute({
			origin,
			mode: 'transit',
			time: { kind: 'depart', seconds: hm(0, 15) }
		});
		expect(early.placeMinutes[0]).toBeCloseTo(15.25, 2);
		// Tuesday's own 24:20 bus, on Tuesday's clock
		const late = engine.compute({
			origin,
			mode: 'transit',
			time: { kind: 'depart', seconds: hm(24, 15) }
		});
		expect(late.placeMinutes[0]).toBeCloseTo(15.25, 2);
		// between them no bus: walking
		const night = engine.compute({
			origin,
			mode: 'transit',
			time: { kind: 'depart', seconds: hm(1, 0) }
		});
		expect(night.placeMinutes[0]).toBeCloseTo(1400 / 1.25 / 60, 2);
	});
});

describe('transit times equal a Connection Scan over the GTFS text files', () => {
	const bus = readReferenceFeed(
		join(DIR, 'bus'),
		'20261201',
		'tuesday',
		'20261130',
		'monday',
		'bus/'
	);
	const tram = readReferenceFeed(
		join(DIR, 'tram'),
		'20261201',
		'tuesday',
		'20261130',
		'monday',
		'tram/'
	);
	const [minLon, minLat, maxLon, maxLat] = TOWN_BBOX;
	const stops = new Map(
		[...bus.stops, ...tram.stops].filter(
			([, [lon, lat]]) => lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat
		)
	);
	const connections = [...bus.connections, ...tram.connections].filter(
		(c) => stops.has(c.from) && stops.has(c.to)
	);
	const stopIds = [...stops.keys()];
	const stopPts = stopIds.map((s) => stops.get(s) as [number, number]);
	const snapped = (p: [number, number]) => reference.offNetwork(p) <= 300;
	// the model: street walks ≤ 1000 m between stops on the network, else straight line × 1.3
	const transfers = new Map<string, Map<string, number>>();
	stopIds.forEach((s, i) => {
		const m = snapped(stopPts[i]) ? reference.metres(stopPts[i], stopPts, 300) : [];
		const out = new Map<string, number>();
		stopIds.forEach((t, j) => {
			if (i === j) return;
			const d =
				snapped(stopPts[i]) && snapped(stopPts[j]) ? m[j] : distance(stopPts[i], stopPts[j]) * 1.3;
			if (d <= 1000) out.set(t, Math.round(d / 1.25));
		});
		transfers.set(s, out);
	});

	it('from three origins at twelve departures, to 60 points across the town', () => {
		const rand = rng(9);
		const targets = Array.from({ length: 60 }, () =>
			townPoint(-300 + rand() * 1800, -300 + rand() * 1600)
		);
		engine.setPlaces(
			targets.map((p) => p.lon),
			targets.map((p) => p.lat)
		);
		// (not equally far from two streets: a tie may snap either way)
		const origins = [townPoint(-60, 30), townPoint(1172, 624), townPoint(420, -40)];
		const departures = [
			hm(0, 12),
			hm(6, 1),
			hm(7, 0),
			hm(7, 3),
			hm(7, 17),
			hm(7, 31),
			hm(8, 44),
			hm(9, 2),
			hm(12, 30),
			hm(17, 58),
			hm(22, 49),
			hm(23, 55)
		];
		let compared = 0;
		let byTransit = 0;
		for (const o of origins) {
			const toStops = reference.metres(ll(o), stopPts, 1000);
			const fromTargets = targets.map((p) => reference.metres(ll(p), stopPts, 1000));
			const walk = reference.metres(ll(o), targets.map(ll));
			const access = new Map<string, number>();
			stopIds.forEach((s, i) => {
				if (snapped(stopPts[i]) && toStops[i] / 1.25 <= 45 * 60)
					access.set(s, Math.round(toStops[i] / 1.25));
			});
			for (const dep of departures) {
				const best = connectionScan(connections, {
					departure: dep,
					access,
					transfers,
					firstBoardSlack: 0,
					boardSlack: 60
				});
				const got = engine.compute({
					origin: o,
					mode: 'transit',
					time: { kind: 'depart', seconds: dep }
				}).placeMinutes;
				targets.forEach((_, i) => {
					let want = walk[i] / 1.25;
					stopIds.forEach((s, j) => {
						const at = best.get(s);
						if (at === undefined || !snapped(stopPts[j])) return;
						const t = at - dep + fromTargets[i][j] / 1.25;
						if (t < want - 1e-6) want = t;
					});
					if (want < walk[i] / 1.25 - 1) byTransit++;
					if (want > 45 * 60) return expect(got[i]).toBeNaN();
					compared++;
					// within a second: walks to a stop count in whole seconds in the timetable
					expect(
						Math.abs(got[i] * 60 - want),
						`origin ${o.lon},${o.lat} at ${dep} → target ${i}`
					).toBeLessThanOrEqual(1);
				});
			}
		}
		expect(compared).toBeGreaterThan(1500);
		expect(byTransit).toBeGreaterThan(300);
	});
});

describe('reports, licences and the transit model in the manifest', () => {
	const [bus, tram] = built.manifest.feeds ?? [];

	it('names stops far from a walkable street and stops next to a walkers’ island', () => {
		expect(bus.stops).toMatchObject({
			inFeed: 10,
			inArea: 7,
			used: 7,
			farFromStreet: 1,
			onIsland: 1,
			examples: { farFromStreet: ['8'], onIsland: ['9'] }
		});
		expect(bus.loss).toBeCloseTo(1 / 7, 4);
		expect(tram.loss).toBe(0);
	});

	it('refuses to finish when a feed loses more than 5 % unless told', () => {
		expect(() => build({ acceptLoss: false })).toThrow(BuildError);
		expect(() => build({ acceptLoss: false })).toThrow(
			/feed bus loses 14\.3 % of its trips or stops in the area .*e\.g\. 8.*pass --accept-loss/
		);
		expect(() => build({ acceptLoss: false, maxLoss: 0.2 })).not.toThrow();
	});

	it('credits each feed with its publisher and licence (feed_info.txt, --licence)', () => {
		expect(built.manifest.sources).toEqual([
			expect.objectContaining({ name: 'OpenStreetMap', licence: 'ODbL-1.0' }),
			expect.objectContaining({
				name: 'GTFS bus',
				licence: 'CC-BY-4.0',
				publisher: 'Verkehrsverbund Muster, Fahrplanauskunft',
				attribution: 'Fahrplandaten: Verkehrsverbund Muster, Fahrplanauskunft (CC BY 4.0)'
			}),
			expect.objectContaining({
				name: 'GTFS tram',
				licence: 'unknown',
				publisher: 'Musterstädtische Bahnen'
			})
		]);
	});

	it('writes the transit model, which the engine follows and the view can name', () => {
		const m = transitModelFrom(built.manifest.transitModel);
		expect(m).toMatchObject({
			firstBoardSlackSeconds: 0,
			transferSlackSeconds: 60,
			maxVehicles: 8,
			transfers: { kind: 'street', radiusMeters: 1000 }
		});
		expect(engine.transitModel).toEqual(m);
		expect(describeTransitModel(m, 'en')).toBe(
			'Timetable model: departures every minute, at most 8 vehicles, no slack before the first boarding, 60 s to change, transfer walks up to 1000 m along the streets; untimed stops interpolated by distance.'
		);
		expect(build({ transitModel: { maxVehicles: 3 } }).manifest.transitModel?.maxVehicles).toBe(3);
	});
});
