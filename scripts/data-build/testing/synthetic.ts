/**
 * Seeded synthetic networks for tests and the benchmark: a jittered street grid with random gaps
 * and a bus/tram network running along it. Not real data; sized by parameters.
 */
import { buildStreetGraph, EdgeFlag, type StreetGraph } from '../../../src/lib/reach/street-graph';
import { buildTransit, type TransitData, type TripInput } from '../../../src/lib/reach/transit';

/** mulberry32: small, fast, seedable PRNG returning [0, 1) */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface SyntheticCity {
	streets: StreetGraph;
	transit: TransitData;
	/** street node of each stop */
	stopNode: Int32Array;
	cols: number;
	rows: number;
}

export function syntheticCity(opts: {
	seed: number;
	cols: number;
	rows: number;
	spacingM: number;
	lines: number;
	stopsPerLine: number;
	headwaySeconds: number;
	lon0?: number;
	lat0?: number;
	firstDeparture?: number;
	lastDeparture?: number;
	/** straight rail lines across the city (S-Bahn-like: a stop every `expressStride` nodes,
	 *  13 m/s, every 10 min), after the other lines so those stay as they were */
	expressLines?: number;
	expressStride?: number;
}): SyntheticCity {
	const rand = rng(opts.seed);
	const { cols, rows, spacingM } = opts;
	const lon0 = opts.lon0 ?? 8.4;
	const lat0 = opts.lat0 ?? 51.93;
	const mPerLat = 111195;
	const mPerLon = mPerLat * Math.cos((lat0 * Math.PI) / 180);
	const n = cols * rows;
	const nodeLon = new Float64Array(n);
	const nodeLat = new Float64Array(n);
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < cols; c++) {
			const i = r * cols + c;
			nodeLon[i] = lon0 + (c * spacingM + (rand() - 0.5) * spacingM * 0.4) / mPerLon;
			nodeLat[i] = lat0 + (r * spacingM + (rand() - 0.5) * spacingM * 0.4) / mPerLat;
		}
	const from: number[] = [];
	const to: number[] = [];
	const fwd: number[] = [];
	const bwd: number[] = [];
	const add = (a: number, b: number) => {
		if (rand() < 0.08) return; // gaps: parks, rail lines, dead ends
		const u = rand();
		let f = 0;
		if (u < 0.01) f = EdgeFlag.STEPS | EdgeFlag.NO_BIKE;
		else if (u < 0.02) f = EdgeFlag.HIGH_KERB;
		else if (u < 0.1) f = EdgeFlag.NO_BIKE;
		from.push(a);
		to.push(b);
		fwd.push(f);
		bwd.push(f);
	};
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < cols; c++) {
			const i = r * cols + c;
			if (c + 1 < cols) add(i, i + 1);
			if (r + 1 < rows) add(i, i + cols);
		}
	const streets = buildStreetGraph({
		nodeLon,
		nodeLat,
		segFrom: Int32Array.from(from),
		segTo: Int32Array.from(to),
		segFlagsForward: Uint8Array.from(fwd),
		segFlagsBackward: Uint8Array.from(bwd)
	});

	// Lines: straight-ish random walks across the grid; stops every few nodes, shared where
	// lines meet (stop reuse by node).
	const stopOfNode = new Map<number, number>();
	const stops: { lon: number; lat: number; wheelchair: number; name: string }[] = [];
	const stopNode: number[] = [];
	const trips: TripInput[] = [];
	const routes: { type: number; name: string }[] = [];
	const first = opts.firstDeparture ?? 5 * 3600;
	const last = opts.lastDeparture ?? 24 * 3600;
	for (let l = 0; l < opts.lines; l++) {
		let c = Math.floor(rand() * cols);
		let r = Math.floor(rand() * rows);
		const dc = rand() < 0.5 ? 1 : -1;
		const dr = rand() < 0.5 ? 1 : -1;
		const lineStops: number[] = [];
		const stride = 3 + Math.floor(rand() * 5);
		for (let k = 0; k < opts.stopsPerLine; k++) {
			const node = r * cols + c;
			let s = stopOfNode.get(node);
			if (s === undefined) {
				s = stops.length;
				stopOfNode.set(node, s);
				stops.push({
					lon: nodeLon[node],
					lat: nodeLat[node],
					wheelchair: rand() < 0.05 ? 2 : 1,
					name: `S${s}`
				});
				stopNode.push(node);
			}
			if (!lineStops.includes(s)) lineStops.push(s);
			for (let step = 0; step < stride; step++) {
				if (rand() < 0.5) c = Math.min(cols - 1, Math.max(0, c + dc));
				else r = Math.min(rows - 1, Math.max(0, r + dr));
			}
		}
		if (lineStops.length < 2) continue;
		const route = routes.length;
		const tram = l % 6 === 0;
		routes.push({ type: tram ? 0 : 3, name: `${tram ? 'STB' : 'Bus'} ${l + 1}` });
		const headway = opts.headwaySeconds * (0.6 + rand() * 0.8);
		const hop = (stride * spacingM) / (tram ? 7 : 5.5);
		for (const dir of [lineStops, [...lineStops].reverse()]) {
			for (let t0 = first + rand() * headway; t0 < last; t0 += headway) {
				const arr: number[] = [];
				const dep: number[] = [];
				let t = Math.round(t0);
				for (let i = 0; i < dir.length; i++) {
					arr.push(t);
					t += i === 0 || i === dir.length - 1 ? 0 : 20;
					dep.push(t);
					t += Math.round(hop * (0.8 + rand() * 0.4));
				}
				trips.push({ route, stops: dir, arrivals: arr, departures: dep, wheelchair: 1 });
			}
		}
	}
	const expressStride = opts.expressStride ?? 20;
	for (let l = 0; l < (opts.expressLines ?? 0); l++) {
		const horizontal = l % 2 === 0;
		const fixed = Math.floor((0.15 + 0.7 * rand()) * (horizontal ? rows : cols));
		const along = horizontal ? cols : rows;
		const lineStops: number[] = [];
		for (let k = Math.floor(rand() * expressStride); k < along; k += expressStride) {
			const node = horizontal ? fixed * cols + k : k * cols + fixed;
			let s = stopOfNode.get(node);
			if (s === undefined) {
				s = stops.length;
				stopOfNode.set(node, s);
				stops.push({ lon: nodeLon[node], lat: nodeLat[node], wheelchair: 1, name: `S${s}` });
				stopNode.push(node);
			}
			lineStops.push(s);
		}
		if (lineStops.length < 2) continue;
		const route = routes.length;
		routes.push({ type: 2, name: `S ${l + 1}` });
		const hop = (expressStride * spacingM) / 13;
		for (const dir of [lineStops, [...lineStops].reverse()])
			for (let t0 = first + rand() * 600; t0 < last; t0 += 600) {
				const arr: number[] = [];
				const dep: number[] = [];
				let t = Math.round(t0);
				for (let i = 0; i < dir.length; i++) {
					arr.push(t);
					t += i === 0 || i === dir.length - 1 ? 0 : 30;
					dep.push(t);
					t += Math.round(hop);
				}
				trips.push({ route, stops: dir, arrivals: arr, departures: dep, wheelchair: 1 });
			}
	}
	const transit = buildTransit({ stops, routes, trips, transferRadiusMeters: 400 });
	return { streets, transit, stopNode: Int32Array.from(stopNode), cols, rows };
}

