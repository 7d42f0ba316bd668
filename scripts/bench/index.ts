/**
 * npm run bench — the reachability engine on a synthetic Bielefeld-sized network (≈100k street
 * nodes, ≈1,400 stops, ≈7,500 trips), median over many origins, each figure beside a plain
 * baseline measured in the same run. Targets from the reachability issue; nothing here asserts.
 */
import { gzipSync } from 'node:zlib';
import isobands from '@turf/isobands';
import { gridToBands, rasteriseNodes, DEFAULT_BANDS } from '../../src/lib/reach/bands.ts';
import { encodeStreets, encodeTransit } from '../../src/lib/reach/codec.ts';
import { StreetRouter, UNREACHED } from '../../src/lib/reach/dijkstra.ts';
import { ReachEngine } from '../../src/lib/reach/engine/index.ts';
import { DEFAULT_RAPTOR, RaptorWorker } from '../../src/lib/reach/raptor.ts';
import { DEFAULT_SPEEDS, edgeCosts } from '../../src/lib/reach/street-graph.ts';
import { rng, syntheticCity } from '../data-build/testing/synthetic.ts';
import { mapDijkstra, objectGraph, scanAllTrips } from './baselines.ts';

const ORIGINS = Number(process.argv[2] ?? 40);
const log = (s: string) => process.stderr.write(s + '\n');

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

log('building synthetic city …');
const t = performance.now();
const city = syntheticCity({
	seed: 2026,
	cols: 316,
	rows: 316,
	spacingM: 60,
	lines: 62,
	stopsPerLine: 26,
	headwaySeconds: 1200
});
const { streets, transit } = city;
log(
	`  ${streets.nodeCount} nodes, ${streets.edgeTarget.length} directed edges, ${transit.stopCount} stops, ` +
		`${transit.patternCount} patterns, ${transit.tripCount} trips, ${transit.arrivals.length} stop times ` +
		`(${(performance.now() - t).toFixed(0)} ms)`
);

const rand = rng(7);
const origins = Array.from({ length: ORIGINS }, () => Math.floor(rand() * streets.nodeCount));
const walkCosts = edgeCosts(streets, 'walk', DEFAULT_SPEEDS);
const bikeCosts = edgeCosts(streets, 'bike', DEFAULT_SPEEDS);
const router = new StreetRouter(streets);
const CUT = 45 * 60;
const dijkstra = (costs: Float32Array) => (o: number) => {
	router.reset();
	router.seed(o, 0);
	router.run(costs, CUT);
};

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

// 1. street Dijkstra
log('street Dijkstra …');
const walkAdj = objectGraph(streets, walkCosts);
const bikeAdj = objectGraph(streets, bikeCosts);
{
	// same answers?
	dijkstra(walkCosts)(origins[0]);
	const ref = mapDijkstra(walkAdj, origins[0], CUT);
	let diff = 0;
	ref.forEach((v, k) => (diff = Math.max(diff, Math.abs(v - router.times[k]))));
	let reached = 0;
	for (const v of router.times) if (v < Infinity) reached++;
	if (reached !== ref.size || diff > 1e-3)
		log(`  !! Dijkstra differs from baseline (${reached} vs ${ref.size}, ${diff})`);
}
row(
	'walk Dijkstra to 45 min',
	measure(origins, dijkstra(walkCosts)),
	8,
	measure(origins, (o) => mapDijkstra(walkAdj, o, CUT)),
	'Map + object heap'
);
row(
	'bike Dijkstra to 45 min',
	measure(origins, dijkstra(bikeCosts)),
	8,
	measure(origins, (o) => mapDijkstra(bikeAdj, o, CUT)),
	'Map + object heap'
);

// access per origin (walk to stops), reused by the transit measurements
const stopNode = city.stopNode;
const access = origins.map((o) => {
	dijkstra(walkCosts)(o);
	const stops: number[] = [];
	const secs: number[] = [];
	for (let s = 0; s < transit.stopCount; s++) {
		const v = router.times[stopNode[s]];
		if (v <= CUT) {
			stops.push(s);
			secs.push(Math.round(v));
		}
	}
	return { stops, secs, dep: 7 * 3600 + 30 * 60 + Math.floor(rand() * 3600) };
});

