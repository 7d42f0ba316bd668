/**
 * Reverse RAPTOR: to ONE target by a deadline, the latest time one may leave every stop (many
 * origins → one destination, e.g. every workplace → the Kita before it closes, or → home). The
 * mirror of raptor.ts under the same transit model: the first boarding after the walk to the stop
 * needs `firstBoardSlack`, every later boarding `boardSlack`; one walking transfer right after a
 * ride (also before the final walk to the target); at most `maxRounds` vehicles. Labels are
 * reset every run (no range reuse); one array per label kind, the scan of round k reads only
 * labels of rounds < k (they are written after the scan).
 */
import { UNREACHED } from './dijkstra';
import type { RaptorOptions } from './raptor';
import type { TransitData } from './transit';

/** "never": no departure from this stop reaches the target in time */
export const NEVER = -UNREACHED;

/** Transfers by target stop (who walks INTO a stop), built once per timetable. */
const incomingCache = new WeakMap<
	TransitData,
	{ start: Int32Array; source: Int32Array; meters: Float32Array }
>();
function incoming(t: TransitData) {
	let c = incomingCache.get(t);
	if (c) return c;
	const n = t.stopCount;
	const start = new Int32Array(n + 1);
	for (let e = 0; e < t.transferTarget.length; e++) start[t.transferTarget[e] + 1]++;
	for (let s = 0; s < n; s++) start[s + 1] += start[s];
	const fill = start.slice(0, n);
	const source = new Int32Array(t.transferTarget.length);
	const meters = new Float32Array(t.transferTarget.length);
	for (let s = 0; s < n; s++)
		for (let e = t.transferStart[s]; e < t.transferStart[s + 1]; e++) {
			const at = fill[t.transferTarget[e]]++;
			source[at] = s;
			meters[at] = t.transferMeters[e];
		}
	c = { start, source, meters };
	incomingCache.set(t, c);
	return c;
}

export class ReverseRaptor {
	/** after[s]: latest arrival at s by vehicle from which the target is still reached in time */
	private readonly after: Int32Array;
	/** board[s]: latest departure of a vehicle boarded at s that reaches the target in time */
	private readonly board: Int32Array;
	/** the answer: latest time to be at s after the walk to it (first boarding slack or walk on) */
	readonly leave: Int32Array;
	private readonly markedStops: Uint8Array;
	private readonly markedPattern: Uint8Array;
	private readonly boardImproved: Uint8Array;

	constructor(readonly transit: TransitData) {
		const n = transit.stopCount;
		this.after = new Int32Array(n);
		this.board = new Int32Array(n);
		this.leave = new Int32Array(n);
		this.markedStops = new Uint8Array(n);
		this.boardImproved = new Uint8Array(n);
		this.markedPattern = new Uint8Array(transit.patternCount);
	}

	/**
	 * Latest time to stand at each stop (having walked there) and still reach the target by
	 * `deadline`; `egressSeconds[i]` is the walk from `egressStops[i]` to the target. NEVER where
	 * none. `opts.cutoff` is the earliest time considered (labels before it are dropped).
	 */
	run(
		deadline: number,
		egressStops: ArrayLike<number>,
		egressSeconds: ArrayLike<number>,
		opts: RaptorOptions
	): Int32Array {
		const t = this.transit;
		const n = t.stopCount;
		const { after, board, leave, markedStops, markedPattern, boardImproved } = this;
		after.fill(NEVER);
		board.fill(NEVER);
		leave.fill(NEVER);
		const earliest = opts.cutoff;
		const wheelchair = opts.wheelchair;
		const usable = (s: number) => !wheelchair || t.stopWheelchair[s] !== 2;
		const tin = incoming(t);
		const walk = (m: number) => Math.round(m / opts.walkSpeedMs);
		markedStops.fill(0);
		// round 0: walk to the target, or (after a ride) a transfer then the walk
		for (let i = 0; i < egressStops.length; i++) {
			const s = egressStops[i];
			const at = deadline - egressSeconds[i];
			if (at < earliest) continue;
			if (at > leave[s]) leave[s] = at;
			if (at > after[s]) {
				after[s] = at;
				markedStops[s] = 1;
			}
			for (let e = tin.start[s]; e < tin.start[s + 1]; e++) {
				const u = tin.source[e];
				const au = at - walk(tin.meters[e]);
				if (au >= earliest && au > after[u]) {
					after[u] = au;
					markedStops[u] = 1;
				}
			}
		}
		const {
			stopPatternStart,
			stopPatterns,
			patternStopStart,
			patternStops,
			patternTripStart,
			tripStopTimeStart,
			tripWheelchair,
			arrivals,
			departures
		} = t;
		for (let k = 1; k <= opts.maxRounds; k++) {
			let any = false;
			for (let s = 0; s < n; s++) {
				if (!markedStops[s]) continue;
				markedStops[s] = 0;
				any = true;
				for (let x = stopPatternStart[s]; x < stopPatternStart[s + 1]; x++)
					markedPattern[stopPatterns[x]] = 1;
			}
			if (!any) break;
			boardImproved.fill(0);
			// scan each marked pattern backwards: alight where `after` allows, board earlier
			for (let p = 0; p < t.patternCount; p++) {
				if (!markedPattern[p]) continue;
				markedPattern[p] = 0;
				const firstTrip = patternTripStart[p];
				const lastTrip = patternTripStart[p + 1];
				const ps0 = patternStopStart[p];
				const nStops = patternStopStart[p + 1] - ps0;
				let onTrip = -1;
				let onBase = 0;
				for (let i = nStops - 1; i >= 0; i--) {
					const s = patternStops[ps0 + i];
					if (!usable(s)) continue;
					if (onTrip >= 0) {
						const dep = departures[onBase + i];
						if (dep >= earliest && dep > board[s]) {
							board[s] = dep;
							boardImproved[s] = 1;
						}
					}
					const by = after[s];
					if (by === NEVER) continue;
					if (onTrip >= 0 && arrivals[onBase + i] > by) continue;
					// latest trip arriving here by `by` (trips keep their order at every stop)
					let lo = onTrip >= 0 ? onTrip : firstTrip;
					let hi = lastTrip; // first trip arriving after `by`
					while (lo < hi) {
						const mid = (lo + hi) >> 1;
						if (arrivals[tripStopTimeStart[mid] + i] <= by) lo = mid + 1;
						else hi = mid;
					}
					let cand = lo - 1;
					if (wheelchair) while (cand >= firstTrip && tripWheelchair[cand] === 2) cand--;
					if (cand >= firstTrip && cand > onTrip) {
						onTrip = cand;
						onBase = tripStopTimeStart[cand];
					}
				}
			}
			// board → standing at the stop (first boarding) and → arriving by vehicle (a change
			// here or after a transfer walk)
			for (let s = 0; s < n; s++) {
				if (!boardImproved[s]) continue;
				const b = board[s];
				const first = b - opts.firstBoardSlack;
				if (first > leave[s]) leave[s] = first;
				const a = b - opts.boardSlack;
				if (a >= earliest && a > after[s]) {
					after[s] = a;
					markedStops[s] = 1;
				}
				for (let e = tin.start[s]; e < tin.start[s + 1]; e++) {
					const u = tin.source[e];
					const au = a - walk(tin.meters[e]);
					if (au >= earliest && au > after[u]) {
						after[u] = au;
						markedStops[u] = 1;
					}
				}
			}
		}
		return leave;
	}
}
