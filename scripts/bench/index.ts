/**
 * npm run bench [-- origins [part]] — the reachability engine on a city-sized synthetic network built
 * the way real data is: an OSM PBF and two GTFS feeds (bus with untimed stops, tram from
 * frequencies.txt, colliding ids) through the pipeline, then decoded as the worker does. Medians
 * over many origins, each beside a plain baseline measured in the same run (ratio = baseline /
 * ours). Targets from issue 11; nothing here asserts. Run it under /work/wt/heavy.
 */
import { gzipSync } from 'node:zlib';
import {
	BAND_GRID_MAX_CELLS,
	gridToBands,
	rasteriseNodes,
	DEFAULT_BANDS
} from '../../src/lib/reach/bands.ts';
import { decodeStreets, decodeTransit } from '../../src/lib/reach/codec.ts';
import { StreetRouter, UNREACHED } from '../../src/lib/reach/dijkstra.ts';
import { seedSnap } from '../../src/lib/reach/edge-snap.ts';
import { ReachEngine } from '../../src/lib/reach/engine/index.ts';
import { RaptorWorker, type RaptorOptions } from '../../src/lib/reach/raptor.ts';
import { DEFAULT_SPEEDS, edgeCosts } from '../../src/lib/reach/street-graph.ts';
import { transitModelFrom } from '../../src/lib/reach/transit-model.ts';
import { syntheticFeeds } from '../data-build/testing/synthetic-feeds.ts';
import { rng } from '../data-build/testing/synthetic.ts';
import { mapDijkstra, objectGraph, scanAllTrips, splatRasterise } from './baselines.ts';
import { BENCH_CITY, buildBenchCity, snapStops, stopAccess } from './city.ts';
import { benchChains } from './chains.ts';

const ORIGINS = Number(process.argv[2] ?? 40);
const log = (s: string) => process.stderr.write(s + '\n');
/** npm run bench -- 40 chains: only that part (dijkstra, raptor, bands, recompute, chains, size) */
const ONLY = process.argv[3];
const part = (name: string) => !ONLY || ONLY === name;

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median time of fn over the inputs, after a warm-up pass over the first few. */
function measure<T>(inputs: T[], fn: (x: T) => unknown, warm = 5): number {
	for (const x of inputs.slice(0, warm)) fn(x);
	const times: number[] = [];
	for (const x of inputs) {
		const t = performance.now();
		fn(x);
		times.push(performance.now() - t);
	}
	return median(times);
}

// --- the city, through the pipeline ---------------------------------------------------------
log('building the synthetic city through the pipeline …');
let t = performance.now();
const feeds = syntheticFeeds(BENCH_CITY);
const genMs = performance.now() - t;
t = performance.now();
const built = buildBenchCity(feeds);
const buildMs = performance.now() - t;
const streets = decodeStreets(built.streets).graph;
const transit = decodeTransit(built.transit).transit;
const model = transitModelFrom(built.manifest.transitModel);
const engine = new ReachEngine({ streets, transit, transitModel: model });
const [bus, tram] = built.manifest.feeds ?? [];
log(
	`  generated in ${genMs.toFixed(0)} ms, built in ${(buildMs / 1000).toFixed(1)} s: ${streets.nodeCount} nodes, ` +
		`${streets.edgeTarget.length} directed edges, ${transit.stopCount} stops, ${transit.patternCount} patterns, ` +
		`${transit.tripCount} trips (bus ${bus.trips.kept}, ${bus.trips.interpolated} with interpolated stops; ` +
		`tram ${tram.trips.kept} from frequencies.txt), ${transit.arrivals.length} stop times, ` +
		`${transit.transferTarget.length} transfers`
);

const rand = rng(7);
const originNodes = Array.from({ length: ORIGINS }, () => Math.floor(rand() * streets.nodeCount));
const lonLat = (n: number) => ({
	lon: streets.nodeLon[n] + 0.0002,
	lat: streets.nodeLat[n] + 0.0001
});
const walkCosts = edgeCosts(streets, 'walk', DEFAULT_SPEEDS);
const router = new StreetRouter(streets);
const CUT = 45 * 60;
const walkSpeed = DEFAULT_SPEEDS.walk / 3.6;

const rows: {
	name: string;
	ours: number;
	target: number;
	base: number;
	baseName: string;
	unit: string;
}[] = [];
const row = (
	name: string,
	ours: number,
	target: number,
	base: number,
	baseName: string,
	unit = 'ms'
) => rows.push({ name, ours, target, base, baseName, unit });

