/**
 * Brute-force reference with a vehicle limit: Bellman-Ford over vehicles. Pass k boards any trip
 * at any stop that was ready after pass k − 1 (with the slack of that boarding), rides it to every
 * later stop, then walks one transfer from each stop reached by that ride. Deliberately written
 * without RAPTOR's patterns, marking or label reuse: every trip is scanned in every pass.
 */
import type { TransitData } from '../../../src/lib/reach/transit';

export interface RoundLimitedQuery {
	departure: number;
	access: { stop: number; seconds: number }[];
	maxVehicles: number;
	walkSpeedMs: number;
	wheelchair: boolean;
	/** slack before the first boarding (after the access walk) */
	firstBoardSlack: number;
	/** slack before every later boarding (after a ride or a transfer walk) */
	boardSlack: number;
	cutoff: number;
}

/** Earliest arrival per stop (Infinity = not reached) with at most `maxVehicles` vehicles. */
export function roundLimitedEarliestArrival(tt: TransitData, q: RoundLimitedQuery): number[] {
	const INF = Number.POSITIVE_INFINITY;
	const trips: { stops: number[]; arr: number[]; dep: number[]; wheelchair: number }[] = [];
	for (let p = 0; p < tt.patternCount; p++) {
		const stops = Array.from(
			tt.patternStops.subarray(tt.patternStopStart[p], tt.patternStopStart[p + 1])
		);
		for (let t = tt.patternTripStart[p]; t < tt.patternTripStart[p + 1]; t++) {
			const b = tt.tripStopTimeStart[t];
			trips.push({
				stops,
				arr: Array.from(tt.arrivals.subarray(b, b + stops.length)),
				dep: Array.from(tt.departures.subarray(b, b + stops.length)),
				wheelchair: tt.tripWheelchair[t]
			});
		}
	}
	const usable = (s: number) => !q.wheelchair || tt.stopWheelchair[s] !== 2;
	let ready: number[] = new Array(tt.stopCount).fill(INF);
	for (const a of q.access) {
		const t = q.departure + a.seconds;
		if (t <= q.cutoff && t < ready[a.stop]) ready[a.stop] = t;
	}
	for (let k = 1; k <= q.maxVehicles; k++) {
		const slack = k === 1 ? q.firstBoardSlack : q.boardSlack;
		const rode: number[] = new Array(tt.stopCount).fill(INF);
		for (const trip of trips) {
			if (q.wheelchair && trip.wheelchair === 2) continue;
			let on = false;
			for (let i = 0; i < trip.stops.length; i++) {
				const s = trip.stops[i];
				if (!usable(s)) continue;
				if (on && trip.arr[i] <= q.cutoff && trip.arr[i] < rode[s]) rode[s] = trip.arr[i];
				if (!on && ready[s] + slack <= trip.dep[i]) on = true;
			}
		}
		const next = ready.slice();
		for (let s = 0; s < tt.stopCount; s++) {
			if (rode[s] === INF) continue;
			if (rode[s] < next[s]) next[s] = rode[s];
			for (let e = tt.transferStart[s]; e < tt.transferStart[s + 1]; e++) {
				const u = tt.transferTarget[e];
				const at = rode[s] + Math.round(tt.transferMeters[e] / q.walkSpeedMs);
				if (at <= q.cutoff && at < next[u]) next[u] = at;
			}
		}
		ready = next;
	}
	return ready;
}
