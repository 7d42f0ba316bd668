import ICAL from 'ical.js';
import { TIME_ZONE } from '$lib/region';
import { localToInstant, vtimezone } from '$lib/region/time';
import { cleanText } from '../../http/clean-input';

/**
 * Partners' calendars (issue #15 item 3): an iCalendar feed → the occurrences we show as events.
 * Recurrences are expanded (RRULE with EXDATE, moved occurrences via RECURRENCE-ID) over a window
 * from yesterday to WINDOW_DAYS ahead; times with the region's TZID (region.json `timeZone`) are
 * right even when the feed carries no VTIMEZONE (we register the zone's rules ourselves), floating
 * times are read as the region's time, all-day events start and end at midnight there; cancelled
 * events and occurrences are
 * reported as cancelled. Nothing here touches the network or the database: `loadFeed` takes a
 * fetch function (tests give it recorded files).
 */
export const WINDOW_DAYS = 180;
export const MAX_BYTES = 2 * 1024 * 1024;
const MAX_OCCURRENCES = 500;

export interface Occurrence {
	/** UID and, for one occurrence of a series, its original start: the key of our copy. */
	uid: string;
	recurrenceId: string;
	title: string;
	description: string;
	location: string | null;
	url: string | null;
	lat: number | null;
	lon: number | null;
	startsAt: string;
	endsAt: string | null;
	allDay: boolean;
	cancelled: boolean;
}

export type FeedProblem = 'http' | 'timeout' | 'too_large' | 'not_calendar' | 'parse' | 'no_events';

export interface FeedReport {
	ok: boolean;
	problem?: FeedProblem;
	detail?: string;
	occurrences: Occurrence[];
	/** Events left out, each with its reason (no start, title too short, outside the window …). */
	skipped: { uid: string; reason: 'no_start' | 'no_title' | 'too_many' }[];
}

/**
 * The region's zone (region.json `timeZone`) as a VTIMEZONE written from the platform's time-zone
 * data, so a feed that names it in TZID without a VTIMEZONE of its own is read right.
 */
