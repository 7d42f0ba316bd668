import { describe, expect, it } from 'vitest';
import {
	ChainEngine,
	ChainFlag,
	combineWeekend,
	flagCommute,
	reasonableCommuteMinutes,
	type ChainQuery,
	type PlaceStops
} from './chains';
import { arriveByItinerary, departAtItinerary, type StopWalks } from './itinerary';
import type { RaptorOptions } from './raptor';
import { buildTransit, type TransitData, type TripInput } from './transit';
import { randomTransit, rng } from '../../../scripts/data-build/testing/synthetic';

const options: Omit<RaptorOptions, 'cutoff'> = {
	maxRounds: 8,
	walkSpeedMs: 1.25,
	wheelchair: false,
	boardSlack: 60,
	firstBoardSlack: 0
};
const H = (h: number, m = 0) => h * 3600 + m * 60;

function walksOf(p: PlaceStops, place: number): StopWalks {
	const a = p.start[place];
	const b = p.start[place + 1];
	return { stops: p.stops.subarray(a, b), seconds: p.seconds.subarray(a, b) };
}

/** Lines 0 → 1 → 2 (home, Kita, work) and back, 10 min per hop, every 30 min in [first, last]. */
function lineTown(first: number, last: number): TransitData {
	const trips: TripInput[] = [];
	for (let t = first; t <= last; t += 1800) {
		trips.push({
			route: 0,
			stops: [0, 1, 2],
			arrivals: [t, t + 600, t + 1200],
			departures: [t, t + 600, t + 1200]
		});
		trips.push({
			route: 1,
			stops: [2, 1, 0],
			arrivals: [t, t + 600, t + 1200],
			departures: [t, t + 600, t + 1200]
		});
	}
	return buildTransit({
		stops: ['Wohnung', 'Kita', 'Werk'].map((name, i) => ({ lon: 8.5 + i * 0.05, lat: 52, name })),
		routes: [
			{ type: 3, name: '21' },
			{ type: 3, name: '21' }
		],
		trips,
		transfers: []
	});
}

