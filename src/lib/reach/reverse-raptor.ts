/**
 * Reverse RAPTOR: to ONE target by a deadline, the latest time one may leave every stop (many
 * origins → one destination, e.g. every workplace → the Kita before it closes, or → home). The
 * mirror of raptor.ts under the same transit model: the first boarding after the walk to the stop
 * needs `firstBoardSlack`, every later boarding `boardSlack`; one walking transfer right after a
 * ride (also before the final walk to the target); at most `maxRounds` vehicles. Labels per
 * round (the scan of round k reads round k − 1's); reset every run, or kept over ascending
 * deadlines (range mode, see run()).
 */
import { UNREACHED } from './dijkstra';
import { StopList, type RaptorOptions } from './raptor';
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
	/** after[k][s]: latest arrival at s by vehicle from which the target is still reached in
	 *  time with at most k more vehicles (round 0: a transfer and/or the walk to the target) */
	private readonly after: Int32Array[];
	/** board[k][s]: latest departure of a vehicle boarded at s that reaches the target in time,
	 *  found in round k (k vehicles from here) */
	private readonly board: Int32Array[];
	/** the answer: latest time to be at s after the walk to it (first boarding slack or walk on) */
	readonly leave: Int32Array;
	/** stops whose after[k] improved in this run (the next round scans their patterns) */
	private readonly marked: StopList[];
	/** stops whose after[k] / board[k] changed in this run, improved or carried over from round
	 *  k − 1 (a label with fewer vehicles is one with more: round k prunes against it) */
	private readonly changed: StopList[];
	private readonly boardChanged: StopList[];
	private readonly markedPattern: Uint8Array;
	/** stops whose board label improved in the current round */
	private readonly boardImproved: StopList;
	private readonly transferSeconds: Int32Array;
	private transferSpeed = -1;
	private readonly rounds: number;

	constructor(
		readonly transit: TransitData,
		maxRounds = 16
	) {
		const n = transit.stopCount;
		this.rounds = maxRounds + 1;
		this.after = Array.from({ length: this.rounds }, () => new Int32Array(n));
		this.board = Array.from({ length: this.rounds }, () => new Int32Array(n));
		this.marked = Array.from({ length: this.rounds }, () => new StopList(n));
		this.changed = Array.from({ length: this.rounds }, () => new StopList(n));
		this.boardChanged = Array.from({ length: this.rounds }, () => new StopList(n));
		this.leave = new Int32Array(n);
		this.boardImproved = new StopList(n);
		this.markedPattern = new Uint8Array(transit.patternCount);
		this.transferSeconds = new Int32Array(incoming(transit).meters.length);
		this.resetRange();
	}

	/** Forget all labels (a new target, walks or options). */
	resetRange(): void {
		for (const a of this.after) a.fill(NEVER);
		for (const a of this.board) a.fill(NEVER);
		this.leave.fill(NEVER);
	}

	/**
	 * Latest time to stand at each stop (having walked there) and still reach the target by
	 * `deadline`; `egressSeconds[i]` is the walk from `egressStops[i]` to the target. NEVER where
	 * none. `opts.cutoff` is the earliest time considered (labels before it are dropped).
	 *
	 * `range`: keep the labels of the previous runs (since `resetRange()`), which must have had
	 * the same target, walks and options and EARLIER deadlines: what reaches the target by an
	 * earlier deadline reaches it by a later one with as many vehicles (one waits at the
	 * target), so each run only propagates its improvements (the mirror of range RAPTOR).
	 * Labels are kept per round, so the vehicle limit holds exactly. The work of a run is
	 * proportional to what changes in it (lists of changed stops, no pass over every stop).
	 */
	run(
		deadline: number,
		egressStops: ArrayLike<number>,
		egressSeconds: ArrayLike<number>,
		opts: RaptorOptions,
		range = false
	): Int32Array {
		const t = this.transit;
		if (!range) this.resetRange();
		const { leave, markedPattern, boardImproved } = this;
		const K = Math.max(0, Math.min(opts.maxRounds, this.rounds - 1));
		const earliest = opts.cutoff;
		const wheelchair = opts.wheelchair;
		const stopWheelchair = t.stopWheelchair;
		const tin = incoming(t);
		const tinStart = tin.start;
		const tinSource = tin.source;
		const walk = this.transferSeconds;
		if (this.transferSpeed !== opts.walkSpeedMs) {
			for (let e = 0; e < walk.length; e++) walk[e] = Math.round(tin.meters[e] / opts.walkSpeedMs);
			this.transferSpeed = opts.walkSpeedMs;
		}
		for (let k = 0; k <= K; k++) {
			this.marked[k].clear();
			this.changed[k].clear();
			this.boardChanged[k].clear();
		}
		// round 0: walk to the target, or (after a ride) a transfer then the walk
		{
			const after = this.after[0];
			const marked = this.marked[0];
			const changed = this.changed[0];
			for (let i = 0; i < egressStops.length; i++) {
				const s = egressStops[i];
				const at = deadline - egressSeconds[i];
				if (at < earliest) continue;
				if (at > leave[s]) leave[s] = at;
				if (at > after[s]) {
					after[s] = at;
					marked.add(s);
					changed.add(s);
				}
				for (let e = tinStart[s]; e < tinStart[s + 1]; e++) {
					const u = tinSource[e];
					const au = at - walk[e];
					if (au >= earliest && au > after[u]) {
						after[u] = au;
						marked.add(u);
						changed.add(u);
					}
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
		const firstBoardSlack = opts.firstBoardSlack;
		const boardSlack = opts.boardSlack;
		for (let k = 1; k <= K; k++) {
			const prevAfter = this.after[k - 1];
			const prevMarked = this.marked[k - 1];
			const after = this.after[k];
			const board = this.board[k];
			const marked = this.marked[k];
			const changed = this.changed[k];
			const boardChanged = this.boardChanged[k];
			// carry over what changed with fewer vehicles
			const pc = this.changed[k - 1];
			for (let j = 0; j < pc.length; j++) {
				const s = pc.items[j];
				if (prevAfter[s] > after[s]) {
					after[s] = prevAfter[s];
					changed.add(s);
				}
			}
			if (k > 1) {
				const prevBoard = this.board[k - 1];
				const pbc = this.boardChanged[k - 1];
				for (let j = 0; j < pbc.length; j++) {
					const s = pbc.items[j];
					if (prevBoard[s] > board[s]) {
						board[s] = prevBoard[s];
						boardChanged.add(s);
					}
				}
			}
			if (prevMarked.length === 0) continue; // nothing new to ride from; keep carrying labels over
			for (let j = 0; j < prevMarked.length; j++) {
				const s = prevMarked.items[j];
				for (let x = stopPatternStart[s]; x < stopPatternStart[s + 1]; x++)
					markedPattern[stopPatterns[x]] = 1;
			}
			boardImproved.clear();
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
					if (wheelchair && stopWheelchair[s] === 2) continue;
					if (onTrip >= 0) {
						const dep = departures[onBase + i];
						if (dep >= earliest && dep > board[s]) {
							board[s] = dep;
							boardImproved.add(s);
							boardChanged.add(s);
						}
					}
					const by = prevAfter[s];
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
			for (let j = 0; j < boardImproved.length; j++) {
				const s = boardImproved.items[j];
				const b = board[s];
				const first = b - firstBoardSlack;
				if (first > leave[s]) leave[s] = first;
				const a = b - boardSlack;
				if (a >= earliest && a > after[s]) {
					after[s] = a;
					marked.add(s);
					changed.add(s);
				}
				for (let e = tinStart[s]; e < tinStart[s + 1]; e++) {
					const u = tinSource[e];
					const au = a - walk[e];
					if (au >= earliest && au > after[u]) {
						after[u] = au;
						marked.add(u);
						changed.add(u);
					}
				}
			}
		}
		return leave;
	}
}
