/**
 * Cell values as German spreadsheets write them: decimal commas ("52,0123", "1.234,5"), Excel date
 * serials (45992 = 2025-12-01, 45992,75 = 18:00 that day), dd.mm.yyyy (and dd.mm.yy), ISO dates,
 * "ja"/"nein"/"x". Each parser returns undefined for an empty cell and null for a value it cannot
 * read (the caller reports it).
 */

export function parseNumber(raw: string): number | null | undefined {
	let v = raw.trim().replace(/\s|\u00a0/g, '');
	if (v === '') return undefined;
	if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(v)) v = v.replace(/\./g, '').replace(',', '.');
	else if (/^[-+]?\d*,\d+$/.test(v)) v = v.replace(',', '.');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(v)) return null;
	const n = Number(v);
	return Number.isFinite(n) ? n : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validYmd(y: number, m: number, d: number) {
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug is folded in for serials after Feb 1900). */
function fromSerial(serial: number): { date: string; minutes: number } | null {
	if (serial < 61 || serial > 2958465) return null;
	const days = Math.floor(serial);
	const minutes = Math.round((serial - days) * 24 * 60);
	const d = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
	return {
		date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
		minutes
	};
}

/** A calendar date as YYYY-MM-DD. */
export function parseDate(raw: string): string | null | undefined {
	const v = raw.trim();
	if (v === '') return undefined;
	const dt = parseDateTime(v);
	if (dt === null || dt === undefined) return dt;
	return dt.slice(0, 10);
}

/**
 * A local date and time in the region as 'YYYY-MM-DDTHH:MM' (no time: 00:00). Accepts
 * dd.mm.yyyy [hh:mm[:ss]], dd.mm.yy, yyyy-mm-dd[ T]hh:mm, and Excel serials.
 */
export function parseDateTime(raw: string): string | null | undefined {
	const v = raw.trim();
	if (v === '') return undefined;
	let m = v.match(
		/^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:[ ,T]+(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?(?:\s*Uhr)?$/i
	);
	if (m) {
		let y = Number(m[3]);
		if (m[3].length === 2) y += y < 70 ? 2000 : 1900;
		return build(y, Number(m[2]), Number(m[1]), m[4], m[5]);
	}
	m = v.match(/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/);
	if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
	// An Excel serial (the cell was a date, written as a number: "45992" or "45992,75").
	const n = parseNumber(v);
	if (typeof n === 'number' && /^[\d.,]+$/.test(v)) {
		const s = fromSerial(n);
		if (!s) return null;
		return `${s.date}T${pad(Math.floor(s.minutes / 60) % 24)}:${pad(s.minutes % 60)}`;
	}
	return null;
}

function build(y: number, mo: number, d: number, h?: string, mi?: string) {
	if (!validYmd(y, mo, d) || y < 1990 || y > 2100) return null;
	const hour = h === undefined ? 0 : Number(h);
	const minute = mi === undefined ? 0 : Number(mi);
	if (hour > 23 || minute > 59) return null;
	return `${y}-${pad(mo)}-${pad(d)}T${pad(hour)}:${pad(minute)}`;
}

const TRUE = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'wahr', '1', '✓']);
const FALSE = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', '-']);

export function parseBoolean(raw: string): boolean | null | undefined {
	const v = raw.trim().toLowerCase();
	if (v === '') return undefined;
	if (TRUE.has(v)) return true;
	if (FALSE.has(v)) return false;
	return null;
}

/** 'YYYY-MM-DDTHH:MM' in the region's time zone → an instant (ISO, UTC), right across DST changes. */
export { localToInstant } from '$lib/region/time';
