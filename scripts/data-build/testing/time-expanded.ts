/**
 * Brute-force reference for RAPTOR tests: reachability in a plain time-expanded graph. Every
 * node is an event with a fixed time, so the earliest arrival at a stop is the earliest reachable
 * arrival event there; a breadth-first search is enough. Deliberately written without any of the
 * RAPTOR machinery (no rounds, no patterns, no pruning).
 */
import type { TransitData } from '../../../src/lib/reach/transit';

export interface ReferenceQuery {
	departure: number;
	access: { stop: number; seconds: number }[];
	walkSpeedMs: number;
	wheelchair: boolean;
	/** slack before boarding after a ride or a transfer walk */
	boardSlack: number;
	/** slack before the first boarding, after the access walk (default boardSlack) */
	firstBoardSlack?: number;
	cutoff: number;
}

export function referenceEarliestArrival(tt: TransitData, q: ReferenceQuery): number[] {
	const INF = Number.POSITIVE_INFINITY;
	const result: number[] = new Array(tt.stopCount).fill(INF);
	// Departure events per stop, sorted by time: [time, trip, index in trip]
	const depsAt: [number, number, number][][] = Array.from({ length: tt.stopCount }, () => []);
	const tripPattern: number[] = [];
	for (let p = 0; p < tt.patternCount; p++)
		for (let t = tt.patternTripStart[p]; t < tt.patternTripStart[p + 1]; t++) tripPattern[t] = p;
	const stopOf = (trip: number, i: number) =>
		tt.patternStops[tt.patternStopStart[tripPattern[trip]] + i];
	const tripLength = (trip: number) =>
		tt.patternStopStart[tripPattern[trip] + 1] - tt.patternStopStart[tripPattern[trip]];
	for (let trip = 0; trip < tt.tripCount; trip++) {
		for (let i = 0; i < tripLength(trip); i++)
			depsAt[stopOf(trip, i)].push([tt.departures[tt.tripStopTimeStart[trip] + i], trip, i]);
	}
	for (const list of depsAt) list.sort((a, b) => a[0] - b[0]);
	const accessible = (stop: number) => !q.wheelchair || tt.stopWheelchair[stop] !== 2;

	const boarded = new Set<string>(); // "trip:i" on board at index i
	const queue: [number, number][] = [];
	const waitingFrom: number[] = new Array(tt.stopCount).fill(INF); // earliest boarding time
	const ready = (stop: number, time: number, slack: number) => {
		if (time > q.cutoff) return;
		if (time < result[stop]) result[stop] = time;
		if (!accessible(stop) || time + slack >= waitingFrom[stop]) return;
		waitingFrom[stop] = time + slack;
		for (const [dep, trip, i] of depsAt[stop]) {
			if (dep < time + slack) continue;
			if (q.wheelchair && tt.tripWheelchair[trip] === 2) continue;
			const key = `${trip}:${i}`;
			if (!boarded.has(key)) {
				boarded.add(key);
				queue.push([trip, i]);
			}
		}
	};
	for (const a of q.access)
		ready(a.stop, q.departure + a.seconds, q.firstBoardSlack ?? q.boardSlack);

	const processed = new Set<string>();
	while (queue.length > 0) {
		const [trip, i0] = queue.pop() as [number, number];
		// ride on from i0 to every later stop of the trip
		for (let i = i0 + 1; i < tripLength(trip); i++) {
			const key = `${trip}:${i}`;
			if (processed.has(key)) break;
			processed.add(key);
			const arr = tt.arrivals[tt.tripStopTimeStart[trip] + i];
			const stop = stopOf(trip, i);
			if (arr > q.cutoff || !accessible(stop)) continue;
			if (arr < result[stop]) result[stop] = arr;
			ready(stop, arr, q.boardSlack);
			for (let e = tt.transferStart[stop]; e < tt.transferStart[stop + 1]; e++) {
				const to = tt.transferTarget[e];
				const at = arr + Math.round(tt.transferMeters[e] / q.walkSpeedMs);
				if (at > q.cutoff) continue;
				if (at < result[to]) result[to] = at;
				// a transfer arrival may board but not walk on
				if (accessible(to) && at + q.boardSlack < waitingFrom[to]) {
					waitingFrom[to] = at + q.boardSlack;
					for (const [dep, t2, i2] of depsAt[to]) {
						if (dep < at + q.boardSlack) continue;
						if (q.wheelchair && tt.tripWheelchair[t2] === 2) continue;
						const k2 = `${t2}:${i2}`;
						if (!boarded.has(k2)) {
							boarded.add(k2);
							queue.push([t2, i2]);
						}
					}
				}
			}
		}
	}
	return result;
}
