/**
 * Trip chains for every vacancy at once: home → Kita → work, arriving by the shift start and
 * leaving the Kita no earlier than it opens (plus the handover); back: work end → Kita before it
 * closes → home. Not one route per vacancy: a few searches and a join.
 * - with a Kita: one arrive-by home → Kita (by opening), one forward RAPTOR from the Kita at
 *   opening + handover (earliest arrival at every workplace), one reverse RAPTOR to the Kita by
 *   closing − handover (latest departure from every workplace), one depart-at Kita → home at
 *   closing (the last bus after pick-up is what binds);
 * - without: per distinct shift start a forward range from home (latest departure that arrives
 *   by the start), per distinct shift end reverse RAPTOR to home with deadlines in 5-minute steps
 *   (the first that the end of the shift still makes: minutes back rounded up to 5).
 * Times are seconds of the service day; walks between places and stops are given by the caller.
 */
import { UNREACHED } from './dijkstra';
import { arriveByItinerary, departAtItinerary, type StopWalks } from './itinerary';
import { RaptorWorker, type RaptorOptions } from './raptor';
import { NEVER, ReverseRaptor } from './reverse-raptor';
import type { TransitData } from './transit';

export const ChainFlag = {
	HOURS_UNKNOWN: 1,
	NO_WAY_TO_WORK: 2,
	NO_WAY_BACK: 4,
	/** the shift starts before the Kita opens (plus handover and the way) */
	KITA_NOT_OPEN: 8,
	/** the shift ends too late for the pick-up before the Kita closes */
	KITA_CLOSED: 16,
	/** SGB III § 140(4): daily commute over the reasonable limit */
	OVER_140: 32,
	KITA_UNREACHABLE: 64,
	/** weekend hours and no weekend timetable to check them with */
	WEEKEND_UNCHECKED: 128
} as const;

/** Stops near each place with the walk between them (seconds, either way), CSR. */
export interface PlaceStops {
	start: Int32Array;
	stops: Int32Array;
	seconds: Float32Array;
}

export interface ChainQuery {
	options: Omit<RaptorOptions, 'cutoff'>;
	/** walks between home and stops (either way) */
	home: StopWalks;
	/** direct walk home ↔ place per place (Infinity: none) */
	homeDirect?: Float32Array;
	kita?: {
		walks: StopWalks;
		/** walk home ↔ Kita, and Kita ↔ place per place */
		homeDirect?: number;
		placeDirect?: Float32Array;
		opens: number;
		closes: number;
		/** handing the child over / picking it up (default 10 min) */
		handoverSeconds?: number;
	};
	places: PlaceStops;
	/** per vacancy: its place, shift start and end (seconds, -1 unknown) */
	vacancies: { place: Int32Array; start: Int32Array; end: Int32Array };
	/** longest single journey searched (default 2 h) */
	maxSeconds?: number;
	/** departure for vacancies with unknown hours (default 7:30) */
	typicalDeparture?: number;
}

export interface ChainResult {
	/** door to door, minutes (NaN: no way) */
	toWork: Float32Array;
	back: Float32Array;
	/** minutes to spare: before the shift start, and after the shift end until the last
	 *  departure that still makes it (NaN without hours) */
	slackTo: Float32Array;
	slackBack: Float32Array;
	flags: Uint16Array;
}

const BACK_STEP = 300;

/** Best way from the place's stops given per-stop labels, combining with `pick`. */
function perPlace(
	places: PlaceStops,
	place: number,
	label: Int32Array,
	none: number,
	combine: (label: number, walk: number) => number,
	better: (a: number, b: number) => boolean,
	init: number
): number {
	let best = init;
	for (let i = places.start[place]; i < places.start[place + 1]; i++) {
		const l = label[places.stops[i]];
		if (l === none) continue;
		const v = combine(l, places.seconds[i]);
		if (better(v, best)) best = v;
	}
	return best;
}

export class ChainEngine {
	private readonly forward: RaptorWorker;
	private readonly reverse: ReverseRaptor;

	constructor(readonly transit: TransitData) {
		this.forward = new RaptorWorker(transit, 16);
		this.reverse = new ReverseRaptor(transit);
	}

	/** the forward RAPTOR (for itineraries between the same stops) */
	get worker(): RaptorWorker {
		return this.forward;
	}

	compute(q: ChainQuery): ChainResult {
		const n = q.vacancies.place.length;
		const r: ChainResult = {
			toWork: new Float32Array(n).fill(NaN),
			back: new Float32Array(n).fill(NaN),
			slackTo: new Float32Array(n).fill(NaN),
			slackBack: new Float32Array(n).fill(NaN),
			flags: new Uint16Array(n)
		};
		const { start, end } = q.vacancies;
		for (let v = 0; v < n; v++)
			if (start[v] < 0 || end[v] < 0) r.flags[v] |= ChainFlag.HOURS_UNKNOWN;
		if (q.kita) this.withKita(q, r);
		else this.direct(q, r);
		return r;
	}

