import { describe, expect, it } from 'vitest';
import type { RaptorOptions } from './raptor';
import { NEVER, ReverseRaptor } from './reverse-raptor';
import { randomTransit, rng } from '../../../scripts/data-build/testing/synthetic';
import { referenceEarliestArrival } from '../../../scripts/data-build/testing/time-expanded';
import { roundLimitedEarliestArrival } from '../../../scripts/data-build/testing/round-limited';
import type { TransitData } from './transit';

/**
 * Brute force: the latest moment to stand at stop x is one of the departures at x (less the
 * first boarding slack) or the deadline less the walk from x; the forward references decide
 * which of them still reach the target in time.
 */
function bruteLatest(
	tt: TransitData,
	x: number,
	deadline: number,
	egress: { stop: number; seconds: number }[],
	o: RaptorOptions,
	limited: boolean
): number {
	const cands = new Set<number>();
	for (let i = 0; i < tt.departures.length; i++) cands.add(tt.departures[i] - o.firstBoardSlack);
	for (const e of egress) if (e.stop === x) cands.add(deadline - e.seconds);
	let best = NEVER;
	for (const c of cands) {
		if (c <= best || c < o.cutoff || c > deadline) continue;
		const q = {
			departure: c,
			access: [{ stop: x, seconds: 0 }],
			walkSpeedMs: o.walkSpeedMs,
			wheelchair: o.wheelchair,
			boardSlack: o.boardSlack,
			firstBoardSlack: o.firstBoardSlack,
			cutoff: deadline
		};
		const arr = limited
			? roundLimitedEarliestArrival(tt, { ...q, maxVehicles: o.maxRounds })
			: referenceEarliestArrival(tt, q);
		if (egress.some((e) => arr[e.stop] + e.seconds <= deadline)) best = c;
	}
	return best;
}

describe('reverse RAPTOR (latest departure to one target)', () => {
	it('equals the forward brute force at every stop (unlimited and 1–3 vehicles, wheelchair)', () => {
		const rand = rng(3);
		let compared = 0;
		let reached = 0;
		for (let net = 0; net < 14; net++) {
			const tt = randomTransit(6000 + net, 20, 8);
			const rr = new ReverseRaptor(tt);
			const limited = net % 2 === 1;
			const boardSlack = rand() < 0.5 ? 0 : 60;
			const o: RaptorOptions = {
				maxRounds: limited ? 1 + (net % 3) : 30,
				walkSpeedMs: 1.25,
				wheelchair: rand() < 0.3,
				boardSlack,
				firstBoardSlack: rand() < 0.5 ? 0 : Math.min(30, boardSlack),
				cutoff: 6 * 3600
			};
			const egress = [
				{ stop: Math.floor(rand() * 20), seconds: 60 + Math.floor(rand() * 300) },
				{ stop: Math.floor(rand() * 20), seconds: 60 + Math.floor(rand() * 300) }
			].filter((e, i, all) => all.findIndex((f) => f.stop === e.stop) === i);
			const deadline = 8 * 3600 + Math.floor(rand() * 3600);
			const got = rr.run(
				deadline,
				egress.map((e) => e.stop),
				egress.map((e) => e.seconds),
				o
			);
			for (let x = 0; x < tt.stopCount; x++) {
				const want = bruteLatest(tt, x, deadline, egress, o, limited);
				expect([net, x, got[x]]).toEqual([net, x, want]);
				compared++;
				if (want !== NEVER) reached++;
			}
		}
		expect(compared).toBe(14 * 20);
		expect(reached).toBeGreaterThan(60);
	});

	it('range mode over ascending deadlines equals a fresh run at each (vehicle limits, changing cutoff)', () => {
		const rand = rng(11);
		let reached = 0;
		for (let net = 0; net < 10; net++) {
			const tt = randomTransit(7100 + net, 20, 8);
			const range = new ReverseRaptor(tt);
			const fresh = new ReverseRaptor(tt);
			const o: RaptorOptions = {
				maxRounds: 1 + (net % 4),
				walkSpeedMs: 1.25,
				wheelchair: net % 3 === 0,
				boardSlack: 60,
				firstBoardSlack: 30,
				cutoff: 0
			};
			const stops = [Math.floor(rand() * 20), (Math.floor(rand() * 19) + 1) % 20];
			const secs = [60 + Math.floor(rand() * 300), 60 + Math.floor(rand() * 300)];
			const first = 7 * 3600 + Math.floor(rand() * 3600);
			range.resetRange();
			for (let j = 0; j < 12; j++) {
				const deadline = first + j * 300;
				// the cutoff rises with the deadlines, as the chains' sweep uses it
				const opts = { ...o, cutoff: first - 3600 + j * 120 };
				const got = Array.from(range.run(deadline, stops, secs, opts, true));
				const want = Array.from(fresh.run(deadline, stops, secs, opts));
				for (let x = 0; x < 20; x++) {
					// labels before the cutoff are not asked for (kept from earlier runs)
					const g = got[x] < opts.cutoff ? NEVER : got[x];
					const w = want[x] < opts.cutoff ? NEVER : want[x];
					expect([net, j, x, g]).toEqual([net, j, x, w]);
					if (w !== NEVER) reached++;
				}
			}
		}
		expect(reached).toBeGreaterThan(500);
	});
});
