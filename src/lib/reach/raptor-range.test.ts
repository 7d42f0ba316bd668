/**
 * Range RAPTOR both ways keeps its labels and only propagates what changes (lists of changed
 * stops, marked patterns). These tests sweep long ranges on dense timetables, with lines that
 * pass a stop twice, and compare every label with a fresh run and with the brute force: a
 * pattern skipped or a change lost in the bookkeeping shows here.
 */
import { describe, expect, it } from 'vitest';
import { UNREACHED } from './dijkstra';
import { RaptorWorker, type RaptorOptions } from './raptor';
import { NEVER, ReverseRaptor } from './reverse-raptor';
import { buildTransit, type TransitData, type TripInput } from './transit';
import { rng } from '../../../scripts/data-build/testing/synthetic';
import { roundLimitedEarliestArrival } from '../../../scripts/data-build/testing/round-limited';

/** Frequent lines over few stops; some lines are loops that pass a stop twice. */
function loopTransit(seed: number, stopCount: number, lines: number): TransitData {
	const rand = rng(seed);
	const stops = Array.from({ length: stopCount }, (_, i) => ({
		lon: 8.5 + rand() * 0.03,
		lat: 52 + rand() * 0.02,
		wheelchair: rand() < 0.15 ? 2 : 0,
		name: `S${i}`
	}));
	const trips: TripInput[] = [];
	const routes: { type: number; name: string }[] = [];
	for (let l = 0; l < lines; l++) {
		routes.push({ type: 3, name: `L${l}` });
		const len = 3 + Math.floor(rand() * 6);
		const seq: number[] = [];
		while (seq.length < len) {
			const s = Math.floor(rand() * stopCount);
			if (!seq.includes(s)) seq.push(s);
		}
		if (l % 3 === 0) seq.push(seq[1], seq[0]); // a loop: back past its second and first stop
		const hops = seq.map(() => 60 + Math.floor(rand() * 400));
		const dwell = seq.map(() => Math.floor(rand() * 40));
		const headway = 300 + Math.floor(rand() * 900);
		for (let t0 = 6 * 3600 + Math.floor(rand() * headway); t0 < 11 * 3600; t0 += headway) {
			let t = t0;
			const arr: number[] = [];
			const dep: number[] = [];
			for (let i = 0; i < seq.length; i++) {
				arr.push(t);
				t += dwell[i];
				dep.push(t);
				t += hops[i];
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
	return buildTransit({ stops, routes, trips, transferRadiusMeters: 700 });
}

const base = (net: number): Omit<RaptorOptions, 'cutoff'> => ({
	maxRounds: 1 + (net % 4),
	walkSpeedMs: 1.25,
	wheelchair: net % 3 === 2,
	boardSlack: 60,
	firstBoardSlack: net % 2 ? 0 : 30
});

describe('range RAPTOR both ways on dense timetables with loop lines', () => {
	it('forward range over 150 minutes equals fresh runs and the brute force (loop lines)', () => {
		let reached = 0;
		for (let net = 0; net < 8; net++) {
			const tt = loopTransit(900 + net, 30, 14);
			const o = base(net);
			const range = new RaptorWorker(tt, 8);
			const fresh = new RaptorWorker(tt, 8);
			const access = { stops: [net % 30, (net * 11 + 5) % 30, 7], seconds: [60, 200, 420] };
			range.resetRange();
			for (let d = 9 * 3600; d >= 6.5 * 3600; d -= 60) {
				// the cutoff tightens as the departures get earlier, as the chains' sweep does
				const opts = { ...o, cutoff: d + 5400 };
				const got = Array.from(range.run(d, access.stops, access.seconds, opts));
				fresh.resetRange();
				const want = Array.from(fresh.run(d, access.stops, access.seconds, opts));
				const cut = (v: number) => (v > opts.cutoff ? UNREACHED : v);
				expect([net, d, got.map(cut)]).toEqual([net, d, want]);
				if (d % 900 === 0) {
					const ref = roundLimitedEarliestArrival(tt, {
						departure: d,
						access: access.stops.map((stop, i) => ({ stop, seconds: access.seconds[i] })),
						maxVehicles: o.maxRounds,
						walkSpeedMs: o.walkSpeedMs,
						wheelchair: o.wheelchair,
						firstBoardSlack: o.firstBoardSlack,
						boardSlack: o.boardSlack,
						cutoff: opts.cutoff
					});
					expect([net, d, want]).toEqual([
						net,
						d,
						ref.map((v) => (v === Infinity ? UNREACHED : v))
					]);
				}
				for (const v of want) if (v !== UNREACHED) reached++;
			}
		}
		expect(reached).toBeGreaterThan(5000);
	});

	it('reverse range over ascending 5-minute deadlines equals fresh runs and the brute force', () => {
		let reached = 0;
		for (let net = 0; net < 8; net++) {
			const tt = loopTransit(950 + net, 30, 14);
			const o = base(net);
			const range = new ReverseRaptor(tt, 8);
			const fresh = new ReverseRaptor(tt, 8);
			const egress = { stops: [(net * 7) % 30, (net * 13 + 2) % 30], seconds: [90, 330] };
			const first = 7 * 3600 + net * 420;
			range.resetRange();
			for (let j = 0; j < 40; j++) {
				const deadline = first + j * 300;
				// the cutoff rises with the deadlines (the earliest shift end still open)
				const opts = { ...o, cutoff: first - 5400 + Math.floor(j / 4) * 600 };
				const got = Array.from(range.run(deadline, egress.stops, egress.seconds, opts, true));
				const want = Array.from(fresh.run(deadline, egress.stops, egress.seconds, opts));
				const cut = (v: number) => (v < opts.cutoff ? NEVER : v);
				expect([net, j, got.map(cut)]).toEqual([net, j, want.map(cut)]);
				if (j % 8 === 3) {
					// brute force: the latest moment at x is one of the departures at x (less the
					// first boarding slack) or the deadline less the walk; leaving later never
					// arrives earlier, so a binary search over them with the forward reference
					for (let x = 0; x < tt.stopCount; x++) {
						const cands = new Set<number>();
						for (let p = 0; p < tt.patternCount; p++)
							for (let i = tt.patternStopStart[p]; i < tt.patternStopStart[p + 1]; i++) {
								if (tt.patternStops[i] !== x) continue;
								const pos = i - tt.patternStopStart[p];
								for (let r = tt.patternTripStart[p]; r < tt.patternTripStart[p + 1]; r++)
									cands.add(tt.departures[tt.tripStopTimeStart[r] + pos] - o.firstBoardSlack);
							}
						egress.stops.forEach((s, i) => s === x && cands.add(deadline - egress.seconds[i]));
						const sorted = [...cands]
							.filter((c) => c >= opts.cutoff && c <= deadline)
							.sort((a, b) => a - b);
						const makes = (c: number) => {
							const arr = roundLimitedEarliestArrival(tt, {
								departure: c,
								access: [{ stop: x, seconds: 0 }],
								maxVehicles: o.maxRounds,
								walkSpeedMs: o.walkSpeedMs,
								wheelchair: o.wheelchair,
								firstBoardSlack: o.firstBoardSlack,
								boardSlack: o.boardSlack,
								cutoff: deadline
							});
							return egress.stops.some((s, i) => arr[s] + egress.seconds[i] <= deadline);
						};
						let lo = 0; // sorted[0 .. lo) make it
						let hi = sorted.length;
						while (lo < hi) {
							const mid = (lo + hi) >> 1;
							if (makes(sorted[mid])) lo = mid + 1;
							else hi = mid;
						}
						const best = lo > 0 ? sorted[lo - 1] : NEVER;
						expect([net, j, x, cut(want[x])]).toEqual([net, j, x, best]);
					}
				}
				for (const v of want) if (cut(v) !== NEVER) reached++;
			}
		}
		expect(reached).toBeGreaterThan(3000);
	});
});