	private opts(q: ChainQuery, cutoff: number): RaptorOptions {
		return { ...q.options, cutoff };
	}

	private withKita(q: ChainQuery, r: ChainResult): void {
		const k = q.kita!;
		const max = q.maxSeconds ?? 7200;
		const hand = k.handoverSeconds ?? 600;
		const { place, start, end } = q.vacancies;
		const n = place.length;
		const w = this.forward;
		// home → Kita, arriving by opening
		const toKita = arriveByItinerary(w, {
			access: q.home,
			egress: k.walks,
			directSeconds: k.homeDirect,
			time: { kind: 'arrive', seconds: k.opens },
			maxSeconds: max,
			options: q.options
		}).latest;
		// Kita → home after pick-up at closing
		const fromKita = departAtItinerary(w, {
			access: k.walks,
			egress: q.home,
			directSeconds: k.homeDirect,
			time: { kind: 'depart', seconds: k.closes },
			maxSeconds: max,
			options: q.options
		});
		// Kita → every workplace, leaving after the handover
		const t0 = k.opens + hand;
		w.resetRange();
		const ea = w.run(t0, k.walks.stops, k.walks.seconds, this.opts(q, t0 + max));
		// every workplace → Kita, arriving before closing less the pick-up
		const due = k.closes - hand;
		const ld = this.reverse.run(due, k.walks.stops, k.walks.seconds, this.opts(q, due - max));
		for (let v = 0; v < n; v++) {
			const p = place[v];
			if (!toKita || !fromKita) r.flags[v] |= ChainFlag.KITA_UNREACHABLE;
			const arrive = Math.min(
				t0 + (k.placeDirect?.[p] ?? Infinity),
				perPlace(
					q.places,
					p,
					ea,
					UNREACHED,
					(l, s) => l + s,
					(a, b) => a < b,
					Infinity
				)
			);
			const leave = Math.max(
				due - (k.placeDirect?.[p] ?? Infinity),
				perPlace(
					q.places,
					p,
					ld,
					NEVER,
					(l, s) => l - s,
					(a, b) => a > b,
					-Infinity
				)
			);
			// the legs to and from work decide the flags; the home ↔ Kita legs the minutes
			if (arrive < Infinity) {
				if (toKita) r.toWork[v] = (toKita.arrival - toKita.departure + hand + arrive - t0) / 60;
				if (start[v] >= 0) {
					r.slackTo[v] = (start[v] - arrive) / 60;
					if (start[v] < t0) r.flags[v] |= ChainFlag.KITA_NOT_OPEN;
					else if (arrive > start[v]) r.flags[v] |= ChainFlag.NO_WAY_TO_WORK;
				}
			} else r.flags[v] |= ChainFlag.NO_WAY_TO_WORK;
			if (leave > -Infinity) {
				if (fromKita) r.back[v] = (due - leave + hand + fromKita.arrival - fromKita.departure) / 60;
				if (end[v] >= 0) {
					r.slackBack[v] = (leave - end[v]) / 60;
					if (end[v] > due) r.flags[v] |= ChainFlag.KITA_CLOSED;
					else if (leave < end[v]) r.flags[v] |= ChainFlag.NO_WAY_BACK;
				}
			} else r.flags[v] |= ChainFlag.NO_WAY_BACK;
		}
	}