// --- 1. walking Dijkstra ------------------------------------------------------------------------
log('street Dijkstra …');
const walkAdj = objectGraph(streets, walkCosts);
const dijkstra = (o: number) => {
	router.reset();
	router.seed(o, 0);
	router.run(walkCosts, CUT);
};
{
	dijkstra(originNodes[0]);
	const ref = mapDijkstra(walkAdj, originNodes[0], CUT);
	let diff = 0;
	ref.forEach((v, k) => (diff = Math.max(diff, Math.abs(v - router.times[k]))));
	if (diff > 1e-3) log(`  !! Dijkstra differs from the baseline by ${diff}`);
}
if (part('dijkstra')) {
	row(
		'walk Dijkstra to 45 min',
		measure(originNodes, dijkstra),
		8,
		measure(originNodes, (o) => mapDijkstra(walkAdj, o, CUT)),
		'Map + object heap'
	);
}

// access per origin, as the engine finds it (stops snapped to edges)
const { stopIndex, stopSnaps } = snapStops(streets, transit, walkCosts);
const access = stopAccess(
	streets,
	transit,
	{ costs: walkCosts, speedMs: walkSpeed, cutSeconds: CUT },
	router,
	stopSnaps,
	originNodes,
	rand
);

// --- 2. RAPTOR ------------------------------------------------------------------------------------
log('RAPTOR …');
const raptor = new RaptorWorker(transit, model.maxVehicles);
const ropts = (cutoff: number): RaptorOptions => ({
	maxRounds: model.maxVehicles,
	walkSpeedMs: walkSpeed,
	wheelchair: false,
	boardSlack: model.transferSlackSeconds,
	firstBoardSlack: model.firstBoardSlackSeconds,
	cutoff
});
const scan = (a: (typeof access)[number], d = a.dep) =>
	scanAllTrips(
		transit,
		d,
		a.stops,
		a.secs,
		walkSpeed,
		model.transferSlackSeconds,
		d + CUT,
		model.maxVehicles,
		model.firstBoardSlackSeconds
	);
if (part('raptor')) {
	{
		let same = 0;
		let total = 0;
		for (const a of access.slice(0, 5)) {
			raptor.resetRange();
			const ours = raptor.run(a.dep, a.stops, a.secs, ropts(a.dep + CUT));
			const ref = scan(a);
			for (let s = 0; s < transit.stopCount; s++, total++)
				if ((ours[s] === UNREACHED ? Infinity : ours[s]) === ref[s]) same++;
		}
		log(`  RAPTOR vs scan-all-trips: ${same}/${total} stops identical`);
	}
	row(
		'RAPTOR one departure',
		measure(access, (a) => {
			raptor.resetRange();
			raptor.run(a.dep, a.stops, a.secs, ropts(a.dep + CUT));
		}),
		0.5,
		measure(access.slice(0, 8), (a) => scan(a), 2),
		'scan all trips'
	);
	{
		// exactness of the range at every minute, against independent runs
		let bad = 0;
		const single = new RaptorWorker(transit, model.maxVehicles);
		for (const a of access.slice(0, 3)) {
			raptor.resetRange();
			for (let d = a.dep + 3600; d >= a.dep; d -= 60) {
				const r = Array.from(raptor.run(d, a.stops, a.secs, ropts(d + CUT)));
				single.resetRange();
				const s = single.run(d, a.stops, a.secs, ropts(d + CUT));
				// labels past this minute's cutoff come from later minutes: true, but not asked for
				for (let k = 0; k < r.length; k++) if ((r[k] > d + CUT ? UNREACHED : r[k]) !== s[k]) bad++;
			}
		}
		log(
			`  range RAPTOR vs one RAPTOR per minute (3 origins × 61 minutes): ${bad} stop labels differ`
		);
	}
	row(
		'range RAPTOR 60 min (61 dep.)',
		measure(access, (a) => {
			raptor.resetRange();
			for (let d = a.dep + 3600; d >= a.dep; d -= 60)
				raptor.run(d, a.stops, a.secs, ropts(d + CUT));
		}),
		6,
		measure(
			access.slice(0, 10),
			(a) => {
				for (let d = a.dep + 3600; d >= a.dep; d -= 60) {
					raptor.resetRange();
					raptor.run(d, a.stops, a.secs, ropts(d + CUT));
				}
			},
			2
		),
		'61 separate RAPTORs'
	);
}

