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
import { DEFAULT_RAPTOR, RaptorWorker, type RaptorOptions } from './raptor';
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

export class ChainEngine {
	private readonly forward: RaptorWorker;
	private readonly reverse: ReverseRaptor;
	/** a second forward worker: the morning's probe range beside the main sweep */
	private readonly probe: RaptorWorker;

	constructor(readonly transit: TransitData) {
		this.forward = new RaptorWorker(transit, 16);
		this.probe = new RaptorWorker(transit, 16);
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
		this.runOptions = { ...q.options, cutoff: 0 };
		const { start, end } = q.vacancies;
		for (let v = 0; v < n; v++)
			if (start[v] < 0 || end[v] < 0) r.flags[v] |= ChainFlag.HOURS_UNKNOWN;
		if (q.kita) this.withKita(q, r);
		else this.direct(q, r);
		return r;
	}

	/** the query's options, copied once per compute(); the cutoff is set per run (no object
	 *  per run: the sweeps run hundreds) */
	private runOptions: RaptorOptions = { ...DEFAULT_RAPTOR, cutoff: 0 };
	private opts(cutoff: number): RaptorOptions {
		this.runOptions.cutoff = cutoff;
		return this.runOptions;
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
		const ea = w.run(t0, k.walks.stops, k.walks.seconds, this.opts(t0 + max));
		// every workplace → Kita, arriving before closing less the pick-up
		const due = k.closes - hand;
		const ld = this.reverse.run(due, k.walks.stops, k.walks.seconds, this.opts(due - max));
		for (let v = 0; v < n; v++) {
			const p = place[v];
			if (!toKita || !fromKita) r.flags[v] |= ChainFlag.KITA_UNREACHABLE;
			const arrive = Math.min(t0 + (k.placeDirect?.[p] ?? Infinity), arriveAt(q.places, p, ea));
			const leave = Math.max(due - (k.placeDirect?.[p] ?? Infinity), leaveFrom(q.places, p, ld));
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
		const ps = q.places;
		const hd = q.homeDirect;
		const home = q.home;
		// unknown hours: one departure at a typical time, the same minutes both ways
		const typical = q.typicalDeparture ?? 7.5 * 3600;
		let best: Int32Array | undefined;
		for (let v = 0; v < n; v++) {
			if (start[v] >= 0 && end[v] >= 0) continue;
			if (!best) {
				w.resetRange();
				best = w.run(typical, home.stops, home.seconds, this.opts(typical + max));
			}
			const p = place[v];
			const a = Math.min(typical + (hd ? hd[p] : Infinity), arriveAt(ps, p, best));
			if (a <= typical + max) r.toWork[v] = r.back[v] = (a - typical) / 60;
		}
		this.morning(q, r, max);
		this.evening(q, r, max);
		for (let v = 0; v < n; v++) {
			const walk = hd ? hd[place[v]] : Infinity;
			if (start[v] >= 0 && Number.isNaN(r.toWork[v])) {
				if (walk <= max) r.toWork[v] = walk / 60;
				else r.flags[v] |= ChainFlag.NO_WAY_TO_WORK;
			}
			if (end[v] >= 0 && Number.isNaN(r.back[v])) {
				if (walk <= max) r.back[v] = walk / 60;
				else r.flags[v] |= ChainFlag.NO_WAY_BACK;
			}
		}
	}

	/**
	 * To work, arriving by the start: the latest whole minute (of the clock) leaving home that
	 * arrives in time, unless walking is as quick. One descending range RAPTOR sweep over the
	 * minutes of all distinct starts' windows [start − max, start] together (a minute is run once
	 * however many starts it serves; the cutoff is the latest start still open), after a range
	 * probe at each window's first minute drops what no departure in the window reaches.
	 */
	private morning(q: ChainQuery, r: ChainResult, max: number): void {
		const { place, start } = q.vacancies;
		const hd = q.homeDirect;
		const ps = q.places;
		const { stops, seconds } = q.home;
		const g = groupDesc(start);
		if (g.times.length === 0) return;
		const open = g.members;
		const openEnd = g.offsets.slice(1);
		const lastMinute = Math.floor(max / 60);
		// probe: departing at the first minute of each window (descending, one range)
		const probe = this.probe;
		probe.resetRange();
		for (let k = 0; k < g.times.length; k++) {
			const s = g.times[k];
			const first = minuteFloor(s) - lastMinute * 60;
			const early = probe.run(first, stops, seconds, this.opts(s));
			let m = g.offsets[k];
			for (let i = g.offsets[k]; i < openEnd[k]; i++) {
				const v = open[i];
				const p = place[v];
				if ((hd ? hd[p] : Infinity) <= max || arriveAt(ps, p, early) <= s) open[m++] = v;
			}
			openEnd[k] = m;
		}
		const w = this.forward;
		w.resetRange();
		let d = minuteFloor(g.times[0]);
		while (true) {
			// the latest open start whose window holds d, and whether any start is still ahead
			let cutoff = -1;
			let next = -Infinity;
			for (let k = 0; k < g.times.length; k++) {
				if (openEnd[k] === g.offsets[k]) continue;
				const s = g.times[k];
				const top = minuteFloor(s);
				if (top >= d && top - lastMinute * 60 <= d) {
					if (s > cutoff) cutoff = s;
				} else if (top < d && top > next) next = top;
			}
			if (cutoff < 0) {
				if (next === -Infinity) break;
				d = next; // skip minutes no open window holds (the range stays valid)
				continue;
			}
			const b = w.run(d, stops, seconds, this.opts(cutoff));
			for (let k = 0; k < g.times.length; k++) {
				const s = g.times[k];
				const top = minuteFloor(s);
				if (openEnd[k] === g.offsets[k] || top < d || top - lastMinute * 60 > d) continue;
				let m = g.offsets[k];
				for (let i = g.offsets[k]; i < openEnd[k]; i++) {
					const v = open[i];
					const p = place[v];
					const walk = hd ? hd[p] : Infinity;
					if (s - d >= walk) r.toWork[v] = walk / 60;
					else if (arriveAt(ps, p, b) <= s) r.toWork[v] = (s - d) / 60;
					else open[m++] = v;
				}
				openEnd[k] = m;
			}
			d -= 60;
		}
	}

	/**
	 * Back home after the end: the earliest deadline at home in 5-minute steps after the end
	 * (end + 5, + 10, … min) that leaving work at the end still makes. Ends a multiple of
	 * 5 minutes apart share their deadlines: one ascending reverse range RAPTOR over them serves
	 * all (its cutoff the earliest end still open).
	 */
	private evening(q: ChainQuery, r: ChainResult, max: number): void {
		const { place, end } = q.vacancies;
		const hd = q.homeDirect;
		const ps = q.places;
		const { stops, seconds } = q.home;
		const g = groupDesc(end);
		const K = g.times.length;
		if (K === 0) return;
		const open = g.members;
		const openEnd = g.offsets.slice(1);
		const lastStep = Math.floor(max / BACK_STEP);
		// no probe at each end's last deadline (as the morning has): the ends' windows overlap, so
		// the sweep runs nearly the same deadlines without it, and a probe is a whole reverse
		// search per end (10–18 % of the list's time on the bench network)
		const rev = this.reverse;
		// deadlines ascending per class of ends (end mod 5 min)
		const done = new Uint8Array(K);
		for (let c = 0; c < K; c++) {
			if (done[c]) continue;
			const residue = g.times[c] % BACK_STEP;
			const members: number[] = [];
			for (let k = c; k < K; k++)
				if (g.times[k] % BACK_STEP === residue) {
					done[k] = 1;
					members.push(k);
				}
			let due = g.times[members[members.length - 1]] + BACK_STEP;
			rev.resetRange();
			while (true) {
				let cutoff = Infinity;
				let next = Infinity;
				for (const k of members) {
					if (openEnd[k] === g.offsets[k]) continue;
					const e = g.times[k];
					if (e < due && e + lastStep * BACK_STEP >= due) {
						if (e < cutoff) cutoff = e;
					} else if (e >= due && e + BACK_STEP < next) next = e + BACK_STEP;
				}
				if (cutoff === Infinity) {
					if (next === Infinity) break;
					due = next;
					continue;
				}
				const ld = rev.run(due, stops, seconds, this.opts(cutoff), true);
				for (const k of members) {
					const e = g.times[k];
					if (openEnd[k] === g.offsets[k] || e >= due || e + lastStep * BACK_STEP < due) continue;
					let m = g.offsets[k];
					for (let i = g.offsets[k]; i < openEnd[k]; i++) {
						const v = open[i];
						const p = place[v];
						const walk = hd ? hd[p] : Infinity;
						if (due - e >= walk) {
							r.back[v] = walk / 60;
							continue;
						}
						const leave = leaveFrom(ps, p, ld);
						if (leave < e) {
							open[m++] = v;
							continue;
						}
						r.back[v] = (due - e) / 60;
						r.slackBack[v] = (leave - e) / 60;
					}
					openEnd[k] = m;
				}
				due += BACK_STEP;
			}
		}
	}
}

const minuteFloor = (s: number) => Math.floor(s / 60) * 60;

/** Earliest arrival at a place from per-stop labels plus the walk (Infinity: none). */
function arriveAt(places: PlaceStops, p: number, label: Int32Array): number {
	let best = Infinity;
	const { stops, seconds } = places;
	for (let i = places.start[p]; i < places.start[p + 1]; i++) {
		const l = label[stops[i]];
		if (l === UNREACHED) continue;
		const v = l + seconds[i];
		if (v < best) best = v;
	}
	return best;
}

/** Latest departure from a place given per-stop latest departures less the walk (-Infinity: none). */
function leaveFrom(places: PlaceStops, p: number, label: Int32Array): number {
	let best = -Infinity;
	const { stops, seconds } = places;
	for (let i = places.start[p]; i < places.start[p + 1]; i++) {
		const l = label[stops[i]];
		if (l === NEVER) continue;
		const v = l - seconds[i];
		if (v > best) best = v;
	}
	return best;
}

/** Vacancies by a known time (seconds ≥ 0), distinct times descending, members in CSR. */
function groupDesc(times: Int32Array): {
	times: number[];
	offsets: Int32Array;
	members: Int32Array;
} {
	const idx: number[] = [];
	for (let v = 0; v < times.length; v++) if (times[v] >= 0) idx.push(v);
	idx.sort((a, b) => times[b] - times[a] || a - b);
	const distinct: number[] = [];
	const offsets: number[] = [0];
	for (let i = 0; i < idx.length; i++) {
		if (i > 0 && times[idx[i]] !== times[idx[i - 1]]) offsets.push(i);
		if (i === 0 || times[idx[i]] !== times[idx[i - 1]]) distinct.push(times[idx[i]]);
	}
	offsets.push(idx.length);
	return { times: distinct, offsets: Int32Array.from(offsets), members: Int32Array.from(idx) };
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
