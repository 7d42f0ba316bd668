import { describe, expect, it } from 'vitest';
import {
	arriveByItinerary,
	departAtItinerary,
	type Itinerary,
	type ItineraryQuery,
	type Place
} from './itinerary';
import { RaptorWorker, type RaptorOptions } from './raptor';
import { buildTransit, type TransitData } from './transit';
import { randomTransit, rng } from '../../../scripts/data-build/testing/synthetic';
import { referenceEarliestArrival } from '../../../scripts/data-build/testing/time-expanded';

type Opts = Omit<RaptorOptions, 'cutoff'>;
const baseOpts = (o: Partial<Opts> = {}): Opts => ({
	maxRounds: 30,
	walkSpeedMs: 1.25,
	wheelchair: false,
	boardSlack: 60,
	firstBoardSlack: 0,
	...o
});

const samePlace = (a: Place, b: Place) =>
	a.kind === b.kind && (a.kind !== 'stop' || a.stop === (b as { stop: number }).stop);

/** Every leg starts where the previous ended, times never run backwards, rides follow the
 *  timetable and respect the slack, walks take what the query and the transfers say. */
function checkLegs(tt: TransitData, q: ItineraryQuery, it: Itinerary): void {
	const legs = it.legs;
	expect(legs.length).toBeGreaterThan(0);
	expect(legs[0].from).toEqual({ kind: 'origin' });
	expect(legs[legs.length - 1].to).toEqual({ kind: 'target' });
	expect(it.departure).toBe(legs[0].departure);
	expect(it.arrival).toBe(legs[legs.length - 1].arrival);
	let rides = 0;
	for (let i = 0; i < legs.length; i++) {
		const leg = legs[i];
		expect(leg.arrival).toBeGreaterThanOrEqual(leg.departure);
		if (i > 0) {
			expect(samePlace(leg.from, legs[i - 1].to)).toBe(true);
			expect(leg.departure).toBeGreaterThanOrEqual(legs[i - 1].arrival);
		}
		if (leg.kind === 'ride') {
			const slack = rides === 0 ? q.options.firstBoardSlack : q.options.boardSlack;
			if (i > 0) expect(leg.departure).toBeGreaterThanOrEqual(legs[i - 1].arrival + slack);
			else expect(leg.departure).toBeGreaterThanOrEqual(it.departure + slack);
			rides++;
			// the trip serves both stops at these times
			const base = tt.tripStopTimeStart[leg.trip];
			let p = 0;
			while (tt.patternTripStart[p + 1] <= leg.trip) p++;
			const stops = Array.from(
				tt.patternStops.subarray(tt.patternStopStart[p], tt.patternStopStart[p + 1])
			);
			const b = stops.indexOf(leg.from.stop);
			expect(b).toBeGreaterThanOrEqual(0);
			expect(tt.departures[base + b]).toBe(leg.departure);
			expect(tt.arrivals[base + b + leg.stopsRidden]).toBe(leg.arrival);
			expect(stops[b + leg.stopsRidden]).toBe(leg.to.stop);
			if (q.options.wheelchair) {
				expect(tt.tripWheelchair[leg.trip]).not.toBe(2);
				expect(tt.stopWheelchair[leg.from.stop]).not.toBe(2);
				expect(tt.stopWheelchair[leg.to.stop]).not.toBe(2);
			}
		} else {
			const secs = leg.arrival - leg.departure;
			if (leg.from.kind === 'origin' && leg.to.kind === 'stop') {
				const a = Array.from(q.access.stops).indexOf(leg.to.stop);
				expect(q.access.seconds[a]).toBe(secs);
			} else if (leg.from.kind === 'stop' && leg.to.kind === 'target') {
				const e = Array.from(q.egress.stops).indexOf(leg.from.stop);
				expect(q.egress.seconds[e]).toBe(secs);
			} else if (leg.from.kind === 'stop' && leg.to.kind === 'stop') {
				const from = leg.from.stop;
				const to = leg.to.stop;
				let found = false;
				for (let e = tt.transferStart[from]; e < tt.transferStart[from + 1]; e++)
					if (
						tt.transferTarget[e] === to &&
						Math.round(tt.transferMeters[e] / q.options.walkSpeedMs) === secs
					)
						found = true;
				expect(found).toBe(true);
			} else expect(secs).toBe(q.directSeconds);
		}
	}
	expect(it.vehicles).toBe(rides);
	expect(rides).toBeLessThanOrEqual(q.options.maxRounds);
}

