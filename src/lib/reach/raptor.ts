/**
 * RAPTOR (Delling, Pajor, Werneck 2012) over a TransitData timetable, in the style of Conveyal
 * R5's FastRaptorWorker: one Int32Array per round, no objects in the hot loop.
 *
 * Range RAPTOR (rRAPTOR, section 4 of the paper): call `resetRange()` once, then `run()` for
 * departure times in DESCENDING order without resetting. Every label is kept per round: the
 * arrival with at most k vehicles found for a later departure is still reachable with at most k
 * vehicles from an earlier one (one can wait at the origin), so each minute only propagates its
 * improvements and the result is exact for every departure under any vehicle limit. (A best
 * arrival shared across rounds would not be: it may have used more vehicles than are left.)
 */
import { UNREACHED } from './dijkstra';
import type { TransitData } from './transit';
import { DEFAULT_TRANSIT_MODEL } from './transit-model';

/** timeSource value: the label came from a ride in the same round */
export const SOURCE_RIDE = -1;

/** One leg of a journey between stops, as RAPTOR found it (absolute seconds of the service day). */
export type JourneyLeg =
	| {
			kind: 'access';
			/** the stop the walk from the origin reaches */
			stop: number;
			/** the run's departure and the arrival at the stop */
			departure: number;
			arrival: number;
	  }
	| {
			kind: 'ride';
			trip: number;
			pattern: number;
			route: number;
			/** positions in the pattern's stop sequence */
			boardPos: number;
			alightPos: number;
			fromStop: number;
			toStop: number;
			departure: number;
			arrival: number;
	  }
	| { kind: 'transfer'; fromStop: number; toStop: number; departure: number; arrival: number };

export interface RaptorOptions {
	/** maximum number of vehicles boarded (transit legs) */
	maxRounds: number;
	/** walking speed for transfers, m/s */
	walkSpeedMs: number;
	/** only use stops/trips not marked inaccessible (GTFS value 2) */
	wheelchair: boolean;
	/** seconds needed at a stop before boarding after a ride or a transfer walk */
	boardSlack: number;
	/** seconds needed before the first boarding, after the walk from the origin; at most
	 *  boardSlack (a walk-only label carried into a later round boards with boardSlack) */
	firstBoardSlack: number;
	/** absolute time after which arrivals are not stored */
	cutoff: number;
}

export const DEFAULT_RAPTOR: Readonly<Omit<RaptorOptions, 'cutoff'>> = {
	maxRounds: DEFAULT_TRANSIT_MODEL.maxVehicles,
	walkSpeedMs: 4.5 / 3.6,
	wheelchair: false,
	boardSlack: DEFAULT_TRANSIT_MODEL.transferSlackSeconds,
	firstBoardSlack: DEFAULT_TRANSIT_MODEL.firstBoardSlackSeconds
};

/** A list of stops with a membership stamp, cleared in constant time (a new generation). */
export class StopList {
	readonly items: Int32Array;
	/** stamp[s] === generation: s is in the list */
	private readonly stamp: Uint32Array;
	private generation = 1;
	length = 0;
	constructor(n: number) {
		this.items = new Int32Array(n);
		this.stamp = new Uint32Array(n);
	}
	add(s: number): void {
		if (this.stamp[s] === this.generation) return;
		this.stamp[s] = this.generation;
		this.items[this.length++] = s;
	}
	clear(): void {
		this.length = 0;
		if (++this.generation === 0xffffffff) {
			this.stamp.fill(0);
			this.generation = 1;
		}
	}
}

