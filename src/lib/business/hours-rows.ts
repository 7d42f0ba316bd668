/**
 * The friendly opening-hours editor's model: rows of days with from/to times, written as OSM
 * `opening_hours` ("Mo-Fr 08:00-16:00; Sa 09:00-12:00") and read back from the simple texts this
 * editor writes. Anything richer (holidays, weeks, "off") is not a row: the editor then leaves the
 * text as it is, and the server checks it with the opening_hours library.
 */
export const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

export interface HoursRow {
	/** Indices into OSM_DAYS (0 = Monday). */
	days: number[];
	from: string;
	to: string;
}

const TIME = /^([01]\d|2[0-4]):[0-5]\d$/;

/** "Mo-Fr", "Mo,We,Fr", "Mo-We,Sa": runs of three or more days as ranges. */
export function daysText(days: readonly number[]): string {
	const sorted = [...new Set(days)].filter((d) => d >= 0 && d < 7).sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		if (j - i >= 2) parts.push(`${OSM_DAYS[sorted[i]]}-${OSM_DAYS[sorted[j]]}`);
		else for (let k = i; k <= j; k++) parts.push(OSM_DAYS[sorted[k]]);
		i = j + 1;
	}
	return parts.join(',');
}

/**
 * The rows as OSM text. Rows with the same days become one rule with several time spans (a later
 * rule for the same days would replace an earlier one in OSM). Incomplete rows are left out.
 */
export function rowsToOsm(rows: readonly HoursRow[]): string {
	const rules = new Map<string, string[]>();
	for (const r of rows) {
		if (!r.days.length || !TIME.test(r.from) || !TIME.test(r.to)) continue;
		const days = daysText(r.days);
		rules.set(days, [...(rules.get(days) ?? []), `${r.from}-${r.to}`]);
	}
	return [...rules].map(([days, spans]) => `${days} ${spans.join(',')}`).join('; ');
}

function parseDays(text: string): number[] | null {
	const out: number[] = [];
	for (const part of text.split(',')) {
		const [a, b] = part.split('-');
		const from = OSM_DAYS.indexOf(a as (typeof OSM_DAYS)[number]);
		const to = b === undefined ? from : OSM_DAYS.indexOf(b as (typeof OSM_DAYS)[number]);
		if (from < 0 || to < 0 || to < from) return null;
		for (let d = from; d <= to; d++) out.push(d);
	}
	return out;
}

/** Rows for a text this editor could have written; null for anything else (and '' gives []). */
export function osmToRows(text: string): HoursRow[] | null {
	const trimmed = text.trim();
	if (!trimmed) return [];
	const rows: HoursRow[] = [];
	for (const rule of trimmed.split(/\s*;\s*/)) {
		const m = /^([A-Za-z,-]+)\s+([\d:,-]+)$/.exec(rule);
		if (!m) return null;
		const days = parseDays(m[1]);
		if (!days) return null;
		for (const span of m[2].split(',')) {
			const [from, to] = span.split('-');
			if (!TIME.test(from ?? '') || !TIME.test(to ?? '')) return null;
			rows.push({ days, from, to });
		}
	}
	return rows;
}