/** Earliest arrival at the target by the brute force: best egress stop or the direct walk. */
function referenceArrival(tt: TransitData, q: ItineraryQuery, departure: number, cutoff: number) {
	const ref = referenceEarliestArrival(tt, {
		departure,
		access: Array.from(q.access.stops, (stop, i) => ({ stop, seconds: q.access.seconds[i] })),
		walkSpeedMs: q.options.walkSpeedMs,
		wheelchair: q.options.wheelchair,
		boardSlack: q.options.boardSlack,
		firstBoardSlack: q.options.firstBoardSlack,
		cutoff
	});
	let best = departure + (q.directSeconds ?? Infinity);
	for (let i = 0; i < q.egress.stops.length; i++)
		best = Math.min(best, ref[q.egress.stops[i]] + q.egress.seconds[i]);
	return best;
}

function randomQuery(tt: TransitData, rand: () => number, kind: 'depart' | 'arrive') {
	const pick = (n: number) =>
		Array.from({ length: n }, () => ({
			stop: Math.floor(rand() * tt.stopCount),
			seconds: 30 + Math.floor(rand() * 600)
		})).filter((x, i, all) => all.findIndex((y) => y.stop === x.stop) === i);
	const access = pick(1 + Math.floor(rand() * 3));
	const egress = pick(1 + Math.floor(rand() * 3));
	const q: ItineraryQuery = {
		access: { stops: access.map((a) => a.stop), seconds: access.map((a) => a.seconds) },
		egress: { stops: egress.map((a) => a.stop), seconds: egress.map((a) => a.seconds) },
		directSeconds: rand() < 0.3 ? 1800 + Math.floor(rand() * 3600) : undefined,
		time: {
			kind,
			seconds: kind === 'depart' ? 7 * 3600 + Math.floor(rand() * 5400) : 8 * 3600 + 900
		},
		maxSeconds: kind === 'depart' ? 3 * 3600 : 90 * 60,
		options: baseOpts({
			wheelchair: rand() < 0.3,
			boardSlack: rand() < 0.5 ? 0 : 60,
			firstBoardSlack: rand() < 0.5 ? 0 : 30,
			maxRounds: 30
		})
	};
	q.options.firstBoardSlack = Math.min(q.options.firstBoardSlack, q.options.boardSlack);
	return q;
}

