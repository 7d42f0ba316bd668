/**
 * The coach's ranked list (issue 12, points 2–4) in the worker: for every vacancy, course and
 * service at once the trip chain home → Kita → work by the shift start and back (chains.ts: two
 * reachability passes and a join), the minutes both ways, the slack and the flags. The home is
 * personal data: it arrives here in a worker message, is used for this call and is not kept.
 *
 * Walks between a point (home, Kita, place) and stops are straight line × 1.3 at the walking (or
 * wheelchair) speed within 1 km, as the fallback model walks; the timetable part is exact RAPTOR.
 */
import {
	ChainEngine,
	combineWeekend,
	flagCommute,
	type ChainResult,
	type PlaceStops
} from './chains';
import { localProjection, projectX, projectY, type LocalProjection } from './geo';
import { arriveByItinerary, departAtItinerary, type Itinerary, type StopWalks } from './itinerary';
import { DEFAULT_RAPTOR } from './raptor';
import { PointIndex } from './snap';
import { DEFAULT_SPEEDS } from './street-graph';
import type { TransitData } from './transit';
import type { TransitModel } from './transit-model';

export const CHAIN_DETOUR = 1.3;
/** farthest a client walks to or from a stop in the chains */
export const CHAIN_WALK_RADIUS_M = 1000;

export interface LonLat {
	lon: number;
	lat: number;
}

/** The ways she travels (the profile's modes): walking is always possible unless a bike is
 *  all she names; transit adds bus/Stadtbahn (walking to and from the stops) */
export type ClientMode = 'walk' | 'bike' | 'transit';

export interface ChainRequest {
	/** personal data: used for this call only */
	home: LonLat;
	stepFree: boolean;
	/** default walk + transit */
	modes?: readonly ClientMode[];
	/** the child's Kita or school with its weekday hours (seconds of the day) */
	kita?: LonLat & { opens: number; closes: number };
	/** the places of the list, in order */
	lon: Float64Array;
	lat: Float64Array;
	/** per place: shift start and end (seconds of the day, −1 unknown), weekend work, hours of
	 *  work per day (NaN unknown) */
	start: Int32Array;
	end: Int32Array;
	weekend: Uint8Array;
	dayHours: Float32Array;
	/** check weekend hours on the Sunday timetable (default true; the worker loads it only then
	 *  and only for a list with weekend hours). false: she does not work weekends, nothing is
	 *  loaded and weekend rows keep the weekday figures unflagged */
	sunday?: boolean;
}

/** What the worker has for Sundays (session.ts loads it when a list first needs it). */
export type SundaySource =
	| { kind: 'timetable'; date: string; chains: CoachChains }
	/** no Sunday timetable: `feeds` are those without data for `date` (none named: the build
	 *  made no Sunday file, or it could not be loaded) */
	| { kind: 'missing'; date?: string; feeds: string[] };

/** How the weekend rows of a list were checked. */
export type SundayCheck =
	/** `flags`: the Sunday's own chain flags per place (0 for rows without weekend hours);
	 *  `weekdayFlags`: the weekday's, before the two were combined into `flags` of the result */
	| { status: 'checked'; date: string; flags: Uint16Array; weekdayFlags: Uint16Array }
	| { status: 'unchecked'; date?: string; feeds: string[] }
	/** not asked for (she does not work weekends) */
	| { status: 'skipped' };

export interface CoachChainResult extends ChainResult {
	/** absent when no row has weekend hours */
	sunday?: SundayCheck;
}

/** One place step by step (the home: personal data, this call only). */
export interface TripRequest {
	home: LonLat;
	stepFree: boolean;
	modes?: readonly ClientMode[];
	place: LonLat;
	kita?: LonLat & { opens: number; closes: number };
	/** shift start and end, seconds of the day (−1: unknown) */
	start: number;
	end: number;
}

export type TripEnd = 'home' | 'kita' | 'place';

/** One leg of the chain: an itinerary, and for arrive-by the latest departure and the next. */
export interface TripSegment {
	from: TripEnd;
	to: TripEnd;
	itinerary?: Itinerary;
	deadline?: number;
	latestMinute?: number;
	next?: Itinerary;
}