// --- 3. bands ------------------------------------------------------------------------------------
log('bands …');
if (part('bands')) {
	const surfaces = access.slice(0, 20).map((a, i) => {
		router.reset();
		seedSnap(
			streets,
			walkCosts,
			(n, s) => router.seed(n, s),
			stopIndex.nearest(streets.nodeX[originNodes[i]], streets.nodeY[originNodes[i]], 100)?.edge ??
				0,
			0,
			0
		);
		router.run(walkCosts, CUT);
		raptor.resetRange();
		const best = raptor.run(a.dep, a.stops, a.secs, ropts(a.dep + CUT));
		for (let s = 0; s < transit.stopCount; s++)
			if (best[s] !== UNREACHED && stopSnaps.edge[s] >= 0)
				seedSnap(
					streets,
					walkCosts,
					(n, x) => router.seed(n, x),
					stopSnaps.edge[s],
					stopSnaps.frac[s],
					best[s] - a.dep + stopSnaps.meters[s] / walkSpeed
				);
		router.run(walkCosts, CUT);
		return router.times.slice();
	});
	const viewGrids = surfaces.map((s) =>
		splatRasterise(streets.projection, streets.nodeX, streets.nodeY, s, CUT, walkSpeed)
	);
	const bandGrids = surfaces.map((s) =>
		rasteriseNodes(streets.projection, streets.nodeX, streets.nodeY, s, CUT, walkSpeed)
	);
	const sizes = (gs: { width: number; height: number; cell: number }[]) =>
		`${median(gs.map((g) => g.width))}×${median(gs.map((g) => g.height))} cells of ${median(gs.map((g) => g.cell)).toFixed(0)} m`;
	log(
		`  transit surfaces at the view's resolution (60 m, ≤ 300 cells): median ${sizes(viewGrids)}`
	);
	log(`  contoured on (≤ ${BAND_GRID_MAX_CELLS} cells): median ${sizes(bandGrids)}`);
	row(
		'bands: rasterise + contour 4 bands',
		measure(
			surfaces,
			(s) =>
				gridToBands(
					rasteriseNodes(streets.projection, streets.nodeX, streets.nodeY, s, CUT, walkSpeed),
					DEFAULT_BANDS
				),
			3
		),
		3,
		measure(
			surfaces,
			(s) =>
				gridToBands(
					splatRasterise(streets.projection, streets.nodeX, streets.nodeY, s, CUT, walkSpeed),
					DEFAULT_BANDS
				),
			3
		),
		'splat + contour at 60 m'
	);
}

// --- 4. whole recomputes with 10,000 places --------------------------------------------------------
log('whole recomputes …');
const places = Array.from({ length: 10000 }, () => Math.floor(rand() * streets.nodeCount));
if (part('recompute')) {
	const snapStart = performance.now();
	engine.setPlaces(
		places.map((n) => streets.nodeLon[n] + 0.0003),
		places.map((n) => streets.nodeLat[n])
	);
	engine.compute({ origin: lonLat(originNodes[0]), mode: 'transit' }); // snaps places and stops
	log(
		`  snapping 10,000 places and ${transit.stopCount} stops to edges (once per list): ${(performance.now() - snapStart).toFixed(1)} ms`
	);
	const idx = originNodes.map((_, i) => i);
	const depart = (i: number) =>
		engine.compute({
			origin: lonLat(originNodes[i]),
			mode: 'transit',
			time: { kind: 'depart', seconds: access[i].dep }
		});
	const plain = (i: number) => {
		// what one would write first: Map Dijkstra, scan all trips, Map Dijkstra egress per stop,
		// the old raster at 60 m, minutes per place from the node labels
		const walk = mapDijkstra(walkAdj, originNodes[i], CUT);
		const best = scan(access[i]);
		const times = new Float64Array(streets.nodeCount).fill(Infinity);
		walk.forEach((v, k) => (times[k] = v));
		for (let s = 0; s < transit.stopCount; s++) {
			const e = stopSnaps.edge[s];
			if (best[s] === Infinity || e < 0) continue;
			const egress = mapDijkstra(walkAdj, streets.edgeSource[e], CUT - (best[s] - access[i].dep));
			egress.forEach((v, k) => {
				const x = best[s] - access[i].dep + v;
				if (x < times[k]) times[k] = x;
			});
		}
		gridToBands(
			splatRasterise(streets.projection, streets.nodeX, streets.nodeY, times, CUT, walkSpeed),
			DEFAULT_BANDS
		);
		return places.map((n) => times[n]);
	};
	row(
		'whole recompute, one departure',
		measure(idx, depart),
		15,
		measure(idx.slice(0, 4), plain, 1),
		'Map Dijkstra + scan + old bands'
	);
	const sample = depart(0);
	log(
		`  parts of one recompute: ${JSON.stringify(Object.fromEntries(Object.entries(sample.timings).map(([k, v]) => [k, +v.toFixed(2)])))}`
	);
	const arriveBy = (i: number) =>
		engine.compute({
			origin: lonLat(originNodes[i]),
			mode: 'transit',
			time: { kind: 'arrive', seconds: access[i].dep + 3600 }
		});
	row(
		'arrive by (46 departures, exact)',
		measure(idx.slice(0, 20), arriveBy, 3),
		20,
		measure(
			idx.slice(0, 2),
			(i) => {
				for (let d = access[i].dep + 3600 - CUT; d <= access[i].dep + 3600; d += 60)
					engine.compute({
						origin: lonLat(originNodes[i]),
						mode: 'transit',
						time: { kind: 'depart', seconds: d }
					});
			},
			0
		),
		'46 one-departure recomputes'
	);
	log(
		`  parts of one arrive-by: ${JSON.stringify(Object.fromEntries(Object.entries(arriveBy(0).timings).map(([k, v]) => [k, +v.toFixed(2)])))}`
	);
	const windowed = (i: number) =>
		engine.compute({
			origin: lonLat(originNodes[i]),
			mode: 'transit',
			time: { kind: 'depart', seconds: access[i].dep, windowMinutes: 60 }
		});
	row('window 60 min (median + worst)', measure(idx.slice(0, 20), windowed, 3), NaN, NaN, '');
	log(
		`  parts of one window: ${JSON.stringify(Object.fromEntries(Object.entries(windowed(0).timings).map(([k, v]) => [k, +v.toFixed(2)])))}`
	);
	row(
		'walk only (bands + places)',
		measure(idx, (i) => engine.compute({ origin: lonLat(originNodes[i]), mode: 'walk' })),
		15,
		NaN,
		''
	);
}

