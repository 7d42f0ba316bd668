/**
 * Itineraries: one journey from an origin to a target, step by step (walk 6 min to stop X, line
 * Y at 7:34 towards Z, change at W, walk 4 min), for "depart at" and "arrive by". Reconstructed
 * from the RAPTOR back-pointers (RaptorWorker.journey) of the run that found the time, so the
 * journey is the one the figures are based on. The walks to and from the stops are given by the
 * caller (street model, straight line), as the engine gives them to RAPTOR.
 */
import { UNREACHED } from './dijkstra';
import { RaptorWorker, type JourneyLeg, type RaptorOptions } from './raptor';
import type { TransitData } from './transit';

/** Walks from the origin to stops, or from stops to the target (seconds). */
export interface StopWalks {
	stops: ArrayLike<number>;
	seconds: ArrayLike<number>;
}

export interface ItineraryQuery {
	access: StopWalks;
	egress: StopWalks;
	/** walk from the origin straight to the target (Infinity or undefined: none) */
	directSeconds?: number;
	time: { kind: 'depart' | 'arrive'; seconds: number };
	/** longest journey searched (arrive by: the earliest departure tried is deadline − this) */
	maxSeconds: number;
	options: Omit<RaptorOptions, 'cutoff'>;
}

export type Place = { kind: 'origin' } | { kind: 'target' } | { kind: 'stop'; stop: number };

export type ItineraryLeg =
	| { kind: 'walk'; from: Place; to: Place; departure: number; arrival: number }
	| {
			kind: 'ride';
			from: Place & { kind: 'stop' };
			to: Place & { kind: 'stop' };
			route: number;
			routeName: string;
			routeType: number;
			/** the last stop of the vehicle's pattern ("towards Z") */
			headsign: string;
			/** stops passed, not counting the boarding stop */
			stopsRidden: number;
			trip: number;
			departure: number;
			arrival: number;
	  };

export interface Itinerary {
	/** latest time to leave the origin for this journey (no waiting before the first vehicle
	 *  beyond the slack), and the arrival at the target */
	departure: number;
	arrival: number;
	legs: ItineraryLeg[];
	vehicles: number;
}

export interface ArriveByItinerary {
	/** the latest whole-minute departure that arrives in time (the itinerary may leave up to a
	 *  minute later: the walk starts as late as the first vehicle allows) */
	latestMinute?: number;
	/** the latest departure (whole minute) that still arrives by the deadline */
	latest?: Itinerary;
	/** the next journey after it (one minute later or more): arrives after the deadline */
	next?: Itinerary;
}

const stopPlace = (stop: number) => ({ kind: 'stop' as const, stop });

/**
 * Build the itinerary from the worker's last run (run() must have been called with the query's
 * access and options): the best egress stop, its journey, the walks at both ends. Undefined when
 * the target is not reached.
 */
function fromLastRun(
	w: RaptorWorker,
	best: Int32Array,
	departure: number,
	q: ItineraryQuery
): Itinerary | undefined {
	const t: TransitData = w.transit;
	let bestArrival = Infinity;
	let bestStop = -1;
	let bestEgress = 0;
	for (let i = 0; i < q.egress.stops.length; i++) {
		const s = q.egress.stops[i];
		if (best[s] === UNREACHED) continue;
		const at = best[s] + q.egress.seconds[i];
		if (at < bestArrival) {
			bestArrival = at;
			bestStop = s;
			bestEgress = q.egress.seconds[i];
		}
	}
	const direct = q.directSeconds ?? Infinity;
	if (departure + direct <= bestArrival) {
		if (direct === Infinity) return undefined;
		return {
			departure,
			arrival: departure + direct,
			vehicles: 0,
			legs: [
				{
					kind: 'walk',
					from: { kind: 'origin' },
					to: { kind: 'target' },
					departure,
					arrival: departure + direct
				}
			]
		};
	}
	const journey = w.journey(bestStop) as JourneyLeg[];
	const legs: ItineraryLeg[] = [];
	let vehicles = 0;
	let leave = departure;
	for (let i = 0; i < journey.length; i++) {
		const j = journey[i];
		if (j.kind === 'access') {
			const walk = j.arrival - j.departure;
			const next = journey[i + 1];
			// leave as late as the first vehicle allows (depart at T: the walk may start later)
			const end =
				next && next.kind === 'ride' ? next.departure - q.options.firstBoardSlack : j.arrival;
			leave = end - walk;
			if (walk > 0 || !next)
				legs.push({
					kind: 'walk',
					from: { kind: 'origin' },
					to: stopPlace(j.stop),
					departure: leave,
					arrival: end
				});
		} else if (j.kind === 'ride') {
			vehicles++;
			const p = j.pattern;
			const lastStop = t.patternStops[t.patternStopStart[p + 1] - 1];
			legs.push({
				kind: 'ride',
				from: stopPlace(j.fromStop),
				to: stopPlace(j.toStop),
				route: j.route,
				routeName: t.routeNames[j.route] ?? '',
				routeType: t.routeType[j.route] ?? 3,
				headsign: t.stopNames[lastStop] ?? '',
				stopsRidden: j.alightPos - j.boardPos,
				trip: j.trip,
				departure: j.departure,
				arrival: j.arrival
			});
		} else {
			legs.push({
				kind: 'walk',
				from: stopPlace(j.fromStop),
				to: stopPlace(j.toStop),
				departure: j.departure,
				arrival: j.arrival
			});
		}
	}
	const end = legs.length ? legs[legs.length - 1].arrival : departure;
	// the label at the egress stop may be earlier than the last leg's arrival only if walked
	legs.push({
		kind: 'walk',
		from: stopPlace(bestStop),
		to: { kind: 'target' },
		departure: end,
		arrival: end + bestEgress
	});
	return { departure: leave, arrival: end + bestEgress, legs, vehicles };
}

function runAt(w: RaptorWorker, q: ItineraryQuery, departure: number, cutoff: number) {
	w.resetRange();
	const best = w.run(departure, q.access.stops, q.access.seconds, { ...q.options, cutoff });
	return fromLastRun(w, best, departure, q);
}

/** Depart at T: the earliest arrival, with its legs. */
export function departAtItinerary(w: RaptorWorker, q: ItineraryQuery): Itinerary | undefined {
	const d = q.time.seconds;
	return runAt(w, q, d, d + q.maxSeconds);
}

/**
 * Arrive by D: the latest whole-minute departure in [D − maxSeconds, D] that arrives by D, and
 * the next journey after it. Arrival is monotone in the departure (one can wait at the origin),
 * so a binary search over the minutes finds it in a handful of runs.
 */
export function arriveByItinerary(w: RaptorWorker, q: ItineraryQuery): ArriveByItinerary {
	const deadline = q.time.seconds;
	const minutes = Math.floor(q.maxSeconds / 60);
	const arrives = (m: number) => {
		const it = runAt(w, q, deadline - m * 60, deadline);
		return it !== undefined && it.arrival <= deadline;
	};
	// smallest m (latest departure) that arrives in time; none if even the earliest fails
	if (!arrives(minutes)) return {};
	let lo = 0;
	let hi = minutes;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (arrives(mid)) hi = mid;
		else lo = mid + 1;
	}
	const latest = runAt(w, q, deadline - lo * 60, deadline);
	const nextDeparture = deadline - lo * 60 + 60;
	const next = runAt(w, q, nextDeparture, nextDeparture + q.maxSeconds);
	return {
		latestMinute: deadline - lo * 60,
		latest,
		next: next && next.arrival > deadline ? next : undefined
	};
}