describe('trip chains on a known town', () => {
	const places: PlaceStops = {
		start: Int32Array.from([0, 1]),
		stops: Int32Array.from([2]),
		seconds: Float32Array.from([120])
	};
	const home: StopWalks = { stops: [0], seconds: [180] };
	const kita = {
		walks: { stops: [1], seconds: [60] },
		opens: H(7),
		closes: H(16),
		handoverSeconds: 540
	};
	const vac = (start: number[], end: number[]) => ({
		place: new Int32Array(start.length),
		start: Int32Array.from(start),
		end: Int32Array.from(end)
	});

	it('Kita opening at 7:00: the 7:10 from the Kita makes 7:30, not 7:00; closing binds the way back', () => {
		const e = new ChainEngine(lineTown(H(6), H(22, 10)));
		const r = e.compute({
			options,
			home,
			kita,
			places,
			vacancies: vac([H(7, 30), H(7), H(8), -1], [H(15), H(15), H(15, 55), H(14)])
		});
		// home 6:27 → stop 6:30 → Kita 6:40 + 1 min walk (14 min); handover 9 min from 7:00; the
		// 7:10 bus (at the stop 7:10) → 7:20 + 2 min (13 min)
		expect(r.slackTo[0]).toBe(8);
		expect(r.flags[0]).toBe(0);
		expect(r.toWork[0]).toBeCloseTo(14 + 9 + 13, 5);
		expect(r.flags[1] & ChainFlag.KITA_NOT_OPEN).toBeTruthy();
		expect(r.flags[2] & ChainFlag.KITA_CLOSED).toBeTruthy();
		expect(r.flags[3] & ChainFlag.HOURS_UNKNOWN).toBeTruthy();
		// way back after 15:00: the 15:00 from work reaches the Kita 15:10 (+1 min) by 15:50;
		// the latest that still does is 15:30 → 15:40 + 1 min, less the 2 min walk from work
		expect(r.slackBack[0]).toBe(28);
	});

	it('the last bus home after a late shift; Sunday service checked on the Sunday timetable', () => {
		const weekday = new ChainEngine(lineTown(H(5, 10), H(22, 10)));
		const sunday = new ChainEngine(lineTown(H(8), H(20)));
		const q: ChainQuery = {
			options,
			home,
			places,
			vacancies: vac([H(14), H(14), H(6)], [H(22), H(22, 30), H(14)])
		};
		const r = weekday.compute(q);
		expect(r.flags[0]).toBe(0);
		// 22:00 end: walk 2 min, the 22:10 from work → home stop 22:30 + 3 min: 35 min rounded to 5
		expect(r.back[0]).toBe(35);
		expect(r.flags[1] & ChainFlag.NO_WAY_BACK).toBeTruthy(); // after the last bus
		expect(r.flags[2]).toBe(0);
		const weekend = Uint8Array.from([0, 0, 1]);
		const both = combineWeekend(weekday.compute(q), sunday.compute(q), weekend);
		expect(both.flags[2] & ChainFlag.NO_WAY_TO_WORK).toBeTruthy(); // no bus before 8 on Sunday
		expect(both.flags[0]).toBe(0);
		const unchecked = combineWeekend(weekday.compute(q), undefined, weekend);
		expect(unchecked.flags[2] & ChainFlag.WEEKEND_UNCHECKED).toBeTruthy();
	});

	it('SGB III § 140(4): over 2 h both ways for ≤ 6 h work, over 2.5 h for more', () => {
		expect(reasonableCommuteMinutes(6)).toBe(120);
		expect(reasonableCommuteMinutes(7.5)).toBe(150);
		expect(reasonableCommuteMinutes(undefined)).toBe(150);
		const r = {
			toWork: Float32Array.from([70, 70, 70]),
			back: Float32Array.from([60, 60, 90]),
			slackTo: new Float32Array(3),
			slackBack: new Float32Array(3),
			flags: new Uint16Array(3)
		};
		flagCommute(r, Float32Array.from([6, 8, 8]));
		expect(Array.from(r.flags, (f) => f & ChainFlag.OVER_140)).toEqual([
			ChainFlag.OVER_140,
			0,
			ChainFlag.OVER_140
		]);
	});
});

