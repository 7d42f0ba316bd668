/**
 * Bench part for issue 12: the ranked list with trip chains for 2,000 vacancies at once (with a
 * Kita and without), against one route per vacancy (two itineraries each) as the baseline.
 */
import {
	ChainEngine,
	flagCommute,
	type ChainQuery,
	type PlaceStops
} from '../../src/lib/reach/chains.ts';
import { CoachChains, type LonLat } from '../../src/lib/reach/coach-chains.ts';
import { arriveByItinerary, departAtItinerary } from '../../src/lib/reach/itinerary.ts';
import type { TransitModel } from '../../src/lib/reach/transit-model.ts';
import { RaptorWorker, type RaptorOptions } from '../../src/lib/reach/raptor.ts';
import type { TransitData } from '../../src/lib/reach/transit.ts';
import { haversineMeters } from '../../src/lib/reach/geo.ts';

const WALK = 4.5 / 3.6;
const DETOUR = 1.3;

/** Stops within `radius` of each point, straight line × detour at walking speed (CSR). */
function nearStops(t: TransitData, lon: number[], lat: number[], radius: number): PlaceStops {
	const start = new Int32Array(lon.length + 1);
	const stops: number[] = [];
	const secs: number[] = [];
	for (let p = 0; p < lon.length; p++) {
		for (let s = 0; s < t.stopCount; s++) {
			const d = haversineMeters(lon[p], lat[p], t.stopLon[s], t.stopLat[s]);
			if (d <= radius) {
				stops.push(s);
				secs.push(Math.round((d * DETOUR) / WALK));
			}
		}
		start[p + 1] = stops.length;
	}
	return { start, stops: Int32Array.from(stops), seconds: Float32Array.from(secs) };
}

/**
 * The bench's 2,000 vacancies: the first 2,000 places, their stops within 800 m, shifts starting
 * between 6:00 and 22:00, 8 or 4 hours long (`rand` draws them).
 */
export function chainWorkload(
	transit: TransitData,
	places: { lon: number[]; lat: number[] },
	rand: () => number
) {
	const N = 2000;
	const ps = nearStops(transit, places.lon.slice(0, N), places.lat.slice(0, N), 800);
	const starts = [6, 7, 7.5, 8, 9, 14, 22].map((h) => h * 3600);
	const start = Int32Array.from({ length: N }, () => starts[Math.floor(rand() * starts.length)]);
	const hours = Float32Array.from({ length: N }, () => (rand() < 0.5 ? 8 : 4));
	const end = Int32Array.from(start, (s, i) => (s + hours[i] * 3600 + 1800) % 86400);
	const vacancies = { place: Int32Array.from({ length: N }, (_, i) => i), start, end };
	return { N, ps, start, hours, end, vacancies };
}

export function benchChains(
	transit: TransitData,
	places: { lon: number[]; lat: number[] },
	homes: { stops: number[]; secs: number[] }[],
	options: Omit<RaptorOptions, 'cutoff'>,
	rand: () => number,
	measure: <T>(inputs: T[], fn: (x: T) => unknown, warm?: number) => number,
	coach: { model: TransitModel; homes: LonLat[] }
) {
	const { N, ps, start, hours, end, vacancies } = chainWorkload(transit, places, rand);
	// Kitas: a place's stops stand in for a Kita near it
	const kitas = homes.map((_, i) => {
		const p = (i * 37) % N;
		const a = ps.start[p];
		const b = ps.start[p + 1];
		return { stops: ps.stops.subarray(a, b), seconds: ps.seconds.subarray(a, b) };
	});
	const engine = new ChainEngine(transit);
	const queries = homes.map((h, i): ChainQuery => ({
		options,
		home: { stops: h.stops, seconds: h.secs },
		places: ps,
		vacancies,
		kita: { walks: kitas[i], opens: 7 * 3600, closes: 16.5 * 3600, handoverSeconds: 600 }
	}));
	const rank = (q: ChainQuery) => {
		const r = engine.compute(q);
		flagCommute(r, hours);
		const order = Array.from({ length: N }, (_, i) => i);
		order.sort(
			(a, b) => r.flags[a] - r.flags[b] || r.toWork[a] + r.back[a] - (r.toWork[b] + r.back[b])
		);
		return order;
	};
	const withKita = measure(queries, rank, 2);
	const direct = measure(
		queries.map((q) => ({ ...q, kita: undefined })),
		rank,
		2
	);
	// the product's path: the worker's CoachChains with the home and Kita as points (walks to
	// stops within 1 km, as on the coach page), the places' stops found per call
	const cc = new CoachChains(transit, coach.model);
	const lon = Float64Array.from(places.lon.slice(0, N));
	const lat = Float64Array.from(places.lat.slice(0, N));
	const weekend = new Uint8Array(N);
	const coachList = (i: number, withKita: boolean) => {
		const k = (i * 37) % N;
		return cc.compute({
			home: coach.homes[i],
			stepFree: false,
			kita: withKita
				? { lon: lon[k], lat: lat[k], opens: 7 * 3600, closes: 16.5 * 3600 }
				: undefined,
			lon,
			lat,
			start,
			end,
			weekend,
			dayHours: hours
		});
	};
	const idx = coach.homes.map((_, i) => i);
	const coachKita = measure(idx, (i) => coachList(i, true), 2);
	const coachDirect = measure(idx, (i) => coachList(i, false), 2);
	// one route per vacancy: Kita → work and work → Kita, 200 vacancies, scaled to 2,000
	const w = new RaptorWorker(transit, 16);
	const single =
		measure(
			queries.slice(0, 3),
			(q) => {
				for (let v = 0; v < 200; v++) {
					const a = ps.start[v];
					const pw = {
						stops: ps.stops.subarray(a, ps.start[v + 1]),
						seconds: ps.seconds.subarray(a, ps.start[v + 1])
					};
					departAtItinerary(w, {
						access: q.kita!.walks,
						egress: pw,
						time: { kind: 'depart', seconds: 7 * 3600 + 600 },
						maxSeconds: 7200,
						options
					});
					departAtItinerary(w, {
						access: pw,
						egress: q.kita!.walks,
						time: { kind: 'depart', seconds: end[v] },
						maxSeconds: 7200,
						options
					});
				}
			},
			1
		) *
		(N / 200);
	// without a Kita: arrive by the start and leave at the end, one route each, 100 scaled
	const singleDirect =
		measure(
			queries.slice(0, 3),
			(q) => {
				for (let v = 0; v < 100; v++) {
					const a = ps.start[v];
					const pw = {
						stops: ps.stops.subarray(a, ps.start[v + 1]),
						seconds: ps.seconds.subarray(a, ps.start[v + 1])
					};
					arriveByItinerary(w, {
						access: q.home,
						egress: pw,
						time: { kind: 'arrive', seconds: start[v] },
						maxSeconds: 7200,
						options
					});
					departAtItinerary(w, {
						access: pw,
						egress: q.home,
						time: { kind: 'depart', seconds: end[v] },
						maxSeconds: 7200,
						options
					});
				}
			},
			1
		) *
		(N / 100);
	return {
		withKita,
		direct,
		single,
		singleDirect,
		coachKita,
		coachDirect,
		placeStops: ps.stops.length / N
	};
}
