/**
 * A client profile as a link (`/beratung#v=2&…`), so a coach can take a client from the office
 * computer to her phone or to a colleague: everything in the URL fragment, which browsers never
 * send to a server (not even in the Referer header). The home is personal data: only ever here.
 * The map's filters the list was narrowed with (issue 12, point 5) go in the query, in the map's
 * own format (url-state.ts: `?kinds=vacancy&working_time=part_time`), as on the map and the
 * reachability view: they are not personal, and the server needs them to narrow the list.
 *
 *   #v=2&n=Rose&h=51.94562,8.58588&hn=Zuhause&m=walk.transit&sf=1&k=<place id>&kp=51.94,8.58
 *    &ko=07:00&kc=16:30&kn=Kita%20Sonnenblume&w=part_time&s=early&g=A2&l=ar.tr
 *
 * Reading a link never throws and never guesses silently: what cannot be read is left out and
 * named (`problems`), the rest of the profile is kept. Versions:
 * - `v=2`: this format;
 * - no `v`: the first links, as printed on route sheets (`h`, `sf`, `k` as a position, `ko`,
 *   `kc`, `kn`, `l` the sheet's language): home, step-free and the Kita are taken, the rest is
 *   for the coach to fill in;
 * - any other `v`: a version this app does not know; the fields it shares with v2 are read.
 */
import * as z from 'zod/mini';
import { GERMAN_LEVELS, WORKING_TIMES } from '$lib/places/kinds';
import { mapQueryToParams, toQueryString, type MapQuery } from '$lib/places/url-state';
import { isOrigin, parseClock, roundOrigin, type Origin } from '$lib/reach/view/origin';
import {
	CLIENT_MODES,
	SHIFTS,
	emptyProfile,
	type ClientProfile,
	type Kita
} from './client-profile';

export const PROFILE_LINK_VERSION = 2;

export type ProfileLinkProblem =
	/** no `v`: an older link (a route sheet's): only home, step-free and Kita in it */
	| 'version_old'
	/** a `v` this app does not know */
	| 'version_unknown'
	/** the Kita's place id is not (any more) among the places: kept by its position */
	| 'kita_unknown'
	/** the Kita's place id is unknown and the link has no position: the Kita is left out */
	| 'kita_lost'
	/** the home lies outside the region's area */
	| 'home_outside'
	/** some values could not be read and were left out */
	| 'dropped';

export type ProfileLinkResult =
	| { ok: true; profile: ClientProfile; problems: ProfileLinkProblem[] }
	| { ok: false; problem: 'missing' | 'garbled' };

const POINT = /^\s*(-?\d{1,2}(?:\.\d{1,7})?)\s*,\s*(-?\d{1,3}(?:\.\d{1,7})?)\s*$/;
const fixed = (p: Origin) => `${p.lat.toFixed(5)},${p.lon.toFixed(5)}`;

/** "lat,lon" anywhere on earth (region checked separately); null absent, 'bad' unreadable. */
function point(raw: string | null): Origin | 'bad' | null {
	if (raw === null || raw === '') return null;
	const m = POINT.exec(raw);
	if (!m) return 'bad';
	const p = { lat: Number(m[1]), lon: Number(m[2]) };
	if (Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180) return 'bad';
	return roundOrigin(p);
}

export function formatProfileHash(p: ClientProfile): string {
	const q = new URLSearchParams();
	q.set('v', String(PROFILE_LINK_VERSION));
	q.set('n', p.pseudonym);
	if (p.home) {
		q.set('h', fixed(p.home));
		if (p.home.name) q.set('hn', p.home.name.slice(0, 80));
	}
	if (p.modes.length) q.set('m', p.modes.join('.'));
	if (p.stepFree) q.set('sf', '1');
	if (p.kita) {
		if (p.kita.id) q.set('k', p.kita.id);
		q.set('kp', fixed(p.kita));
		if (p.kita.opens) q.set('ko', p.kita.opens);
		if (p.kita.closes) q.set('kc', p.kita.closes);
		q.set('kn', p.kita.name.slice(0, 80));
	}
	if (p.workingTimes.length) q.set('w', p.workingTimes.join('.'));
	if (p.shifts.length) q.set('s', p.shifts.join('.'));
	if (p.german !== 'none') q.set('g', p.german);
	if (p.languages.length) q.set('l', p.languages.join('.'));
	return `#${q.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':')}`;
}

