/**
 * Wall-clock time in the region's time zone (region.json `timeZone`). Every function takes the zone
 * as its last argument (default: the chosen region's), so the tests can check another zone, and
 * nothing here is named after a city. The server may run in UTC: nothing reads the process's zone.
 */
import { TIME_ZONE } from './index';

const pad = (n: number) => String(n).padStart(2, '0');

const formats = new Map<string, Intl.DateTimeFormat>();

function fields(instant: Date | number, timeZone: string) {
	let format = formats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		formats.set(timeZone, format);
	}
	const parts = format.formatToParts(instant);
	const get = (k: string) => Number(parts.find((p) => p.type === k)?.value);
	return {
		year: get('year'),
		month: get('month'),
		day: get('day'),
		hour: get('hour'),
		minute: get('minute'),
		second: get('second')
	};
}

/** The day of an instant in the zone as YYYY-MM-DD (a count at 00:30 belongs to the new day). */
export function localDay(now: Date = new Date(), timeZone = TIME_ZONE): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone }).format(now);
}

/** Today in the zone as YYYY-MM-DD. */
export const localToday = (now: Date = new Date(), timeZone = TIME_ZONE) => localDay(now, timeZone);

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
export function offsetAt(instant: number, timeZone = TIME_ZONE): number {
	const f = fields(instant, timeZone);
	const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
	return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * 'YYYY-MM-DDTHH:MM' in the zone → an instant (ISO, UTC), right across DST changes (a local time
 * that a change skips or repeats gives one of the instants near it).
 */
export function localToInstant(local: string, timeZone = TIME_ZONE): string {
	const [date, time] = local.split('T');
	const [y, mo, d] = date.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	const guess = Date.UTC(y, mo - 1, d, h, mi);
	const first = guess - offsetAt(guess, timeZone);
	return new Date(guess - offsetAt(first, timeZone)).toISOString();
}

/**
 * A Date whose local fields (getHours() etc.) show the zone's wall-clock time of `instant`: for
 * libraries that read local fields (opening_hours) on a server that may run in UTC.
 */
export function wallClock(instant: Date, timeZone = TIME_ZONE): Date {
	const f = fields(instant, timeZone);
	return new Date(f.year, f.month - 1, f.day, f.hour, f.minute);
}

const hhmm = (ms: number) => {
	const sign = ms < 0 ? '-' : '+';
	const min = Math.round(Math.abs(ms) / 60_000);
	return `${sign}${pad(Math.floor(min / 60))}${pad(min % 60)}`;
};

/**
 * A VTIMEZONE for the zone, written from the platform's time-zone data (Intl) for the years
 * `fromYear`…`toYear`: one STANDARD or DAYLIGHT observance per transition (no RRULE, so any zone
 * works, also one that changed its rules or has no DST). For reading iCalendar feeds that name the
 * zone in TZID but carry no VTIMEZONE of their own.
 */
export function vtimezone(timeZone = TIME_ZONE, fromYear: number, toYear: number): string {
	const start = Date.UTC(fromYear, 0, 1);
	const end = Date.UTC(toYear + 1, 0, 1);
	const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
	const observance = (at: number, from: number, to: number, dst: boolean) => {
		// DTSTART is the local time just before the change, in the offset before it (RFC 5545).
		const f = fields(at + from, 'UTC');
		const kind = dst ? 'DAYLIGHT' : 'STANDARD';
		lines.push(
			`BEGIN:${kind}`,
			`DTSTART:${f.year}${pad(f.month)}${pad(f.day)}T${pad(f.hour)}${pad(f.minute)}${pad(f.second)}`,
			`TZOFFSETFROM:${hhmm(from)}`,
			`TZOFFSETTO:${hhmm(to)}`,
			`END:${kind}`
		);
	};
	const first = offsetAt(start, timeZone);
	// The offset in force from the start, as an observance beginning then.
	const jan = offsetAt(Date.UTC(fromYear, 0, 15), timeZone);
	const jul = offsetAt(Date.UTC(fromYear, 6, 15), timeZone);
	const standard = Math.min(jan, jul);
	observance(start, first, first, first > standard);
	const DAY = 86_400_000;
	let prev = first;
	for (let t = start; t < end; t += DAY) {
		const next = offsetAt(t + DAY, timeZone);
		if (next === prev) continue;
		// Bisect to the minute of the change.
		let lo = t;
		let hi = t + DAY;
		while (hi - lo > 60_000) {
			const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
			if (offsetAt(mid, timeZone) === prev) lo = mid;
			else hi = mid;
		}
		observance(hi, prev, next, next > standard);
		prev = next;
	}
	lines.push('END:VTIMEZONE');
	return lines.join('\r\n');
}