export class RaptorWorker {
	/** times[k][s]: earliest arrival at s with ≤ k vehicles, by vehicle, transfer or access */
	private readonly times: Int32Array[];
	/** rides[k][s]: earliest arrival at s directly by vehicle with ≤ k vehicles (only these may
	 *  start a walking transfer) */
	private readonly rides: Int32Array[];
	/** back-pointers of rides[k][s]: the trip ridden and (board position << 16 | alight position)
	 *  in its pattern; written only where round k itself improved the ride label (a label equal
	 *  to round k − 1's came from there) */
	private readonly rideTrip: Int32Array[];
	private readonly ridePos: Int32Array[];
	/** back-pointer of times[k][s] where round k improved it: SOURCE_RIDE (rides[k][s]) or the
	 *  stop a transfer walk started from (its rides[k]); round 0 labels are access walks */
	private readonly timeSource: Int32Array[];
	/** stops whose times[k] / rides[k] changed in this run (improved or copied from round k − 1) */
	private readonly changed: StopList[];
	private readonly rideChanged: StopList[];
	/** stops improved in round k of this run by access, ride or transfer: the next round scans
	 *  their patterns */
	private readonly improved: StopList[];
	/** stops whose ride arrival improved in the current round (transfers start here) */
	private readonly rideImproved: StopList;
	private readonly markedPattern: Uint8Array;
	private readonly transferSeconds: Int32Array;
	private transferSpeed = -1;
	/** vehicle limit of the current range (labels of another limit cannot be reused) */
	private rangeRounds = -1;
	/** departure, slacks and walk speed of the last run (for journey reconstruction) */
	private last: { departure: number; firstBoardSlack: number; boardSlack: number } | undefined;
	private tripPatternCache: Int32Array | undefined;

	constructor(
		readonly transit: TransitData,
		readonly maxRounds = DEFAULT_RAPTOR.maxRounds
	) {
		const n = transit.stopCount;
		const rounds = maxRounds + 1;
		this.times = Array.from({ length: rounds }, () => new Int32Array(n));
		this.rides = Array.from({ length: rounds }, () => new Int32Array(n));
		this.rideTrip = Array.from({ length: rounds }, () => new Int32Array(n));
		this.ridePos = Array.from({ length: rounds }, () => new Int32Array(n));
		this.timeSource = Array.from({ length: rounds }, () => new Int32Array(n));
		this.changed = Array.from({ length: rounds }, () => new StopList(n));
		this.rideChanged = Array.from({ length: rounds }, () => new StopList(n));
		this.improved = Array.from({ length: rounds }, () => new StopList(n));
		this.rideImproved = new StopList(n);
		this.markedPattern = new Uint8Array(transit.patternCount);
		this.transferSeconds = new Int32Array(transit.transferMeters.length);
		this.resetRange();
	}

	/** Forget all labels (start of a new origin or departure window). */
	resetRange(): void {
		for (const r of this.times) r.fill(UNREACHED);
		for (const r of this.rides) r.fill(UNREACHED);
		this.rangeRounds = -1;
	}

	/** The pattern of each trip (trips are numbered pattern by pattern). */
	private tripPattern(trip: number): number {
		if (!this.tripPatternCache) {
			const t = this.transit;
			const tp = new Int32Array(t.tripCount);
			for (let p = 0; p < t.patternCount; p++)
				tp.fill(p, t.patternTripStart[p], t.patternTripStart[p + 1]);
			this.tripPatternCache = tp;
		}
		return this.tripPatternCache[trip];
	}

