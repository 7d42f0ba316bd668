/**
 * OSM `opening_hours` evaluation, on the server only: the library is about 1 MB, so it never goes
 * into the browser bundle. Times are wall-clock times in the region's time zone ($lib/region),
 * whatever time zone the server runs in; public holidays are the region's.
 */
import OpeningHours from 'opening_hours';
import { REGION } from '$lib/region';
import { wallClock } from '$lib/region/time';

const LOCATION = {
	lat: REGION.openingHours.lat,
	lon: REGION.openingHours.lon,
	address: { country_code: REGION.openingHours.countryCode, state: REGION.openingHours.state }
};

const cache = new Map<string, OpeningHours | null>();

/** The parsed rule, or null when the text is not valid opening_hours syntax. */
export function parseOpeningHours(text: string | null | undefined): OpeningHours | null {
	if (!text) return null;
	if (cache.has(text)) return cache.get(text)!;
	let parsed: OpeningHours | null;
	try {
		parsed = new OpeningHours(text, LOCATION, { mode: 0, warnings_severity: 0 } as never);
	} catch {
		parsed = null;
	}
	if (cache.size > 5000) cache.clear();
	cache.set(text, parsed);
	return parsed;
}

/** 'now' or 'YYYY-MM-DDTHH:mm' (the region's time) as a wall-clock Date for the evaluation. */
export function resolveOpenAt(open: string, now = new Date()): Date {
	if (open === 'now') return wallClock(now);
	const [d, t] = open.split('T');
	const [y, m, day] = d.split('-').map(Number);
	const [h, min] = t.split(':').map(Number);
	return new Date(y, m - 1, day, h, min);
}

/** true / false when known; null when the place has no (valid) opening hours or they say "unknown". */
export function isOpenAt(text: string | null | undefined, wallClock: Date): boolean | null {
	const oh = parseOpeningHours(text);
	if (!oh) return null;
	try {
		if (oh.getUnknown(wallClock)) return null;
		return oh.getState(wallClock);
	} catch {
		return null;
	}
}

export interface DayHours {
	/** The day as a wall-clock date at midnight. */
	day: Date;
	/** Opening intervals as 'HH:mm' pairs; empty when closed. */
	intervals: [string, string][];
}

const hhmm = (d: Date) =>
	`${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** The next seven days' opening times, for the place page. Null when the text cannot be read. */
export function weekHours(text: string | null | undefined, from: Date): DayHours[] | null {
	const oh = parseOpeningHours(text);
	if (!oh) return null;
	const start = new Date(from.getFullYear(), from.getMonth(), from.getDate());
	const days: DayHours[] = [];
	try {
		for (let i = 0; i < 7; i++) {
			const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
			const next = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i + 1);
			const intervals = oh.getOpenIntervals(day, next).map(([a, b]) => {
				const end = b.getTime() === next.getTime() ? '24:00' : hhmm(b);
				return [hhmm(a), end] as [string, string];
			});
			days.push({ day, intervals });
		}
	} catch {
		return null;
	}
	return days;
}

/** When an open place closes today ('HH:mm'); null when closed, unknown or open past midnight. */
export function openUntil(text: string | null | undefined, wallClock: Date): string | null {
	const oh = parseOpeningHours(text);
	if (!oh) return null;
	try {
		if (!oh.getState(wallClock) || oh.getUnknown(wallClock)) return null;
		const next = oh.getNextChange(wallClock);
		if (!next) return null;
		const midnight = new Date(
			wallClock.getFullYear(),
			wallClock.getMonth(),
			wallClock.getDate() + 1
		);
		if (next.getTime() > midnight.getTime()) return null;
		return next.getTime() === midnight.getTime() ? '24:00' : hhmm(next);
	} catch {
		return null;
	}
}