// 2. RAPTOR one departure
log('RAPTOR …');
const raptor = new RaptorWorker(transit, 8);
const ropts = (dep: number) => ({ ...DEFAULT_RAPTOR, cutoff: dep + CUT });
{
	let same = 0;
	let total = 0;
	for (const a of access.slice(0, 5)) {
		raptor.resetRange();
		const ours = raptor.run(a.dep, a.stops, a.secs, ropts(a.dep));
		const ref = scanAllTrips(
			transit,
			a.dep,
			a.stops,
			a.secs,
			DEFAULT_RAPTOR.walkSpeedMs,
			DEFAULT_RAPTOR.boardSlack,
			a.dep + CUT,
			DEFAULT_RAPTOR.maxRounds
		);
		for (let s = 0; s < transit.stopCount; s++) {
			total++;
			if ((ours[s] === UNREACHED ? Infinity : ours[s]) === ref[s]) same++;
		}
	}
	log(`  RAPTOR vs scan-all-trips: ${same}/${total} stops identical`);
}
const oneRaptor = (a: (typeof access)[number]) => {
	raptor.resetRange();
	raptor.run(a.dep, a.stops, a.secs, ropts(a.dep));
};
row(
	'RAPTOR one departure',
	measure(access, oneRaptor),
	0.5,
	measure(
		access.slice(0, 8),
		(a) =>
			scanAllTrips(
				transit,
				a.dep,
				a.stops,
				a.secs,
				DEFAULT_RAPTOR.walkSpeedMs,
				DEFAULT_RAPTOR.boardSlack,
				a.dep + CUT,
				DEFAULT_RAPTOR.maxRounds
			),
		2
	),
	'scan all trips'
);

// 3. range RAPTOR 60 min (61 departures)
const range = (a: (typeof access)[number]) => {
	raptor.resetRange();
	for (let d = a.dep + 3600; d >= a.dep; d -= 60) raptor.run(d, a.stops, a.secs, ropts(d));
};
const independent = (a: (typeof access)[number]) => {
	for (let d = a.dep + 3600; d >= a.dep; d -= 60) {
		raptor.resetRange();
		raptor.run(d, a.stops, a.secs, ropts(d));
	}
};
row(
	'range RAPTOR 60 min (61 dep.)',
	measure(access, range),
	6,
	measure(access.slice(0, 10), independent, 2),
	'61 separate RAPTORs'
);

// 4. bands from a transit + walk result
log('bands …');
const engine = new ReachEngine({ streets, transit });
const surfaces = origins.slice(0, 20).map((o, i) => {
	router.reset();
	router.seed(o, 0);
	router.run(walkCosts, CUT);
	raptor.resetRange();
	const best = raptor.run(access[i].dep, access[i].stops, access[i].secs, ropts(access[i].dep));
	for (let s = 0; s < transit.stopCount; s++)
		if (best[s] !== UNREACHED) router.seed(stopNode[s], best[s] - access[i].dep);
	router.run(walkCosts, CUT);
	return router.times.slice();
});
const makeGrid = (times: Float64Array) =>
	rasteriseNodes(streets.projection, streets.nodeX, streets.nodeY, times, CUT, 1.25);
const grids = surfaces.map(makeGrid);
log(`  grid ${grids[0].width}×${grids[0].height} cells of ${grids[0].cell.toFixed(0)} m`);
const turfInput = grids.slice(0, 3).map((g) => {
	const features = [];
	for (let j = 0; j < g.height; j++)
		for (let i = 0; i < g.width; i++) {
			const v = g.values[j * g.width + i];
			features.push({
				type: 'Feature' as const,
				properties: { t: v === Infinity ? 99999 : v },
				geometry: {
					type: 'Point' as const,
					coordinates: [
						streets.projection.lon0 + (g.minX + (i + 0.5) * g.cell) / streets.projection.mPerLon,
						streets.projection.lat0 + (g.minY + (j + 0.5) * g.cell) / streets.projection.mPerLat
					]
				}
			});
		}
	return { type: 'FeatureCollection' as const, features };
});
row(
	'bands: contour 4 bands',
	measure(grids, (g) => gridToBands(g, DEFAULT_BANDS), 3),
	3,
	measure(turfInput, (fc) => isobands(fc, [0, 600, 1200, 1800, 2700], { zProperty: 't' }), 1),
	'@turf/isobands'
);
row(
	'bands: rasterise + contour',
	measure(surfaces, (s) => gridToBands(makeGrid(s), DEFAULT_BANDS), 3),
	3,
	NaN,
	''
);

