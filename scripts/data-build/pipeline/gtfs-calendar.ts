/**
 * Which services run on a day (calendar.txt and calendar_dates.txt, either or both), and, for
 * messages, the range of days the feed has service on and the nearest such day to a date.
 */
import type { GtfsRecord } from './gtfs';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** 'YYYYMMDD' ↔ Date (noon UTC, so no time zone moves the day). */
function toDate(ymd: string): Date {
	return new Date(`${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}T12:00:00Z`);
}
function toYmd(d: Date): string {
	return d.toISOString().slice(0, 10).replaceAll('-', '');
}
export function addDays(ymd: string, days: number): string {
	const d = toDate(ymd);
	d.setUTCDate(d.getUTCDate() + days);
	return toYmd(d);
}
export function weekdayOf(ymd: string): string {
	return WEEKDAYS[toDate(ymd).getUTCDay()];
}
/** 'YYYYMMDD' → 'YYYY-MM-DD' */
export const iso = (ymd: string) => `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;

interface WeeklyService {
	days: boolean[];
	start: string;
	end: string;
}

export class ServiceCalendar {
	private readonly weekly = new Map<string, WeeklyService>();
	/** service → date → 1 added / 2 removed */
	private readonly exceptions = new Map<string, Map<string, number>>();
	private readonly added = new Map<string, string[]>();

	constructor(calendar: GtfsRecord[] | null, dates: GtfsRecord[] | null) {
		for (const c of calendar ?? []) {
			const days = WEEKDAYS.map((d) => c[d] === '1');
			if (!/^\d{8}$/.test(c.start_date) || !/^\d{8}$/.test(c.end_date)) continue;
			this.weekly.set(c.service_id, { days, start: c.start_date, end: c.end_date });
		}
		for (const d of dates ?? []) {
			if (!/^\d{8}$/.test(d.date)) continue;
			let m = this.exceptions.get(d.service_id);
			if (!m) this.exceptions.set(d.service_id, (m = new Map()));
			const type = +d.exception_type;
			m.set(d.date, type);
			if (type === 1) {
				const list = this.added.get(d.service_id) ?? [];
				list.push(d.date);
				this.added.set(d.service_id, list);
			}
		}
	}

	private runs(service: string, ymd: string, weekday: number): boolean {
		const ex = this.exceptions.get(service)?.get(ymd);
		if (ex === 1) return true;
		if (ex === 2) return false;
		const w = this.weekly.get(service);
		return !!w && w.start <= ymd && ymd <= w.end && w.days[weekday];
	}

	/** Services running on the day 'YYYYMMDD'. */
	activeOn(ymd: string): Set<string> {
		const weekday = toDate(ymd).getUTCDay();
		const out = new Set<string>();
		for (const s of this.weekly.keys()) if (this.runs(s, ymd, weekday)) out.add(s);
		for (const s of this.added.keys()) if (this.runs(s, ymd, weekday)) out.add(s);
		return out;
	}

	/**
	 * First and last day on which some service runs ('YYYYMMDD'), or null. Weekly services are
	 * walked from their ends inwards past removed days, so rows that never run (all weekdays 0, a
	 * placeholder range) do not widen the range.
	 */
	serviceRange(): { start: string; end: string } | null {
		let start = '99999999';
		let end = '00000000';
		for (const [s, w] of this.weekly) {
			const span = Math.round((toDate(w.end).getTime() - toDate(w.start).getTime()) / 86400000);
			const limit = Math.min(span, 7 + (this.exceptions.get(s)?.size ?? 0));
			for (let k = 0; k <= limit; k++) {
				const d = addDays(w.start, k);
				if (d < start && this.runs(s, d, toDate(d).getUTCDay())) {
					start = d;
					break;
				}
			}
			for (let k = 0; k <= limit; k++) {
				const d = addDays(w.end, -k);
				if (d > end && this.runs(s, d, toDate(d).getUTCDay())) {
					end = d;
					break;
				}
			}
		}
		for (const list of this.added.values())
			for (const d of list) {
				if (d < start) start = d;
				if (d > end) end = d;
			}
		return start <= end ? { start, end } : null;
	}

	/** The day nearest to `ymd` (within `days`) with some service, earlier first on ties. */
	nearestServiceDay(ymd: string, days = 60): string | null {
		for (let k = 1; k <= days; k++)
			for (const d of [addDays(ymd, -k), addDays(ymd, k)]) if (this.activeOn(d).size > 0) return d;
		return null;
	}
}