export interface ChainTrip {
	/** how the legs without a vehicle go door to door ('walk' legs of a bike client are rides
	 *  by bike; walks to and from stops are always on foot) */
	direct?: 'walk' | 'bike';
	there: TripSegment[];
	back: TripSegment[];
	/** names of the stops the legs name, by stop index */
	stopNames: Record<number, string>;
	/** [lon, lat] of the same stops (the route sheet's sketch map) */
	stopPoints: Record<number, [number, number]>;
}

/** handing the child over at the Kita, as chains.ts assumes */
export const HANDOVER_SECONDS = 600;
/** departure for offers with unknown hours, there and back */
export const TYPICAL_THERE = 7.5 * 3600;
export const TYPICAL_BACK = 16 * 3600;

/** What the modes mean for the chains. */
interface Travel {
	stepFree: boolean;
	transit: boolean;
	bike: boolean;
}

function travelOf(req: { stepFree: boolean; modes?: readonly ClientMode[] }): Travel {
	const modes = req.modes ?? ['walk', 'transit'];
	return {
		stepFree: req.stepFree,
		transit: modes.includes('transit'),
		bike: modes.includes('bike')
	};
}

export class CoachChains {
	private readonly projection: LocalProjection;
	private readonly stopX: Float64Array;
	private readonly stopY: Float64Array;
	private readonly index: PointIndex;
	private readonly engine: ChainEngine;
	private placeCache:
		{ lon: Float64Array; lat: Float64Array; key: string; places: PlaceStops } | undefined;

	constructor(
		readonly transit: TransitData,
		readonly model: TransitModel
	) {
		const t = transit;
		this.projection = localProjection(t.stopLon[0] ?? 0, t.stopLat[0] ?? 0);
		this.stopX = Float64Array.from(t.stopLon, (v) => projectX(this.projection, v));
		this.stopY = Float64Array.from(t.stopLat, (v) => projectY(this.projection, v));
		this.index = new PointIndex(this.stopX, this.stopY, 250);
		this.engine = new ChainEngine(transit);
	}

	private speed(stepFree: boolean): number {
		return (stepFree ? DEFAULT_SPEEDS.wheelchair : DEFAULT_SPEEDS.walk) / 3.6;
	}

	/** Stops within reach of a point, with the walk in seconds (none without transit). */
	walks(p: LonLat, travel: Travel): StopWalks {
		const stepFree = travel.stepFree;
		if (!travel.transit) return { stops: new Int32Array(0), seconds: new Float32Array(0) };
		const v = this.speed(stepFree) / CHAIN_DETOUR;
		const stops: number[] = [];
		const seconds: number[] = [];
		const x = projectX(this.projection, p.lon);
		const y = projectY(this.projection, p.lat);
		this.index.within(x, y, CHAIN_WALK_RADIUS_M, (s, d) => {
			if (stepFree && this.transit.stopWheelchair[s] === 2) return;
			stops.push(s);
			seconds.push(Math.round(d / v));
		});
		return { stops: Int32Array.from(stops), seconds: Float32Array.from(seconds) };
	}

	/** Door to door without a vehicle: by bike if she has one, else on foot (with transit only
	 *  within 2 km, as the walks to stops; without it as far as the longest journey allows). */
	private direct(a: LonLat, b: LonLat, travel: Travel): number {
		const ax = projectX(this.projection, a.lon) - projectX(this.projection, b.lon);
		const ay = projectY(this.projection, a.lat) - projectY(this.projection, b.lat);
		const d = Math.hypot(ax, ay) * CHAIN_DETOUR;
		if (travel.bike) return d / (DEFAULT_SPEEDS.bike / 3.6);
		if (travel.transit && d > 2 * CHAIN_WALK_RADIUS_M * CHAIN_DETOUR) return Infinity;
		return d / this.speed(travel.stepFree);
	}

	private options(stepFree: boolean) {
		return {
			...DEFAULT_RAPTOR,
			maxRounds: this.model.maxVehicles,
			walkSpeedMs: this.speed(stepFree),
			wheelchair: stepFree,
			boardSlack: this.model.transferSlackSeconds,
			firstBoardSlack: this.model.firstBoardSlackSeconds
		};
	}