/**
 * The whole link: `path` (the coach page), the map's filters of `query` in the query string (no
 * map position, no selected place: those are not filters), the profile in the fragment.
 */
export function formatProfileLink(
	path: string,
	p: ClientProfile,
	query: Pick<MapQuery, 'filters' | 'open'> = { filters: {} }
): string {
	const search = toQueryString(mapQueryToParams({ filters: query.filters, open: query.open }));
	return `${path}${search ? `?${search}` : ''}${formatProfileHash(p)}`;
}

/** Values of a dot list that belong to `allowed`; `dropped` is set when some did not. */
function listOf<T extends string>(
	raw: string | null,
	allowed: readonly T[],
	drop: () => void
): T[] {
	if (!raw) return [];
	const out: T[] = [];
	for (const v of raw.split('.')) {
		if ((allowed as readonly string[]).includes(v) && !out.includes(v as T)) out.push(v as T);
		else if (v) drop();
	}
	return out;
}

const clock = (raw: string | null) => (raw && parseClock(raw) !== null ? raw.trim() : '');

/**
 * The fragment back into a profile. `kitas`: the places the coach can pick as a Kita now (a
 * link's place id that is not among them is stale). Unknown or broken values are left out and
 * named; a home outside the region is kept and named (the page asks for a new one).
 */
export function parseProfileHash(
	hash: string,
	kitas: readonly { id: string; title: string; lon: number; lat: number }[]
): ProfileLinkResult {
	const raw = hash.replace(/^#/, '');
	if (!raw) return { ok: false, problem: 'missing' };
	let q: URLSearchParams;
	try {
		q = new URLSearchParams(raw);
	} catch {
		return { ok: false, problem: 'garbled' };
	}
	const problems = new Set<ProfileLinkProblem>();
	const drop = () => problems.add('dropped');
	const v = q.get('v');
	const legacy = v === null;
	if (legacy) problems.add('version_old');
	else if (v !== String(PROFILE_LINK_VERSION)) problems.add('version_unknown');

	const home = point(q.get('h'));
	if (home === 'bad') drop();
	// a link that carries nothing of a profile is not one (a stray `#…` on the page)
	const known = ['n', 'h', 'k', 'kp', 'm', 'w', 's', 'g', 'l'].some((k) => q.has(k));
	if (!known) return { ok: false, problem: 'garbled' };
	if (home && home !== 'bad' && !isOrigin(home)) problems.add('home_outside');

	// the Kita: by its place id (names and position from the place, as now), else by position
	let kita: Kita | null = null;
	const id = legacy ? '' : (q.get('k') ?? '');
	const pos = point(legacy ? q.get('k') : q.get('kp'));
	if (pos === 'bad') drop();
	const opens = clock(q.get('ko'));
	const closes = clock(q.get('kc'));
	if ((q.get('ko') && !opens) || (q.get('kc') && !closes)) drop();
	const place = id ? kitas.find((k) => k.id === id) : undefined;
	if (place)
		kita = { id: place.id, name: place.title, lon: place.lon, lat: place.lat, opens, closes };
	else if (pos && pos !== 'bad') {
		if (id) problems.add('kita_unknown');
		kita = { id: '', name: (q.get('kn') ?? '').slice(0, 80), ...pos, opens, closes };
	} else if (id) problems.add('kita_lost');

	const german = q.get('g');
	const germanOk = z.safeParse(z.enum(GERMAN_LEVELS), german);
	if (german && !germanOk.success) drop();
	// a route sheet's `l` is the sheet's language (one of the app's), not what she speaks
	const languages = legacy
		? []
		: (q.get('l') ?? '')
				.split('.')
				.filter((l) => {
					const ok = /^[a-z]{2}$/.test(l);
					if (l && !ok) drop();
					return ok;
				})
				.filter((l, i, all) => all.indexOf(l) === i);
	const pseudonym = (q.get('n') ?? '').trim().slice(0, 40);
	return {
		ok: true,
		problems: [...problems],
		profile: {
			pseudonym,
			home: home && home !== 'bad' ? { ...home, name: (q.get('hn') ?? '').slice(0, 80) } : null,
			modes: q.has('m') ? listOf(q.get('m'), CLIENT_MODES, drop) : emptyProfile('').modes,
			stepFree: q.get('sf') === '1',
			kita,
			workingTimes: listOf(q.get('w'), WORKING_TIMES, drop),
			shifts: listOf(q.get('s'), SHIFTS, drop),
			german: germanOk.success ? germanOk.data : 'none',
			languages
		}
	};
}