// 5. whole recompute with 10,000 places
log('whole recompute …');
const places = Array.from({ length: 10000 }, () => Math.floor(rand() * streets.nodeCount));
const snapStart = performance.now();
engine.setPlaces(
	places.map((n) => streets.nodeLon[n] + 0.0003),
	places.map((n) => streets.nodeLat[n])
);
log(
	`  snapping 10,000 places to nodes (once per place list): ${(performance.now() - snapStart).toFixed(1)} ms`
);
const lonLat = (o: number) => ({ lon: streets.nodeLon[o], lat: streets.nodeLat[o] });
const whole = (i: number) =>
	engine.compute({
		origin: lonLat(origins[i]),
		mode: 'transit',
		time: { kind: 'depart', seconds: access[i].dep }
	});
const idx = origins.map((_, i) => i);
const baselineWhole = (i: number) => {
	// plain pipeline: Map Dijkstra walk + scan-all-trips + Map Dijkstra egress per reached stop
	const walk = mapDijkstra(walkAdj, origins[i], CUT);
	const a = access[i];
	const best = scanAllTrips(
		transit,
		a.dep,
		a.stops,
		a.secs,
		DEFAULT_RAPTOR.walkSpeedMs,
		DEFAULT_RAPTOR.boardSlack,
		a.dep + CUT,
		DEFAULT_RAPTOR.maxRounds
	);
	void walk;
	void best;
};
row(
	'whole recompute (transit, 10k places)',
	measure(idx, whole),
	25,
	measure(idx.slice(0, 4), baselineWhole, 1),
	'Map Dijkstra + scan'
);
const sample = whole(0);
log(
	`  timings of one recompute: ${JSON.stringify(Object.fromEntries(Object.entries(sample.timings).map(([k, v]) => [k, +v.toFixed(2)])))}`
);
row(
	'  walk only (bands + places)',
	measure(idx, (i) => engine.compute({ origin: lonLat(origins[i]), mode: 'walk' })),
	25,
	NaN,
	''
);
row(
	'  transit, 60-min window',
	measure(
		idx.slice(0, 15),
		(i) =>
			engine.compute({
				origin: lonLat(origins[i]),
				mode: 'transit',
				time: { kind: 'depart', seconds: access[i].dep, windowMinutes: 60 }
			}),
		2
	),
	NaN,
	NaN,
	''
);
row(
	'  transit, arrive by',
	measure(
		idx.slice(0, 15),
		(i) =>
			engine.compute({
				origin: lonLat(origins[i]),
				mode: 'transit',
				time: { kind: 'arrive', seconds: access[i].dep + 3600 }
			}),
		2
	),
	NaN,
	NaN,
	''
);

// 6. artifact size
const streetsBin = encodeStreets(streets);
const transitBin = encodeTransit(transit);
const gz =
	(gzipSync(streetsBin, { level: 9 }).length + gzipSync(transitBin, { level: 9 }).length) / 1e6;
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
log(
	`  raw: streets ${(streetsBin.length / 1e6).toFixed(2)} MB, transit ${(transitBin.length / 1e6).toFixed(2)} MB`
);

// report
const pad = (s: string, n: number) => s.padEnd(n);
const num = (v: number, unit: string) =>
	Number.isNaN(v) ? '—' : `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ${unit}`;
console.log(`\nReachability benchmark — ${ORIGINS} origins, medians, Node ${process.version}`);
console.log(
	`${pad('measure', 40)}${pad('ours', 12)}${pad('target', 10)}${pad('baseline', 12)}${pad('ratio', 9)}baseline is`
);
for (const r of rows) {
	const ok = Number.isNaN(r.target) ? '' : r.ours <= r.target ? ' ✓' : ' ✗';
	const ratio = Number.isNaN(r.base) ? '—' : `${(r.base / r.ours).toFixed(1)}×`;
	console.log(
		`${pad(r.name, 40)}${pad(num(r.ours, r.unit) + ok, 12)}${pad(Number.isNaN(r.target) ? '—' : `≤ ${r.target}`, 10)}${pad(num(r.base, r.unit), 12)}${pad(ratio, 9)}${r.baseName}`
	);
}
