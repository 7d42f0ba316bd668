/**
 * "The link is the plan" (issue 12, point 9): every setting of the reachability view goes into the
 * URL query — mode, step-free, depart/arrive/window and the time, typical or worst, the speeds —
 * beside the map's filters, so a link opens the same view on another phone. The origin (someone's
 * home) never does: it stays in the fragment (origin.ts). Parsing is lenient: a bad value is
 * dropped and its default applies, nothing throws.
 */

/** The modes and time kinds a link (and the device's stored settings) may name. */
export const LINK_MODES = ['walk', 'wheelchair', 'bike', 'transit'] as const;
export const TIME_KINDS = ['depart', 'arrive', 'window'] as const;
export type LinkMode = (typeof LINK_MODES)[number];
export type LinkTimeKind = (typeof TIME_KINDS)[number];

export interface LinkSettings {
	mode: LinkMode;
	accessible: boolean;
	timeKind: LinkTimeKind;
	clock: string;
	worst: boolean;
	speeds: { walk: number; wheelchair: number; bike: number };
}

/** The query parameters the view owns (the map's filter parameters are separate). */
export const REACH_PARAMS = [
	'mode',
	'step_free',
	'time',
	'at',
	'worst',
	'walk_kmh',
	'wheelchair_kmh',
	'bike_kmh'
] as const;

const SPEEDS = {
	walk: { param: 'walk_kmh', min: 2, max: 7 },
	wheelchair: { param: 'wheelchair_kmh', min: 1.5, max: 6 },
	bike: { param: 'bike_kmh', min: 6, max: 25 }
} as const;

const flag = (v: string | null) => (v === '1' ? true : v === '0' ? false : undefined);

/** The settings a query names (only those it names validly). */
export function parseReachQuery(search: string | URLSearchParams): Partial<LinkSettings> {
	const q = typeof search === 'string' ? new URLSearchParams(search) : search;
	const out: Partial<LinkSettings> = {};
	const mode = q.get('mode');
	if (mode && (LINK_MODES as readonly string[]).includes(mode)) out.mode = mode as LinkMode;
	const stepFree = flag(q.get('step_free'));
	if (stepFree !== undefined) out.accessible = stepFree;
	const kind = q.get('time');
	if (kind && (TIME_KINDS as readonly string[]).includes(kind)) out.timeKind = kind as LinkTimeKind;
	const at = q.get('at');
	if (at && /^([01]\d|2[0-3]):[0-5]\d$/.test(at)) out.clock = at;
	const worst = flag(q.get('worst'));
	if (worst !== undefined) out.worst = worst;
	for (const [profile, { param, min, max }] of Object.entries(SPEEDS)) {
		const raw = q.get(param);
		const v = raw === null || raw.trim() === '' ? NaN : Number(raw);
		if (Number.isFinite(v) && v >= min && v <= max) {
			out.speeds ??= {} as LinkSettings['speeds'];
			out.speeds[profile as keyof typeof SPEEDS] = v;
		}
	}
	return out;
}

/** The query with the view's settings written in; other parameters (the filters) are kept. */
export function formatReachQuery(s: LinkSettings, search = ''): string {
	const q = new URLSearchParams(search);
	for (const p of REACH_PARAMS) q.delete(p);
	q.set('mode', s.mode);
	q.set('step_free', s.accessible ? '1' : '0');
	q.set('time', s.timeKind);
	q.set('at', s.clock);
	q.set('worst', s.worst ? '1' : '0');
	for (const [profile, { param }] of Object.entries(SPEEDS))
		q.set(param, String(s.speeds[profile as keyof typeof SPEEDS]));
	const text = q.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
	return text ? `?${text}` : '';
}

/** The query without the view's own parameters (what the map's filter parser reads). */
export function withoutReachParams(params: URLSearchParams): URLSearchParams {
	const q = new URLSearchParams(params);
	for (const p of REACH_PARAMS) q.delete(p);
	return q;
}
