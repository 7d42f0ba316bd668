/**
 * An iCalendar (RFC 5545) writer for our events: TEXT values escaped (§3.3.11), lines folded at
 * 75 octets without cutting a UTF-8 character (§3.1), CRLF line ends, times in UTC (no VTIMEZONE
 * needed; calendar programs show them in the reader's zone).
 */
import { TIME_ZONE } from '$lib/region';
import { localDay } from '$lib/region/time';
export interface CalendarEvent {
	uid: string;
	title: string;
	description?: string | null;
	location?: string | null;
	url?: string | null;
	start: Date;
	end?: Date | null;
	/** All-day events: start/end as dates (end exclusive, as RFC 5545 wants). */
	allDay?: boolean;
	lat?: number;
	lon?: number;
	updated?: Date | null;
	categories?: string[];
	status?: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
}

export interface CalendarHead {
	name: string;
	description: string;
	/** Extra calendar properties, e.g. X-LICENSE. Names are written as given. */
	extra?: Record<string, string>;
}

/** TEXT escaping: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line into lines of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
	if (encoder.encode(line).length <= 75) return line;
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const n = encoder.encode(char).length;
		// The first line may hold 75 octets, the following ones 74 plus the leading space.
		const limit = parts.length === 0 ? 75 : 74;
		if (size + n > limit) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += char;
		size += n;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

export function utcStamp(d: Date): string {
	return (
		`${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
		`T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
	);
}

/** The calendar day of an instant in the region's time zone, as YYYYMMDD. */
function localDate(d: Date): string {
	return localDay(d).replaceAll('-', '');
}

export function writeCalendar(
	head: CalendarHead,
	events: CalendarEvent[],
	now = new Date()
): string {
	const lines: string[] = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Quartierkarte//Termine//DE',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(head.name)}`,
		`X-WR-CALDESC:${escapeText(head.description)}`,
		`X-WR-TIMEZONE:${TIME_ZONE}`
	];
	for (const [name, value] of Object.entries(head.extra ?? {})) {
		lines.push(`${name}:${escapeText(value)}`);
	}
	for (const e of events) {
		lines.push('BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${utcStamp(now)}`);
		if (e.allDay) {
			lines.push(`DTSTART;VALUE=DATE:${localDate(e.start)}`);
			if (e.end) lines.push(`DTEND;VALUE=DATE:${localDate(e.end)}`);
		} else {
			lines.push(`DTSTART:${utcStamp(e.start)}`);
			if (e.end) lines.push(`DTEND:${utcStamp(e.end)}`);
		}
		lines.push(`SUMMARY:${escapeText(e.title)}`);
		if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
		if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
		if (e.lat !== undefined && e.lon !== undefined) {
			lines.push(`GEO:${e.lat.toFixed(6)};${e.lon.toFixed(6)}`);
		}
		if (e.url) lines.push(`URL:${e.url}`);
		if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
		if (e.updated) lines.push(`LAST-MODIFIED:${utcStamp(e.updated)}`);
		lines.push(`STATUS:${e.status ?? 'CONFIRMED'}`, 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