// --- 4b. trip chains for 2,000 vacancies (issue 12) ---------------------------------------------
log('trip chains …');
if (part('chains')) {
	{
		const c = benchChains(
			transit,
			{
				lon: places.map((n) => streets.nodeLon[n] + 0.0003),
				lat: places.map((n) => streets.nodeLat[n])
			},
			access.slice(0, 12),
			{ ...ropts(0), maxRounds: model.maxVehicles },
			rand,
			measure,
			{ model, homes: originNodes.slice(0, 12).map(lonLat) }
		);
		log(`  ${c.placeStops.toFixed(1)} stops per vacancy within 800 m`);
		row('ranked chains, 2,000 vacancies, Kita', c.withKita, 50, c.single, 'one route per vacancy');
		row(
			'ranked, 2,000 vacancies, no Kita',
			c.direct,
			50,
			c.singleDirect,
			'one arrive-by + one route per vacancy'
		);
		row('coach list (worker path), Kita', c.coachKita, 50, c.single, 'one route per vacancy');
		row(
			'coach list (worker path), no Kita',
			c.coachDirect,
			50,
			c.singleDirect,
			'one arrive-by + one route per vacancy'
		);
	}
}

// --- 5. artifact size ----------------------------------------------------------------------------
if (part('size')) {
	const gz =
		(gzipSync(built.streets, { level: 9 }).length + gzipSync(built.transit, { level: 9 }).length) /
		1e6;
	const json = JSON.stringify({
		nodes: Array.from(streets.nodeLon, (v, i) => [+v.toFixed(7), +streets.nodeLat[i].toFixed(7)]),
		edges: Array.from(streets.edgeTarget, (v, e) => [
			v,
			+streets.edgeLength[e].toFixed(1),
			streets.edgeFlags[e]
		]),
		stopTimes: Array.from(transit.arrivals, (v, i) => [v, transit.departures[i]])
	});
	row(
		'artifacts gzip (streets + transit)',
		gz,
		3,
		gzipSync(json, { level: 9 }).length / 1e6,
		'JSON gzip',
		'MB'
	);
}

// --- report ----------------------------------------------------------------------------------------
const pad = (s: string, n: number) => s.padEnd(n);
const num = (v: number, unit: string) =>
	Number.isNaN(v) ? '—' : `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ${unit}`;
console.log(
	`\nReachability benchmark — ${ORIGINS} origins, medians, Node ${process.version}; ${streets.nodeCount} nodes, ` +
		`${transit.tripCount} trips, 2 feeds, 10,000 places`
);
console.log(
	`${pad('measure', 38)}${pad('ours', 12)}${pad('target', 10)}${pad('baseline', 12)}${pad('ratio', 9)}baseline is`
);
for (const r of rows) {
	const ok = Number.isNaN(r.target) ? '' : r.ours <= r.target ? ' ✓' : ' ✗';
	const ratio = Number.isNaN(r.base) ? '—' : `${(r.base / r.ours).toFixed(1)}×`;
	console.log(
		`${pad(r.name, 38)}${pad(num(r.ours, r.unit) + ok, 12)}${pad(Number.isNaN(r.target) ? '—' : `≤ ${r.target}`, 10)}${pad(num(r.base, r.unit), 12)}${pad(ratio, 9)}${r.baseName}`
	);
}
