/**
 * Stop times for the three time modes, shared by the street and the fallback model. Departure
 * times are sampled every minute.
 * - depart at T: earliest arrival at every stop for that departure.
 * - depart within [T, T + window]: range RAPTOR over every minute; per stop the median and the
 *   worst travel time.
 * - arrive by D: the stop arrivals of every departure minute in [D − max, D], for the models to
 *   find, per destination, the latest departure that arrives in time.
 */
import { UNREACHED } from '../dijkstra';
import { RaptorWorker, type RaptorOptions } from '../raptor';
import type { TransitData } from '../transit';
import type { TransitModel } from '../transit-model';
import type { Access, Query } from './types';

/** Stop arrivals for each departure minute of an arrive-by search. */
export interface ArriveByTable {
	deadline: number;
	/** arrivals[s · minutes + m]: arrival at stop s (absolute, UNREACHED) leaving at deadline − 60·m */
	arrivals: Int32Array;
	minutes: number;
}

export class TransitTimes {
	private readonly raptor: RaptorWorker;

	constructor(
		readonly transit: TransitData,
		readonly model: TransitModel
	) {
		this.raptor = new RaptorWorker(transit, Math.max(model.maxVehicles, 8));
	}

	private options(q: Query, cutoff: number): RaptorOptions {
		return {
			maxRounds: q.req.maxTransitLegs ?? this.model.maxVehicles,
			walkSpeedMs: q.legSpeed,
			wheelchair: q.profile === 'wheelchair',
			boardSlack: this.model.transferSlackSeconds,
			firstBoardSlack: this.model.firstBoardSlackSeconds,
			cutoff
		};
	}

	/** Seconds from `departure` to every stop (Infinity = not reached). */
	depart(q: Query, access: Access, departure: number): Float64Array {
		this.raptor.resetRange();
		const best = this.raptor.run(
			departure,
			access.stops,
			access.seconds,
			this.options(q, departure + q.maxSeconds)
		);
		return Float64Array.from(best, (b) => (b === UNREACHED ? Infinity : b - departure));
	}

	/** Range RAPTOR over [from, from + window]; per stop median and worst travel time (s). */
	window(
		q: Query,
		access: Access,
		from: number,
		windowMinutes: number
	): { median: Float64Array; worst: Float64Array } {
		const n = this.transit.stopCount;
		const minutes = Math.max(1, Math.round(windowMinutes)) + 1;
		const samples = new Float64Array(minutes * n);
		this.raptor.resetRange();
		for (let m = minutes - 1; m >= 0; m--) {
			const d = from + m * 60;
			const best = this.raptor.run(
				d,
				access.stops,
				access.seconds,
				this.options(q, d + q.maxSeconds)
			);
			for (let s = 0; s < n; s++) {
				const b = best[s];
				samples[s * minutes + m] = b === UNREACHED || b - d > q.maxSeconds ? Infinity : b - d;
			}
		}
		const median = new Float64Array(n);
		const worst = new Float64Array(n);
		for (let s = 0; s < n; s++) {
			const row = samples.subarray(s * minutes, (s + 1) * minutes).sort();
			median[s] = row[(minutes - 1) >> 1];
			worst[s] = row[minutes - 1];
		}
		return { median, worst };
	}

	/** Stop arrivals for every departure minute from the deadline back to deadline − maxSeconds. */
	arriveBy(q: Query, access: Access, deadline: number): ArriveByTable {
		const n = this.transit.stopCount;
		const minutes = Math.floor(q.maxSeconds / 60) + 1;
		const arrivals = new Int32Array(minutes * n);
		this.raptor.resetRange();
		for (let m = 0; m < minutes; m++) {
			const best = this.raptor.run(
				deadline - m * 60,
				access.stops,
				access.seconds,
				this.options(q, deadline)
			);
			for (let s = 0; s < n; s++) arrivals[s * minutes + m] = best[s];
		}
		return { deadline, arrivals, minutes };
	}
}

/** Latest departure from the origin reaching stop s by `by`, or -Infinity. */
export function latestDeparture(a: ArriveByTable, s: number, by: number): number {
	const base = s * a.minutes;
	// arrivals[base + m] is for departure deadline − 60 m: non-increasing as m grows
	let lo = 0;
	let hi = a.minutes;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (a.arrivals[base + mid] <= by) hi = mid;
		else lo = mid + 1;
	}
	return lo < a.minutes ? a.deadline - lo * 60 : -Infinity;
}