function registerRegionZone(now: Date) {
	if (ICAL.TimezoneService.has(TIME_ZONE)) return;
	const year = now.getUTCFullYear();
	const text = `BEGIN:VCALENDAR\r\n${vtimezone(TIME_ZONE, year - 2, year + 2)}\r\nEND:VCALENDAR`;
	const tz = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vtimezone');
	if (tz) ICAL.TimezoneService.register(tz);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ICAL.Time as an instant; floating and unknown zones count as the region's time. */
function instant(t: ICAL.Time): string {
	const local = `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
	if (t.isDate) return localToInstant(`${t.year}-${pad(t.month)}-${pad(t.day)}T00:00`);
	const tzid = t.zone?.tzid;
	if (tzid === 'UTC' || tzid === 'Z') return t.toJSDate().toISOString();
	if (tzid && tzid !== 'floating' && ICAL.TimezoneService.has(tzid)) {
		return t.toJSDate().toISOString();
	}
	return localToInstant(local);
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v == null ? '' : String(v).trim());

/**
 * Parses a feed's text into the occurrences within the window. The text is cleaned first like every
 * other input (http/clean-input.ts): a partner's feed is input too, and a NUL in it made the events'
 * insert and even the report fail (PostgreSQL stores no NUL in text or jsonb), other controls are
 * invisible garbage in a title.
 */
export function parseFeed(raw: string, now = new Date()): FeedReport {
	const ics = cleanText(raw);
	const report: FeedReport = { ok: true, occurrences: [], skipped: [] };
	if (!/BEGIN:VCALENDAR/i.test(ics.slice(0, 2000))) {
		return { ...report, ok: false, problem: 'not_calendar', detail: ics.slice(0, 80) };
	}
	registerRegionZone(now);
	let cal: ICAL.Component;
	try {
		cal = new ICAL.Component(ICAL.parse(ics));
	} catch (e) {
		return {
			...report,
			ok: false,
			problem: 'parse',
			detail: String((e as Error).message).slice(0, 200)
		};
	}
	for (const tz of cal.getAllSubcomponents('vtimezone')) {
		const tzid = text(tz.getFirstPropertyValue('tzid'));
		if (tzid && !ICAL.TimezoneService.has(tzid)) ICAL.TimezoneService.register(tz);
	}
	const from = ICAL.Time.fromJSDate(new Date(now.getTime() - 86_400_000), true);
	const until = new Date(now.getTime() + WINDOW_DAYS * 86_400_000);

	const vevents = cal.getAllSubcomponents('vevent');
	const masters = new Map<string, ICAL.Event>();
	const exceptions: ICAL.Event[] = [];
	for (const v of vevents) {
		const event = new ICAL.Event(v);
		if (!event.uid) continue;
		if (event.isRecurrenceException()) exceptions.push(event);
		else masters.set(event.uid, event);
	}
	for (const ex of exceptions) masters.get(ex.uid)?.relateException(ex);

	const push = (
		master: ICAL.Event,
		item: ICAL.Event,
		start: ICAL.Time,
		end: ICAL.Time | null,
		recurrenceId: string
	) => {
		if (report.occurrences.length >= MAX_OCCURRENCES) {
			report.skipped.push({ uid: master.uid, reason: 'too_many' });
			return false;
		}
		const title = text(item.summary);
		if (title.length < 3) {
			report.skipped.push({ uid: master.uid, reason: 'no_title' });
			return true;
		}
		const geo = item.component.getFirstPropertyValue('geo') as unknown;
		const [lat, lon] = Array.isArray(geo) ? geo.map(Number) : [null, null];
		const status = text(item.component.getFirstPropertyValue('status')).toUpperCase();
		const masterStatus = text(master.component.getFirstPropertyValue('status')).toUpperCase();
		report.occurrences.push({
			uid: master.uid,
			recurrenceId,
			title: title.slice(0, 160),
			description: text(item.description).slice(0, 6000),
			location: text(item.location).slice(0, 300) || null,
			url: text(item.component.getFirstPropertyValue('url')).slice(0, 500) || null,
			lat: Number.isFinite(lat) ? lat : null,
			lon: Number.isFinite(lon) ? lon : null,
			startsAt: instant(start),
			endsAt: end ? instant(end) : null,
			allDay: start.isDate,
			cancelled: status === 'CANCELLED' || masterStatus === 'CANCELLED'
		});
		return true;
	};

	for (const event of masters.values()) {
		if (!event.startDate) {
			report.skipped.push({ uid: event.uid, reason: 'no_start' });
			continue;
		}
		if (!event.isRecurring()) {
			const end = event.endDate ?? null;
			const last = new Date(instant(end ?? event.startDate));
			if (last < from.toJSDate() || new Date(instant(event.startDate)) > until) continue;
			push(event, event, event.startDate, end, '');
			continue;
		}
		const it = event.iterator();
		for (let next = it.next(); next; next = it.next()) {
			if (new Date(instant(next)) > until) break;
			const details = event.getOccurrenceDetails(next);
			if (new Date(instant(details.endDate ?? details.startDate)) < from.toJSDate()) continue;
			if (
				!push(
					event,
					details.item,
					details.startDate,
					details.endDate,
					instant(details.recurrenceId)
				)
			)
				break;
		}
	}
	if (report.occurrences.length === 0 && vevents.length === 0) {
		return { ...report, ok: false, problem: 'no_events' };
	}
	return report;
}

export type FetchFn = (
	url: string,
	init?: { signal?: AbortSignal; headers?: Record<string, string> }
) => Promise<Response>;

/** Fetches a feed (URL) with a timeout and a size limit, then parses it. */
export async function loadFeed(
	url: string,
	fetchFn: FetchFn,
	now = new Date(),
	timeoutMs = 15_000
): Promise<FeedReport> {
	const empty: FeedReport = { ok: false, occurrences: [], skipped: [] };
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		const response = await fetchFn(url.replace(/^webcal:/i, 'https:'), {
			signal: controller.signal,
			headers: {
				accept: 'text/calendar, */*;q=0.5',
				'user-agent': 'Quartierkarte (Terminabgleich)'
			}
		});
		if (!response.ok) return { ...empty, problem: 'http', detail: `HTTP ${response.status}` };
		const length = Number(response.headers.get('content-length') ?? 0);
		if (length > MAX_BYTES) return { ...empty, problem: 'too_large', detail: `${length} bytes` };
		const body = await response.text();
		if (body.length > MAX_BYTES)
			return { ...empty, problem: 'too_large', detail: `${body.length} characters` };
		return parseFeed(body, now);
	} catch (e) {
		if (controller.signal.aborted)
			return { ...empty, problem: 'timeout', detail: `${timeoutMs} ms` };
		return {
			...empty,
			problem: 'http',
			detail: cleanText(String((e as Error).message)).slice(0, 200)
		};
	} finally {
		clearTimeout(timer);
	}
}