	/**
	 * The journey behind the last run's label at `stop` (with at most that run's vehicles), from
	 * the back-pointers: access walk, then rides each followed by an optional transfer walk.
	 * Undefined when the stop was not reached. Valid until the next `run` or `resetRange`.
	 * In range mode the journey may use vehicles found for a later departure (one waits at the
	 * origin); its first ride still leaves no earlier than the access allows.
	 */
	journey(stop: number): JourneyLeg[] | undefined {
		const K = this.rangeRounds;
		const last = this.last;
		if (K < 0 || !last || this.times[K][stop] === UNREACHED) return undefined;
		const t = this.transit;
		const legs: JourneyLeg[] = [];
		let k = K;
		let s = stop;
		for (let guard = 0; guard <= 2 * K + 2; guard++) {
			// a label equal to the one with fewer vehicles came from there
			while (k > 0 && this.times[k - 1][s] === this.times[k][s]) k--;
			if (k === 0) {
				legs.push({
					kind: 'access',
					stop: s,
					departure: last.departure,
					arrival: this.times[0][s]
				});
				return legs.reverse();
			}
			const src = this.timeSource[k][s];
			let r = s;
			if (src !== SOURCE_RIDE) {
				legs.push({
					kind: 'transfer',
					fromStop: src,
					toStop: s,
					departure: this.rides[k][src],
					arrival: this.times[k][s]
				});
				r = src;
			}
			let kr = k;
			while (kr > 1 && this.rides[kr - 1][r] === this.rides[kr][r]) kr--;
			const trip = this.rideTrip[kr][r];
			const pos = this.ridePos[kr][r];
			const boardPos = pos >>> 16;
			const alightPos = pos & 0xffff;
			const pattern = this.tripPattern(trip);
			const base = t.tripStopTimeStart[trip];
			const fromStop = t.patternStops[t.patternStopStart[pattern] + boardPos];
			legs.push({
				kind: 'ride',
				trip,
				pattern,
				route: t.patternRoute[pattern],
				boardPos,
				alightPos,
				fromStop,
				toStop: r,
				departure: t.departures[base + boardPos],
				arrival: t.arrivals[base + alightPos]
			});
			k = kr - 1;
			s = fromStop;
		}
		throw new Error('RAPTOR back-pointers form no journey');
	}

