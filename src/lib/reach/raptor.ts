/**
 * RAPTOR (Delling, Pajor, Werneck 2012) over a TransitData timetable, in the style of Conveyal
 * R5's FastRaptorWorker: one Int32Array per round, no objects in the hot loop.
 *
 * Range RAPTOR: call `resetRange()` once, then `run()` for departure times in DESCENDING order
 * without resetting. Labels found for a later departure stay valid for an earlier one (one can
 * wait at the origin), so each minute only propagates improvements.
 */
import { UNREACHED } from './dijkstra';
import type { TransitData } from './transit';

export interface RaptorOptions {
	/** maximum number of vehicles boarded (transit legs) */
	maxRounds: number;
	/** walking speed for transfers, m/s */
	walkSpeedMs: number;
	/** only use stops/trips not marked inaccessible (GTFS value 2) */
	wheelchair: boolean;
	/** seconds needed at a stop before boarding (also after access walks) */
	boardSlack: number;
	/** absolute time after which arrivals are not stored */
	cutoff: number;
}

export const DEFAULT_RAPTOR: Readonly<Omit<RaptorOptions, 'cutoff'>> = {
	maxRounds: 5,
	walkSpeedMs: 4.5 / 3.6,
	wheelchair: false,
	boardSlack: 60
};

export class RaptorWorker {
	/** roundTimes[k][s]: earliest arrival at s using ≤ k vehicles (after transfers of round k) */
	private readonly roundTimes: Int32Array[];
	/** best arrival at s over all rounds, by vehicle or by transfer — what callers read */
	readonly best: Int32Array;
	/** best arrival at s directly by vehicle (only these may start a walking transfer) */
	private readonly bestRide: Int32Array;
	/** stops improved in the previous / current round (flags + list) */
	private prevMarked: Uint8Array;
	private curMarked: Uint8Array;
	private readonly markedPattern: Uint8Array;
	private readonly rideImproved: Int32Array;
	private readonly transferSeconds: Int32Array;
	private transferSpeed = -1;

	constructor(
		readonly transit: TransitData,
		readonly maxRounds = DEFAULT_RAPTOR.maxRounds
	) {
		const n = transit.stopCount;
		this.roundTimes = Array.from({ length: maxRounds + 1 }, () => new Int32Array(n));
		this.best = new Int32Array(n);
		this.bestRide = new Int32Array(n);
		this.prevMarked = new Uint8Array(n);
		this.curMarked = new Uint8Array(n);
		this.markedPattern = new Uint8Array(transit.patternCount);
		this.rideImproved = new Int32Array(n);
		this.transferSeconds = new Int32Array(transit.transferMeters.length);
		this.resetRange();
	}

	/** Forget all labels (start of a new origin or departure window). */
	resetRange(): void {
		for (const r of this.roundTimes) r.fill(UNREACHED);
		this.best.fill(UNREACHED);
		this.bestRide.fill(UNREACHED);
	}

	/**
	 * Earliest arrival at every stop for one departure time. `accessSeconds[i]` is the walk from
	 * the origin to `accessStops[i]`. Returns `best` (UNREACHED where not reached).
	 */
	run(
		departure: number,
		accessStops: ArrayLike<number>,
		accessSeconds: ArrayLike<number>,
		opts: RaptorOptions
	): Int32Array {
		const t = this.transit;
		const maxRounds = Math.min(opts.maxRounds, this.maxRounds);
		if (this.transferSpeed !== opts.walkSpeedMs) {
			for (let i = 0; i < this.transferSeconds.length; i++)
				this.transferSeconds[i] = Math.round(t.transferMeters[i] / opts.walkSpeedMs);
			this.transferSpeed = opts.walkSpeedMs;
		}
		const best = this.best;
		const bestRide = this.bestRide;
		const cutoff = opts.cutoff;
		const slack = opts.boardSlack;
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

		this.prevMarked.fill(0);
		let anyMarked = false;
		const r0 = this.roundTimes[0];
		for (let i = 0; i < accessStops.length; i++) {
			const s = accessStops[i];
			const at = departure + accessSeconds[i];
			if (at > cutoff) continue;
			if (at < r0[s]) {
				r0[s] = at;
				if (at < best[s]) best[s] = at;
				this.prevMarked[s] = 1;
				anyMarked = true;
			}
		}

		for (let k = 1; k <= maxRounds && anyMarked; k++) {
			const prev = this.roundTimes[k - 1];
			const cur = this.roundTimes[k];
			// A label with fewer vehicles is also a label with k vehicles.
			for (let s = 0; s < cur.length; s++) if (prev[s] < cur[s]) cur[s] = prev[s];

			const markedPattern = this.markedPattern;
			markedPattern.fill(0);
			for (let s = 0; s < t.stopCount; s++) {
				if (!this.prevMarked[s]) continue;
				for (let j = stopPatternStart[s]; j < stopPatternStart[s + 1]; j++)
					markedPattern[stopPatterns[j]] = 1;
			}
			const curMarked = this.curMarked;
			curMarked.fill(0);
			let nImproved = 0;
			anyMarked = false;

			for (let p = 0; p < t.patternCount; p++) {
				if (!markedPattern[p]) continue;
				const firstTrip = patternTripStart[p];
				const lastTrip = patternTripStart[p + 1]; // exclusive
				const ps0 = patternStopStart[p];
				const nStops = patternStopStart[p + 1] - ps0;
				let onTrip = -1;
				let onBase = 0;
				for (let i = 0; i < nStops; i++) {
					const s = patternStops[ps0 + i];
					const stopOk = !wheelchair || stopWheelchair[s] !== 2;
					if (onTrip >= 0 && stopOk) {
						const arr = arrivals[onBase + i];
						if (arr <= cutoff && arr < bestRide[s]) {
							bestRide[s] = arr;
							if (arr < cur[s]) cur[s] = arr;
							if (arr < best[s]) best[s] = arr;
							if (!curMarked[s]) {
								curMarked[s] = 1;
								this.rideImproved[nImproved++] = s;
							}
							anyMarked = true;
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
					}
				}
			}

			// Walking transfers, only from stops just reached by a vehicle (no chained walks).
			for (let j = 0; j < nImproved; j++) {
				const s = this.rideImproved[j];
				const from = bestRide[s];
				for (let e = transferStart[s]; e < transferStart[s + 1]; e++) {
					const u = transferTarget[e];
					const at = from + transferSeconds[e];
					if (at > cutoff || at >= best[u]) continue;
					best[u] = at;
					if (at < cur[u]) cur[u] = at;
					curMarked[u] = 1;
				}
			}
			const swap = this.prevMarked;
			this.prevMarked = curMarked;
			this.curMarked = swap;
		}
		return best;
	}
}