	private direct(q: ChainQuery, r: ChainResult): void {
		const max = q.maxSeconds ?? 7200;
		const { place, start, end } = q.vacancies;
		const n = place.length;
		const w = this.forward;
		const direct = (p: number) => q.homeDirect?.[p] ?? Infinity;
		const egressMin = (best: Int32Array, p: number) =>
			perPlace(
				q.places,
				p,
				best,
				UNREACHED,
				(l, s) => l + s,
				(a, b) => a < b,
				Infinity
			);
		// unknown hours: one departure at a typical time, the same minutes both ways
		const typical = q.typicalDeparture ?? 7.5 * 3600;
		let best: Int32Array | undefined;
		for (let v = 0; v < n; v++) {
			if (start[v] >= 0 && end[v] >= 0) continue;
			if (!best) {
				w.resetRange();
				best = w.run(typical, q.home.stops, q.home.seconds, this.opts(q, typical + max));
			}
			const a = Math.min(typical + direct(place[v]), egressMin(best, place[v]));
			if (a <= typical + max) r.toWork[v] = r.back[v] = (a - typical) / 60;
		}
		// morning: per distinct start, departures from the start back to start − max; the first
		// (latest) that arrives in time, unless walking is as quick
		for (const [s, vs] of group(start)) {
			// first the earliest departure: what it does not reach in time, nothing later does
			const lastMinute = Math.floor(max / 60);
			w.resetRange();
			const early = w.run(s - lastMinute * 60, q.home.stops, q.home.seconds, this.opts(q, s));
			let open = vs.filter((v) => direct(place[v]) <= max || egressMin(early, place[v]) <= s);
			w.resetRange();
			for (let m = 0; m <= lastMinute && open.length; m++) {
				const d = s - m * 60;
				const b = w.run(d, q.home.stops, q.home.seconds, this.opts(q, s));
				open = open.filter((v) => {
					const walk = direct(place[v]);
					if (s - d >= walk) r.toWork[v] = walk / 60;
					else if (egressMin(b, place[v]) <= s) r.toWork[v] = (s - d) / 60;
					else return true;
					return false;
				});
			}
			for (const v of vs) {
				if (!Number.isNaN(r.toWork[v])) continue;
				const walk = direct(place[v]);
				if (walk <= max) r.toWork[v] = walk / 60;
				else r.flags[v] |= ChainFlag.NO_WAY_TO_WORK;
			}
		}
		// evening: per distinct end, the earliest 5-minute deadline at home the end still makes
		for (const [e, vs] of group(end)) {
			// first the latest deadline: who cannot leave after the shift end for it never can
			const lastStep = Math.floor(max / BACK_STEP);
			const late = this.reverse.run(
				e + lastStep * BACK_STEP,
				q.home.stops,
				q.home.seconds,
				this.opts(q, e)
			);
			const leaves = (ld: Int32Array, p: number) =>
				perPlace(
					q.places,
					p,
					ld,
					NEVER,
					(l, s) => l - s,
					(a, b) => a > b,
					-1
				);
			let open = vs.filter((v) => direct(place[v]) <= max || leaves(late, place[v]) >= e);
			for (let j = 1; j <= lastStep && open.length; j++) {
				const due = e + j * BACK_STEP;
				const ld = this.reverse.run(due, q.home.stops, q.home.seconds, this.opts(q, e));
				open = open.filter((v) => {
					const p = place[v];
					const walk = direct(p);
					if (due - e >= walk) {
						r.back[v] = walk / 60;
						return false;
					}
					const leave = perPlace(
						q.places,
						p,
						ld,
						NEVER,
						(l, s) => l - s,
						(a, b) => a > b,
						-1
					);
					if (leave < e) return true;
					r.back[v] = (due - e) / 60;
					r.slackBack[v] = (leave - e) / 60;
					return false;
				});
			}
			for (const v of vs) {
				if (!Number.isNaN(r.back[v])) continue;
				const walk = direct(place[v]);
				if (walk <= max) r.back[v] = walk / 60;
				else r.flags[v] |= ChainFlag.NO_WAY_BACK;
			}
		}
	}
}

/** Vacancies by a known time (seconds ≥ 0), one list per distinct value. */
function group(times: Int32Array): Map<number, number[]> {
	const m = new Map<number, number[]>();
	for (let v = 0; v < times.length; v++) {
		const t = times[v];
		if (t < 0) continue;
		const list = m.get(t);
		if (list) list.push(v);
		else m.set(t, [v]);
	}
	return m;
}

/**
 * SGB III § 140 Abs. 4 Satz 2: commuting times (both ways together) are unreasonable if they
 * exceed 2.5 hours for a working time of more than six hours, or 2 hours for six hours or less
 * (Jobcenters apply the same to SGB II clients, § 10 SGB II). Limit in minutes; with unknown
 * hours the higher limit (only a commute beyond it is certainly unreasonable).
 */
export function reasonableCommuteMinutes(workHours: number | undefined): number {
	return workHours !== undefined && workHours <= 6 ? 120 : 150;
}

/** Set OVER_140 where the way there and back together exceed § 140(4)'s limit. */
export function flagCommute(r: ChainResult, hours: Float32Array): void {
	for (let v = 0; v < r.flags.length; v++) {
		const total = r.toWork[v] + r.back[v];
		const h = Number.isNaN(hours[v]) ? undefined : hours[v];
		if (total > reasonableCommuteMinutes(h)) r.flags[v] |= ChainFlag.OVER_140;
	}
}

/**
 * Weekend hours checked on the weekend timetable: for vacancies with weekend work the worse of
 * the weekday and the Sunday result; without a Sunday timetable they are marked unchecked.
 */
export function combineWeekend(
	weekday: ChainResult,
	sunday: ChainResult | undefined,
	weekend: Uint8Array
): ChainResult {
	for (let v = 0; v < weekend.length; v++) {
		if (!weekend[v]) continue;
		if (!sunday) {
			weekday.flags[v] |= ChainFlag.WEEKEND_UNCHECKED;
			continue;
		}
		const worse = (a: number, b: number) =>
			Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b);
		const less = (a: number, b: number) =>
			Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b);
		weekday.toWork[v] = worse(weekday.toWork[v], sunday.toWork[v]);
		weekday.back[v] = worse(weekday.back[v], sunday.back[v]);
		weekday.slackTo[v] = less(weekday.slackTo[v], sunday.slackTo[v]);
		weekday.slackBack[v] = less(weekday.slackBack[v], sunday.slackBack[v]);
		weekday.flags[v] |= sunday.flags[v];
	}
	return weekday;
}