	/**
	 * Earliest arrival at every stop for one departure time with at most `opts.maxRounds`
	 * vehicles. `accessSeconds[i]` is the walk from the origin to `accessStops[i]`. Returns the
	 * labels of the last round (UNREACHED where not reached); valid until the next call.
	 */
	run(
		departure: number,
		accessStops: ArrayLike<number>,
		accessSeconds: ArrayLike<number>,
		opts: RaptorOptions
	): Int32Array {
		const t = this.transit;
		const K = Math.max(0, Math.min(opts.maxRounds, this.maxRounds));
		if (this.rangeRounds !== K) {
			if (this.rangeRounds !== -1) this.resetRange();
			this.rangeRounds = K;
		}
		if (this.transferSpeed !== opts.walkSpeedMs) {
			for (let i = 0; i < this.transferSeconds.length; i++)
				this.transferSeconds[i] = Math.round(t.transferMeters[i] / opts.walkSpeedMs);
			this.transferSpeed = opts.walkSpeedMs;
		}
		const cutoff = opts.cutoff;
		const wheelchair = opts.wheelchair;
		const {
			stopWheelchair,
			stopPatternStart,
			stopPatterns,
			patternStopStart,
			patternStops,
			patternTripStart,
			tripStopTimeStart,
			tripWheelchair,
			arrivals,
			departures,
			transferStart,
			transferTarget
		} = t;
		const transferSeconds = this.transferSeconds;
		this.last = {
			departure,
			firstBoardSlack: opts.firstBoardSlack,
			boardSlack: opts.boardSlack
		};
		for (let k = 0; k <= K; k++) {
			this.changed[k].clear();
			this.rideChanged[k].clear();
			this.improved[k].clear();
		}

		const t0 = this.times[0];
		for (let i = 0; i < accessStops.length; i++) {
			const s = accessStops[i];
			const at = departure + accessSeconds[i];
			if (at <= cutoff && at < t0[s]) {
				t0[s] = at;
				this.changed[0].add(s);
				this.improved[0].add(s);
			}
		}

		for (let k = 1; k <= K; k++) {
			const prev = this.times[k - 1];
			const cur = this.times[k];
			const ride = this.rides[k];
			const changed = this.changed[k];
			const improved = this.improved[k];
			const rideChanged = this.rideChanged[k];
			const rideTrip = this.rideTrip[k];
			const ridePos = this.ridePos[k];
			const source = this.timeSource[k];
			// A label with fewer vehicles is also a label with k vehicles: carry over what changed.
			const pc = this.changed[k - 1];
			for (let j = 0; j < pc.length; j++) {
				const s = pc.items[j];
				if (prev[s] < cur[s]) {
					cur[s] = prev[s];
					changed.add(s);
				}
			}
			if (k > 1) {
				const prevRide = this.rides[k - 1];
				const prc = this.rideChanged[k - 1];
				for (let j = 0; j < prc.length; j++) {
					const s = prc.items[j];
					if (prevRide[s] < ride[s]) {
						ride[s] = prevRide[s];
						rideChanged.add(s);
					}
				}
			}
			const scan = this.improved[k - 1];
			if (scan.length === 0) continue; // nothing new to ride from; keep carrying labels over

			const slack = k === 1 ? opts.firstBoardSlack : opts.boardSlack;
			const markedPattern = this.markedPattern;
			for (let j = 0; j < scan.length; j++) {
				const s = scan.items[j];
				for (let x = stopPatternStart[s]; x < stopPatternStart[s + 1]; x++)
					markedPattern[stopPatterns[x]] = 1;
			}
			const rideImproved = this.rideImproved;
			rideImproved.clear();

			for (let p = 0; p < t.patternCount; p++) {
				if (!markedPattern[p]) continue;
				markedPattern[p] = 0;
				const firstTrip = patternTripStart[p];
				const lastTrip = patternTripStart[p + 1]; // exclusive
				const ps0 = patternStopStart[p];
				const nStops = patternStopStart[p + 1] - ps0;
				let onTrip = -1;
				let onBase = 0;
				let onPos = 0; // board position << 16
				for (let i = 0; i < nStops; i++) {
					const s = patternStops[ps0 + i];
					const stopOk = !wheelchair || stopWheelchair[s] !== 2;
					if (onTrip >= 0 && stopOk) {
						const arr = arrivals[onBase + i];
						if (arr <= cutoff && arr < ride[s]) {
							ride[s] = arr;
							rideTrip[s] = onTrip;
							ridePos[s] = onPos | i;
							rideChanged.add(s);
							rideImproved.add(s);
							if (arr < cur[s]) {
								cur[s] = arr;
								source[s] = SOURCE_RIDE;
								changed.add(s);
								improved.add(s);
							}
						}
					}
					const ready = prev[s];
					if (ready === UNREACHED || !stopOk) continue;
					const earliest = ready + slack;
					if (onTrip >= 0 && departures[onBase + i] < earliest) continue;
					// earliest trip departing at or after `earliest` (binary search: trips are
					// ordered at every stop of a pattern)
					let lo = firstTrip;
					let hi = onTrip >= 0 ? onTrip : lastTrip;
					while (lo < hi) {
						const mid = (lo + hi) >> 1;
						if (departures[tripStopTimeStart[mid] + i] >= earliest) hi = mid;
						else lo = mid + 1;
					}
					if (wheelchair) while (lo < lastTrip && tripWheelchair[lo] === 2) lo++;
					if (lo < lastTrip && (onTrip < 0 || lo < onTrip)) {
						onTrip = lo;
						onBase = tripStopTimeStart[lo];
						onPos = i << 16;
					}
				}
			}

			// Walking transfers, only from stops just reached by a vehicle (no chained walks).
			for (let j = 0; j < rideImproved.length; j++) {
				const s = rideImproved.items[j];
				const from = ride[s];
				for (let e = transferStart[s]; e < transferStart[s + 1]; e++) {
					const u = transferTarget[e];
					const at = from + transferSeconds[e];
					if (at > cutoff || at >= cur[u]) continue;
					cur[u] = at;
					source[u] = s;
					changed.add(u);
					improved.add(u);
				}
			}
		}
		return this.times[K];
	}
}