describe('itinerary', () => {
	it('reads a known journey: walk, line A towards its end, change with a walk, line B, walk', () => {
		const tt = buildTransit({
			stops: ['Home Str.', 'Markt', 'Bahnhof', 'Bahnhof Süd', 'Klinikum', 'Endstation'].map(
				(name, i) => ({ lon: 8.5 + i * 0.01, lat: 52, name })
			),
			routes: [
				{ type: 3, name: '21' },
				{ type: 0, name: '4' }
			],
			trips: [
				{
					route: 0,
					stops: [0, 1, 2],
					arrivals: [27000, 27300, 27600],
					departures: [27000, 27300, 27600]
				},
				{
					route: 1,
					stops: [3, 4, 5],
					arrivals: [27800, 28100, 28300],
					departures: [27800, 28100, 28300]
				}
			],
			transfers: [{ from: 2, to: 3, meters: 100 }]
		});
		const w = new RaptorWorker(tt, 8);
		const q: ItineraryQuery = {
			access: { stops: [0], seconds: [360] },
			egress: { stops: [4], seconds: [240] },
			time: { kind: 'depart', seconds: 26000 },
			maxSeconds: 3600 * 2,
			options: baseOpts()
		};
		const it = departAtItinerary(w, q) as Itinerary;
		expect(it.departure).toBe(27000 - 360);
		expect(it.arrival).toBe(28100 + 240);
		expect(it.vehicles).toBe(2);
		expect(
			it.legs.map((l) =>
				l.kind === 'ride'
					? `${l.routeName} ${l.departure}→${l.arrival} towards ${l.headsign} (${l.stopsRidden})`
					: `walk ${l.from.kind === 'stop' ? l.from.stop : l.from.kind}→${l.to.kind === 'stop' ? l.to.stop : l.to.kind} ${l.arrival - l.departure}`
			)
		).toEqual([
			'walk origin→0 360',
			'21 27000→27600 towards Bahnhof (2)',
			'walk 2→3 80',
			'4 27800→28100 towards Endstation (1)',
			'walk 4→target 240'
		]);
		// arrive by 8:00 (28800): the same journey; the next one after it does not exist
		const ab = arriveByItinerary(w, { ...q, time: { kind: 'arrive', seconds: 28800 } });
		expect(ab.latest?.arrival).toBe(28340);
		expect(ab.latestMinute).toBe(26640);
		expect(ab.next).toBeUndefined();
	});

	it('depart at: the arrival equals the time-expanded brute force and the legs are consistent', () => {
		const rand = rng(11);
		let reached = 0;
		let transfers = 0;
		for (let net = 0; net < 30; net++) {
			const tt = randomTransit(2000 + net, 25, 9);
			const w = new RaptorWorker(tt, 30);
			for (let i = 0; i < 8; i++) {
				const q = randomQuery(tt, rand, 'depart');
				const d = q.time.seconds;
				const want = referenceArrival(tt, q, d, d + q.maxSeconds);
				const it = departAtItinerary(w, q);
				if (want === Infinity || want > d + q.maxSeconds + 3600) {
					if (it) expect(it.arrival).toBe(want);
					continue;
				}
				expect(it?.arrival).toBe(want);
				if (!it) continue;
				expect(it.departure).toBeGreaterThanOrEqual(d);
				checkLegs(tt, q, it);
				reached++;
				if (it.vehicles > 1) transfers++;
			}
		}
		expect(reached).toBeGreaterThan(80);
		expect(transfers).toBeGreaterThan(10);
	});

	it('arrive by: the latest minute equals the brute force at every minute; the next one is late', () => {
		const rand = rng(5);
		let found = 0;
		for (let net = 0; net < 20; net++) {
			const tt = randomTransit(3000 + net, 25, 9);
			const w = new RaptorWorker(tt, 30);
			for (let i = 0; i < 5; i++) {
				const q = randomQuery(tt, rand, 'arrive');
				const D = q.time.seconds;
				let wantMinute: number | undefined;
				for (let m = 0; m <= q.maxSeconds / 60; m++) {
					if (referenceArrival(tt, q, D - m * 60, D) <= D) {
						wantMinute = D - m * 60;
						break;
					}
				}
				const ab = arriveByItinerary(w, q);
				expect(ab.latestMinute).toBe(wantMinute);
				if (wantMinute === undefined) continue;
				found++;
				const latest = ab.latest as Itinerary;
				expect(latest.arrival).toBeLessThanOrEqual(D);
				expect(latest.departure).toBeGreaterThanOrEqual(wantMinute);
				expect(latest.departure).toBeLessThan(wantMinute + 60);
				checkLegs(tt, q, latest);
				if (ab.next) {
					expect(ab.next.arrival).toBeGreaterThan(D);
					expect(ab.next.arrival).toBe(
						referenceArrival(tt, q, wantMinute + 60, wantMinute + 60 + q.maxSeconds)
					);
					checkLegs(tt, q, ab.next);
				}
			}
		}
		expect(found).toBeGreaterThan(30);
	});
});

describe('RAPTOR back-pointers in range mode', () => {
	it('give, after every minute of a descending range, a journey arriving at each stop label', () => {
		let checked = 0;
		for (let net = 0; net < 10; net++) {
			const tt = randomTransit(4000 + net, 30, 12);
			const w = new RaptorWorker(tt, 8);
			const o: RaptorOptions = { ...baseOpts({ maxRounds: 2 + (net % 3) }), cutoff: 86400 };
			w.resetRange();
			for (let d = 8 * 3600; d >= 7 * 3600; d -= 60) {
				const best = w.run(d, [net % 30, (net * 7 + 3) % 30], [90, 240], o);
				for (let s = 0; s < tt.stopCount; s++) {
					const j = w.journey(s);
					if (!j) continue;
					checked++;
					expect(j[0].kind).toBe('access');
					expect(j[j.length - 1].arrival).toBe(best[s]);
					expect(j.filter((l) => l.kind === 'ride').length).toBeLessThanOrEqual(o.maxRounds);
					for (let i = 1; i < j.length; i++) {
						const slack = i === 1 ? o.firstBoardSlack : o.boardSlack;
						const gap = j[i].kind === 'ride' ? slack : 0;
						expect(j[i].departure).toBeGreaterThanOrEqual(j[i - 1].arrival + gap);
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(3000);
	});
});