/** A small random timetable (no streets) for comparing RAPTOR with the reference. */
export function randomTransit(seed: number, stopCount: number, lines: number): TransitData {
	const rand = rng(seed);
	const stops = Array.from({ length: stopCount }, (_, i) => ({
		lon: 8.5 + rand() * 0.03,
		lat: 52 + rand() * 0.02,
		wheelchair: rand() < 0.15 ? 2 : rand() < 0.5 ? 1 : 0,
		name: `S${i}`
	}));
	const trips: TripInput[] = [];
	const routes: { type: number; name: string }[] = [];
	for (let l = 0; l < lines; l++) {
		routes.push({ type: 3, name: `L${l}` });
		const len = 2 + Math.floor(rand() * 6);
		const seq: number[] = [];
		while (seq.length < len) {
			const s = Math.floor(rand() * stopCount);
			if (!seq.includes(s)) seq.push(s);
		}
		const nTrips = 3 + Math.floor(rand() * 8);
		for (let k = 0; k < nTrips; k++) {
			let t = 7 * 3600 + Math.floor(rand() * 7200);
			const arr: number[] = [];
			const dep: number[] = [];
			for (let i = 0; i < len; i++) {
				arr.push(t);
				t += Math.floor(rand() * 60);
				dep.push(t);
				t += 60 + Math.floor(rand() * 600);
			}
			trips.push({
				route: l,
				stops: seq,
				arrivals: arr,
				departures: dep,
				wheelchair: rand() < 0.2 ? 2 : 1
			});
		}
	}
	return buildTransit({ stops, routes, trips, transferRadiusMeters: 600 });
}