	/** The stops near every place (CSR), kept while the list of places stays the same: a new
	 *  profile or Kita for the same list only redoes the walks from home and Kita. */
	private placeStops(lon: Float64Array, lat: Float64Array, travel: Travel): PlaceStops {
		const c = this.placeCache;
		const key = `${travel.stepFree} ${travel.transit}`;
		if (
			c &&
			c.key === key &&
			c.lon.length === lon.length &&
			c.lon.every((v, i) => v === lon[i]) &&
			c.lat.every((v, i) => v === lat[i])
		)
			return c.places;
		const n = lon.length;
		const start = new Int32Array(n + 1);
		const stops: number[] = [];
		const secs: number[] = [];
		for (let p = 0; p < n; p++) {
			const w = this.walks({ lon: lon[p], lat: lat[p] }, travel);
			for (let i = 0; i < w.stops.length; i++) {
				stops.push(w.stops[i]);
				secs.push(w.seconds[i]);
			}
			start[p + 1] = stops.length;
		}
		const places = { start, stops: Int32Array.from(stops), seconds: Float32Array.from(secs) };
		this.placeCache = { lon: lon.slice(), lat: lat.slice(), key, places };
		return places;
	}

	/**
	 * Every place at once: minutes both ways, slack, flags (ChainFlag), § 140(4) applied. Rows
	 * with weekend hours are also run on the Sunday timetable (only those rows) and the worse of
	 * the two days counts (combineWeekend); without Sunday data they are flagged unchecked.
	 */
	compute(req: ChainRequest, sunday?: SundaySource): CoachChainResult {
		const r: CoachChainResult = this.day(req);
		const rows: number[] = [];
		for (let p = 0; p < req.weekend.length; p++) if (req.weekend[p]) rows.push(p);
		if (rows.length && req.sunday === false) r.sunday = { status: 'skipped' };
		else if (rows.length && sunday?.kind !== 'timetable') {
			combineWeekend(r, undefined, req.weekend);
			r.sunday = { status: 'unchecked', date: sunday?.date, feeds: sunday?.feeds ?? [] };
		} else if (rows.length && sunday?.kind === 'timetable') {
			const pick = <T extends Float64Array | Int32Array | Uint8Array | Float32Array>(a: T): T => {
				const out = new (a.constructor as new (n: number) => T)(rows.length);
				rows.forEach((p, i) => (out[i] = a[p]));
				return out;
			};
			const sub = sunday.chains.day({
				...req,
				lon: pick(req.lon),
				lat: pick(req.lat),
				start: pick(req.start),
				end: pick(req.end),
				weekend: pick(req.weekend),
				dayHours: pick(req.dayHours)
			});
			const n = req.lon.length;
			const full: ChainResult = {
				toWork: new Float32Array(n).fill(NaN),
				back: new Float32Array(n).fill(NaN),
				slackTo: new Float32Array(n).fill(NaN),
				slackBack: new Float32Array(n).fill(NaN),
				flags: new Uint16Array(n)
			};
			rows.forEach((p, i) => {
				full.toWork[p] = sub.toWork[i];
				full.back[p] = sub.back[i];
				full.slackTo[p] = sub.slackTo[i];
				full.slackBack[p] = sub.slackBack[i];
				full.flags[p] = sub.flags[i];
			});
			const weekdayFlags = r.flags.slice();
			combineWeekend(r, full, req.weekend);
			r.sunday = { status: 'checked', date: sunday.date, flags: full.flags, weekdayFlags };
		}
		// SGB III § 140(4) (chains.ts, flagCommute): both ways together over 2.5 h for more than
		// six hours of work a day, over 2 h for six hours or less — on the worse of the two days
		flagCommute(r, req.dayHours);
		return r;
	}

