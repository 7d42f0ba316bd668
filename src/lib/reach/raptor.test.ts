import { describe, expect, it } from 'vitest';
import { UNREACHED } from './dijkstra';
import { RaptorWorker, type RaptorOptions } from './raptor';
import { randomTransit, rng } from '../../../scripts/data-build/testing/synthetic';
import { referenceEarliestArrival } from '../../../scripts/data-build/testing/time-expanded';
import { roundLimitedEarliestArrival } from '../../../scripts/data-build/testing/round-limited';
import { buildTransit } from './transit';

const opts = (o: Partial<RaptorOptions> = {}): RaptorOptions => ({
	maxRounds: 30,
	walkSpeedMs: 1.25,
	wheelchair: false,
	boardSlack: 0,
	cutoff: 86400 * 2,
	...o,
	firstBoardSlack: o.firstBoardSlack ?? o.boardSlack ?? 0
});

describe('RAPTOR', () => {
	it('finds a known answer with one transfer', () => {
		// line A: 0 → 1 → 2 ; line B: 3 → 4 ; stop 2 and stop 3 are 125 m apart (100 s walk)
		const tt = buildTransit({
			stops: [0, 1, 2, 3, 4].map((i) => ({ lon: 8.5 + i * 0.01, lat: 52 })),
			routes: [
				{ type: 3, name: 'A' },
				{ type: 0, name: 'B' }
			],
			trips: [
				{
					route: 0,
					stops: [0, 1, 2],
					arrivals: [1000, 1300, 1600],
					departures: [1000, 1300, 1600]
				},
				{ route: 1, stops: [3, 4], arrivals: [1650, 1900], departures: [1650, 1900] },
				{ route: 1, stops: [3, 4], arrivals: [1750, 2000], departures: [1750, 2000] }
			],
			transfers: [{ from: 2, to: 3, meters: 125 }]
		});
		const w = new RaptorWorker(tt, 30);
		const best = w.run(900, [0], [60], opts());
		expect(Array.from(best)).toEqual([960, 1300, 1600, 1700, 2000]);
		w.resetRange();
		// with 60 s board slack the 1750 departure at stop 3 is missed too; nothing later runs
		expect(Array.from(w.run(900, [0], [30], opts({ boardSlack: 60 })))).toEqual([
			930,
			1300,
			1600,
			1700,
			UNREACHED
		]);
		w.resetRange();
		// one vehicle only: stop 4 not reachable
		expect(w.run(900, [0], [60], opts({ maxRounds: 1 }))[4]).toBe(UNREACHED);
	});

	it('matches a time-expanded brute force on random networks', () => {
		const rand = rng(42);
		let compared = 0;
		for (let net = 0; net < 25; net++) {
			const tt = randomTransit(1000 + net, 25, 8);
			const w = new RaptorWorker(tt, 30);
			for (let q = 0; q < 8; q++) {
				const nAccess = 1 + Math.floor(rand() * 3);
				const access = Array.from({ length: nAccess }, () => ({
					stop: Math.floor(rand() * tt.stopCount),
					seconds: Math.floor(rand() * 600)
				}));
				const boardSlack = rand() < 0.5 ? 0 : 60;
				const o = opts({
					wheelchair: rand() < 0.3,
					boardSlack,
					firstBoardSlack: rand() < 0.5 ? 0 : Math.min(30, boardSlack),
					cutoff: rand() < 0.3 ? 8 * 3600 + 1800 : 86400 * 2
				});
				const departure = 7 * 3600 + Math.floor(rand() * 5400);
				w.resetRange();
				const got = Array.from(
					w.run(
						departure,
						access.map((a) => a.stop),
						access.map((a) => a.seconds),
						o
					),
					(v) => (v === UNREACHED ? Infinity : v)
				);
				const want = referenceEarliestArrival(tt, { departure, access, ...o });
				expect(got).toEqual(want);
				compared += want.filter((v) => v < Infinity).length;
			}
		}
		expect(compared).toBeGreaterThan(500);
	});

	it('range mode (descending departures, no reset) equals independent runs', () => {
		const tt = randomTransit(7, 30, 10);
		const ranged = new RaptorWorker(tt, 30);
		const single = new RaptorWorker(tt, 30);
		const o = opts({ boardSlack: 60 });
		for (let d = 8 * 3600; d >= 7 * 3600; d -= 60) {
			const a = Array.from(ranged.run(d, [0, 5], [120, 300], o));
			single.resetRange();
			const b = Array.from(single.run(d, [0, 5], [120, 300], o));
			expect(a).toEqual(b);
		}
	});
});

describe('range RAPTOR under a vehicle limit', () => {
	it('is exact at every minute of a window (brute force per minute, 1–3 vehicles)', () => {
		let compared = 0;
		let mismatches = 0;
		for (let net = 0; net < 12; net++) {
			const tt = randomTransit(500 + net, 30, 12);
			for (const maxRounds of [1, 2, 3]) {
				const w = new RaptorWorker(tt, 8);
				const o = opts({ maxRounds, boardSlack: 60, firstBoardSlack: net % 2 ? 0 : 30 });
				const access = { stops: [net % 30, (net * 7 + 3) % 30], seconds: [90, 240] };
				w.resetRange();
				for (let d = 8 * 3600; d >= 7 * 3600; d -= 60) {
					const got = Array.from(w.run(d, access.stops, access.seconds, o), (v) =>
						v === UNREACHED ? Infinity : v
					);
					const want = roundLimitedEarliestArrival(tt, {
						departure: d,
						access: access.stops.map((stop, i) => ({ stop, seconds: access.seconds[i] })),
						maxVehicles: maxRounds,
						walkSpeedMs: o.walkSpeedMs,
						wheelchair: false,
						firstBoardSlack: o.firstBoardSlack,
						boardSlack: o.boardSlack,
						cutoff: o.cutoff
					});
					for (let s = 0; s < tt.stopCount; s++) {
						if (want[s] < Infinity) compared++;
						if (got[s] !== want[s]) mismatches++;
					}
				}
			}
		}
		expect(mismatches).toBe(0);
		expect(compared).toBeGreaterThan(5000);
	});
});
