/**
 * The route sheet's link (issue 12, point 7): `/laufzettel/<place id>#…` — the place is public and
 * goes in the path; everything about the client (her home, the ways she travels, step-free, the
 * Kita with its hours) and the sheet's language go in the fragment only, which browsers never send
 * to a server (not even in the Referer header). So the QR code on the paper opens the same sheet,
 * with the same way, on her phone without the server learning where she lives.
 *
 *   #h=51.94562,8.58588&m=walk.transit&sf=1&k=51.94000,8.58000&ko=07:00&kc=16:30&kn=Kita%20Sonnenblume&l=ar
 *
 * `m` is always written (an empty list too: walking only); a link without it (made before the
 * modes were in it) means the default, walking and bus/Stadtbahn.
 */
import { CLIENT_MODES, emptyProfile, type ClientMode } from '$lib/coach/client-profile';
import { locales, type Locale } from '$lib/i18n/paraglide/runtime';
import { isOrigin, parseClock, roundOrigin, type Origin } from '$lib/reach/view/origin';

export interface SheetKita extends Origin {
	name: string;
	/** "HH:MM" */
	opens: string;
	closes: string;
}

export interface SheetState {
	home: Origin;
	/** how she travels (walk, bike, bus/Stadtbahn): the sheet's way is worked out with them */
	modes: ClientMode[];
	stepFree: boolean;
	kita: SheetKita | null;
	/** the sheet's language (the client's), not necessarily the page's */
	lang: Locale | null;
}

/** Why a link cannot be read: nothing there, broken, or a home outside the region. */
export type SheetLinkProblem = 'missing' | 'garbled' | 'outside';

export type SheetLinkResult =
	{ ok: true; state: SheetState } | { ok: false; problem: SheetLinkProblem };

const POINT = /^\s*(-?\d{1,3}(?:\.\d{1,7})?)\s*,\s*(-?\d{1,3}(?:\.\d{1,7})?)\s*$/;

function point(raw: string | null): Origin | 'garbled' | 'outside' | null {
	if (raw === null) return null;
	const m = POINT.exec(raw);
	if (!m) return 'garbled';
	const p = { lat: Number(m[1]), lon: Number(m[2]) };
	return isOrigin(p) ? roundOrigin(p) : 'outside';
}

const fixed = (p: Origin) => `${p.lat.toFixed(5)},${p.lon.toFixed(5)}`;

export function formatSheetHash(s: SheetState): string {
	const params = new URLSearchParams();
	params.set('h', fixed(roundOrigin(s.home)));
	params.set('m', s.modes.join('.'));
	if (s.stepFree) params.set('sf', '1');
	if (s.kita) {
		params.set('k', fixed(roundOrigin(s.kita)));
		params.set('ko', s.kita.opens);
		params.set('kc', s.kita.closes);
		params.set('kn', s.kita.name.slice(0, 80));
	}
	if (s.lang) params.set('l', s.lang);
	return `#${params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':')}`;
}

/** The fragment back into a state; a clear problem instead of a guess when it does not parse. */
export function parseSheetHash(hash: string): SheetLinkResult {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(hash.replace(/^#/, ''));
	} catch {
		return { ok: false, problem: 'garbled' };
	}
	const home = point(params.get('h'));
	if (home === null) return { ok: false, problem: params.size ? 'garbled' : 'missing' };
	if (typeof home === 'string') return { ok: false, problem: home };
	let kita: SheetKita | null = null;
	const k = point(params.get('k'));
	if (k !== null) {
		if (typeof k === 'string') return { ok: false, problem: k };
		const opens = params.get('ko') ?? '';
		const closes = params.get('kc') ?? '';
		if (parseClock(opens) === null || parseClock(closes) === null)
			return { ok: false, problem: 'garbled' };
		kita = { ...k, opens, closes, name: (params.get('kn') ?? '').slice(0, 80) };
	}
	const modes = params.has('m') ? modesOf(params.get('m')!) : emptyProfile('').modes;
	if (!modes) return { ok: false, problem: 'garbled' };
	const l = params.get('l');
	const lang = l && (locales as readonly string[]).includes(l) ? (l as Locale) : null;
	return { ok: true, state: { home, modes, stepFree: params.get('sf') === '1', kita, lang } };
}

/** `walk.bike` → the modes; undefined for a word that is no mode (a guess could change the way). */
function modesOf(raw: string): ClientMode[] | undefined {
	const out: ClientMode[] = [];
	for (const v of raw.split('.')) {
		if (!v) continue;
		if (!(CLIENT_MODES as readonly string[]).includes(v)) return undefined;
		if (!out.includes(v as ClientMode)) out.push(v as ClientMode);
	}
	return out;
}