	/** One service day's chains for every place (this timetable), without § 140(4). */
	day(req: ChainRequest): ChainResult {
		const n = req.lon.length;
		for (const a of [req.lat, req.start, req.end, req.weekend, req.dayHours])
			if (a.length !== n) throw new Error('chain request arrays differ in length');
		const travel = travelOf(req);
		const places = this.placeStops(req.lon, req.lat, travel);
		const homeDirect = new Float32Array(n);
		const kitaDirect = new Float32Array(n);
		for (let p = 0; p < n; p++) {
			const at = { lon: req.lon[p], lat: req.lat[p] };
			homeDirect[p] = this.direct(req.home, at, travel);
			kitaDirect[p] = req.kita ? this.direct(req.kita, at, travel) : Infinity;
		}
		return this.engine.compute({
			options: this.options(req.stepFree),
			home: this.walks(req.home, travel),
			homeDirect,
			places,
			kita: req.kita && {
				walks: this.walks(req.kita, travel),
				homeDirect: this.direct(req.home, req.kita, travel),
				placeDirect: kitaDirect,
				opens: req.kita.opens,
				closes: req.kita.closes
			},
			vacancies: {
				place: Int32Array.from({ length: n }, (_, i) => i),
				start: req.start,
				end: req.end
			}
		});
	}

	/**
	 * One place step by step, along the same chain as compute(): without a Kita home → place
	 * arriving by the shift start (the latest departure and the next one after it) and back
	 * leaving at the shift end; with a Kita home → Kita by opening, Kita → place after the
	 * handover, place → Kita by closing less the pick-up, Kita → home at closing. Unknown hours:
	 * a typical departure (7:30 there, 16:00 back).
	 */
	trip(req: TripRequest): ChainTrip {
		const w = this.engine.worker;
		const options = this.options(req.stepFree);
		const travel = travelOf(req);
		const points = { home: req.home, place: req.place, kita: req.kita ?? req.home };
		const walks = {
			home: this.walks(req.home, travel),
			place: this.walks(req.place, travel),
			kita: this.walks(points.kita, travel)
		};
		const leg = (
			from: TripEnd,
			to: TripEnd,
			time: { kind: 'depart' | 'arrive'; seconds: number }
		): TripSegment => {
			const q = {
				access: walks[from],
				egress: walks[to],
				directSeconds: this.direct(points[from], points[to], travel),
				time,
				maxSeconds: 7200,
				options
			};
			if (time.kind === 'depart') return { from, to, itinerary: departAtItinerary(w, q) };
			const a = arriveByItinerary(w, q);
			return {
				from,
				to,
				itinerary: a.latest,
				deadline: time.seconds,
				latestMinute: a.latestMinute,
				next: a.next
			};
		};
		const trip = this.tripLegs(req, leg);
		const stopNames: Record<number, string> = {};
		const stopPoints: Record<number, [number, number]> = {};
		for (const seg of [...trip.there, ...trip.back])
			for (const it of [seg.itinerary, seg.next])
				for (const l of it?.legs ?? [])
					for (const p of [l.from, l.to])
						if (p.kind === 'stop') {
							stopNames[p.stop] = this.transit.stopNames[p.stop] ?? '';
							stopPoints[p.stop] = [this.transit.stopLon[p.stop], this.transit.stopLat[p.stop]];
						}
		return { ...trip, direct: travel.bike ? 'bike' : 'walk', stopNames, stopPoints };
	}

	private tripLegs(
		req: TripRequest,
		leg: (
			from: TripEnd,
			to: TripEnd,
			time: { kind: 'depart' | 'arrive'; seconds: number }
		) => TripSegment
	): Omit<ChainTrip, 'stopNames' | 'stopPoints' | 'direct'> {
		const k = req.kita;
		if (k)
			return {
				there: [
					leg('home', 'kita', { kind: 'arrive', seconds: k.opens }),
					leg('kita', 'place', { kind: 'depart', seconds: k.opens + HANDOVER_SECONDS })
				],
				back: [
					leg('place', 'kita', { kind: 'arrive', seconds: k.closes - HANDOVER_SECONDS }),
					leg('kita', 'home', { kind: 'depart', seconds: k.closes })
				]
			};
		return {
			there: [
				req.start >= 0
					? leg('home', 'place', { kind: 'arrive', seconds: req.start })
					: leg('home', 'place', { kind: 'depart', seconds: TYPICAL_THERE })
			],
			back: [
				leg('place', 'home', { kind: 'depart', seconds: req.end >= 0 ? req.end : TYPICAL_BACK })
			]
		};
	}
}
