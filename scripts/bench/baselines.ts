/**
 * Deliberately plain baselines for the benchmark: what one would write first, without typed
 * arrays. They must give the same answers (checked in the benchmark), only slower.
 */
import { createGrid, splatPoints, type TimeGrid } from '../../src/lib/reach/bands.ts';
import type { LocalProjection } from '../../src/lib/reach/geo.ts';
import type { StreetGraph } from '../../src/lib/reach/street-graph.ts';
import type { TransitData } from '../../src/lib/reach/transit.ts';

/**
 * The bands' raster as it was: every node splatted into the cells within 1.25 cells (a square
 * root per cell) on a grid of up to 300 cells per side at the view's 60 m.
 */
export function splatRasterise(
	projection: LocalProjection,
	xs: Float32Array,
	ys: Float32Array,
	times: ArrayLike<number>,
	maxSeconds: number,
	speedMs: number
): TimeGrid {
	let minX = Infinity,
		minY = Infinity,
		maxX = -Infinity,
		maxY = -Infinity;
	for (let k = 0; k < times.length; k++) {
		if (!(times[k] <= maxSeconds)) continue;
		minX = Math.min(minX, xs[k]);
		maxX = Math.max(maxX, xs[k]);
		minY = Math.min(minY, ys[k]);
		maxY = Math.max(maxY, ys[k]);
	}
	if (minX === Infinity) minX = minY = maxX = maxY = 0;
	const probe = createGrid(projection, { minX, minY, maxX, maxY }, 60, 300);
	const radius = 1.25 * probe.cell;
	const grid = createGrid(
		projection,
		{ minX: minX - radius, minY: minY - radius, maxX: maxX + radius, maxY: maxY + radius },
		60,
		300
	);
	splatPoints(grid, xs, ys, times, maxSeconds, radius, speedMs);
	return grid;
}

interface Edge {
	to: number;
	cost: number;
}

/** Adjacency as arrays of objects, as a graph library would hold it. */
export function objectGraph(g: StreetGraph, costs: Float32Array): Edge[][] {
	const adj: Edge[][] = [];
	for (let n = 0; n < g.nodeCount; n++) {
		const list: Edge[] = [];
		for (let e = g.edgeStart[n]; e < g.edgeStart[n + 1]; e++)
			if (costs[e] !== Infinity) list.push({ to: g.edgeTarget[e], cost: costs[e] });
		adj.push(list);
	}
	return adj;
}

/** Dijkstra with a Map of labels and a binary heap of {node, time} objects. */
export function mapDijkstra(adj: Edge[][], source: number, cutoff: number): Map<number, number> {
	const dist = new Map<number, number>([[source, 0]]);
	const heap: { node: number; time: number }[] = [{ node: source, time: 0 }];
	const push = (item: { node: number; time: number }) => {
		heap.push(item);
		let i = heap.length - 1;
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (heap[p].time <= heap[i].time) break;
			[heap[p], heap[i]] = [heap[i], heap[p]];
			i = p;
		}
	};
	const pop = () => {
		const top = heap[0];
		const last = heap.pop() as { node: number; time: number };
		if (heap.length) {
			heap[0] = last;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < heap.length && heap[l].time < heap[m].time) m = l;
				if (r < heap.length && heap[r].time < heap[m].time) m = r;
				if (m === i) break;
				[heap[m], heap[i]] = [heap[i], heap[m]];
				i = m;
			}
		}
		return top;
	};
	while (heap.length) {
		const { node, time } = pop();
		if (time > (dist.get(node) ?? Infinity)) continue;
		for (const { to, cost } of adj[node]) {
			const t = time + cost;
			if (t <= cutoff && t < (dist.get(to) ?? Infinity)) {
				dist.set(to, t);
				push({ node: to, time: t });
			}
		}
	}
	return dist;
}

/**
 * Naive transit search: scan every trip of the day again and again (Bellman-Ford over trips)
 * until no stop improves; transfers after each pass. Same rules as RAPTOR (board slack, walk
 * transfers only after a ride, at most maxRounds legs).
 */
export function scanAllTrips(
	tt: TransitData,
	departure: number,
	accessStops: number[],
	accessSeconds: number[],
	walkSpeedMs: number,
	boardSlack: number,
	cutoff: number,
	maxRounds: number,
	firstBoardSlack = boardSlack
): number[] {
	const INF = Number.POSITIVE_INFINITY;
	const ready: number[] = new Array(tt.stopCount).fill(INF); // may board from here
	const best: number[] = new Array(tt.stopCount).fill(INF);
	const bestRide: number[] = new Array(tt.stopCount).fill(INF);
	accessStops.forEach((s, i) => {
		const t = departure + accessSeconds[i];
		if (t <= cutoff) ready[s] = best[s] = Math.min(best[s], t);
	});
	const trips: { stops: number[]; arr: number[]; dep: number[] }[] = [];
	for (let p = 0; p < tt.patternCount; p++) {
		const stops = Array.from(
			tt.patternStops.subarray(tt.patternStopStart[p], tt.patternStopStart[p + 1])
		);
		for (let t = tt.patternTripStart[p]; t < tt.patternTripStart[p + 1]; t++) {
			const b = tt.tripStopTimeStart[t];
			trips.push({
				stops,
				arr: Array.from(tt.arrivals.subarray(b, b + stops.length)),
				dep: Array.from(tt.departures.subarray(b, b + stops.length))
			});
		}
	}
	// ready[] only changes between passes, so pass k adds exactly one more vehicle leg.
	for (let pass = 0, changed = true; changed && pass < maxRounds; pass++) {
		changed = false;
		// the first pass boards from the access walks only
		const slack = pass === 0 ? firstBoardSlack : boardSlack;
		const rideArrivals: [number, number][] = [];
		for (const trip of trips) {
			let onboard = false;
			for (let i = 0; i < trip.stops.length; i++) {
				const s = trip.stops[i];
				if (onboard && trip.arr[i] <= cutoff && trip.arr[i] < bestRide[s]) {
					bestRide[s] = trip.arr[i];
					if (trip.arr[i] < best[s]) best[s] = trip.arr[i];
					rideArrivals.push([s, trip.arr[i]]);
					changed = true;
				}
				if (!onboard && ready[s] + slack <= trip.dep[i]) onboard = true;
			}
		}
		for (const [s, t] of rideArrivals) {
			if (t < ready[s]) ready[s] = t;
			for (let e = tt.transferStart[s]; e < tt.transferStart[s + 1]; e++) {
				const u = tt.transferTarget[e];
				const at = t + Math.round(tt.transferMeters[e] / walkSpeedMs);
				if (at <= cutoff && at < best[u]) best[u] = at;
				if (at <= cutoff && at < ready[u]) ready[u] = at;
			}
		}
	}
	return best;
}