describe('trip chains against one route per vacancy', () => {
	function setup(seed: number) {
		const rand = rng(seed);
		const tt = randomTransit(seed, 25, 10);
		const pick = () => {
			const stops = [
				...new Set(
					Array.from({ length: 1 + Math.floor(rand() * 3) }, () => Math.floor(rand() * 25))
				)
			];
			return { stops, seconds: stops.map(() => 30 + Math.floor(rand() * 400)) };
		};
		const nPlaces = 12;
		const start = new Int32Array(nPlaces + 1);
		const stops: number[] = [];
		const secs: number[] = [];
		for (let p = 0; p < nPlaces; p++) {
			const w = pick();
			stops.push(...w.stops);
			secs.push(...w.seconds);
			start[p + 1] = stops.length;
		}
		const places: PlaceStops = {
			start,
			stops: Int32Array.from(stops),
			seconds: Float32Array.from(secs)
		};
		const nv = 30;
		const vacancies = {
			place: Int32Array.from({ length: nv }, () => Math.floor(rand() * nPlaces)),
			start: Int32Array.from({ length: nv }, () => H(7, 20) + Math.floor(rand() * 90) * 60),
			end: Int32Array.from({ length: nv }, () => H(7, 30) + Math.floor(rand() * 70) * 60)
		};
		const homeDirect = Float32Array.from({ length: nPlaces }, () =>
			rand() < 0.2 ? 1500 + Math.floor(rand() * 3000) : Infinity
		);
		return { tt, rand, places, vacancies, home: pick(), kitaWalks: pick(), homeDirect };
	}

	it('with a Kita: arrival after the handover and latest way back equal single routes', () => {
		let checked = 0;
		for (let seed = 1; seed <= 12; seed++) {
			const { tt, places, vacancies, home, kitaWalks } = setup(100 + seed);
			const kita = { walks: kitaWalks, opens: H(7), closes: H(9), handoverSeconds: 300 };
			const r = new ChainEngine(tt).compute({ options, home, kita, places, vacancies });
			const w = new ChainEngine(tt)['forward'];
			const t0 = H(7, 5);
			const due = H(8, 55);
			for (let v = 0; v < vacancies.place.length; v++) {
				const pw = walksOf(places, vacancies.place[v]);
				const there = departAtItinerary(w, {
					access: kitaWalks,
					egress: pw,
					time: { kind: 'depart', seconds: t0 },
					maxSeconds: 7200,
					options
				});
				if (there) {
					expect(r.slackTo[v]).toBeCloseTo((vacancies.start[v] - there.arrival) / 60, 5);
					expect(!!(r.flags[v] & ChainFlag.NO_WAY_TO_WORK)).toBe(
						there.arrival > vacancies.start[v]
					);
					checked++;
				} else expect(r.flags[v] & ChainFlag.NO_WAY_TO_WORK).toBeTruthy();
				const end = vacancies.end[v];
				const back = departAtItinerary(w, {
					access: pw,
					egress: kitaWalks,
					time: { kind: 'depart', seconds: end },
					maxSeconds: 7200,
					options
				});
				const makesIt = back !== undefined && back.arrival <= due;
				expect([v, !(r.flags[v] & ChainFlag.NO_WAY_BACK)]).toEqual([v, makesIt]);
				if (!Number.isNaN(r.slackBack[v])) {
					// the latest departure is exact: leaving then makes it, a second later does not
					const leave = Math.round(end + r.slackBack[v] * 60);
					const at = (d: number) =>
						departAtItinerary(w, {
							access: pw,
							egress: kitaWalks,
							time: { kind: 'depart', seconds: d },
							maxSeconds: 7200,
							options
						});
					expect(at(leave)!.arrival).toBeLessThanOrEqual(due);
					expect(at(leave + 1)?.arrival ?? Infinity).toBeGreaterThan(due);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(80);
	});

	it('without a Kita: minutes to work (arrive by the start) and back (5-minute steps) equal single routes', () => {
		let checked = 0;
		for (let seed = 1; seed <= 10; seed++) {
			const { tt, places, vacancies, home, homeDirect } = setup(200 + seed);
			const r = new ChainEngine(tt).compute({
				options,
				home,
				homeDirect,
				places,
				vacancies,
				maxSeconds: 5400
			});
			const w = new ChainEngine(tt)['forward'];
			for (let v = 0; v < vacancies.place.length; v++) {
				const p = vacancies.place[v];
				const pw = walksOf(places, p);
				const walk = homeDirect[p];
				const ab = arriveByItinerary(w, {
					access: home,
					egress: pw,
					time: { kind: 'arrive', seconds: vacancies.start[v] },
					maxSeconds: 5400,
					options
				});
				const transit =
					ab.latestMinute === undefined ? Infinity : vacancies.start[v] - ab.latestMinute;
				const want = Math.min(transit, walk <= 5400 ? walk : Infinity);
				expect(r.toWork[v]).toEqual(want === Infinity ? NaN : Math.fround(want / 60));
				const back = departAtItinerary(w, {
					access: pw,
					egress: home,
					time: { kind: 'depart', seconds: vacancies.end[v] },
					maxSeconds: 5400,
					options
				});
				const dur = back ? back.arrival - vacancies.end[v] : Infinity;
				const stepped = dur === Infinity ? Infinity : Math.max(1, Math.ceil(dur / 300)) * 300;
				let wantBack = walk <= stepped ? walk : stepped;
				if (wantBack > 5400) wantBack = walk <= 5400 ? walk : Infinity;
				expect([v, r.back[v]]).toEqual([
					v,
					wantBack === Infinity ? NaN : Math.fround(wantBack / 60)
				]);
				if (want < Infinity) checked++;
			}
		}
		expect(checked).toBeGreaterThan(60);
	});
});
