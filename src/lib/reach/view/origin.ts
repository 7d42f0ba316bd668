/**
 * The reachability view's origin (often a participant's home: personal data) lives only on the
 * device: in the URL fragment (`#von=52.00640,8.56680`, never sent to a server, not even in the
 * Referer header) and in localStorage. Never put it in a query string or a request body.
 */

import { REGION } from '../../region';

export interface Origin {
	lat: number;
	lon: number;
}

/** Five decimals ≈ 1 m: enough for a front door, no false precision beyond that. */
const DECIMALS = 5;
/** Generous box around the region; anything outside is ignored (typos, foreign links). */
const [minLon, minLat, maxLon, maxLat] = REGION.originBounds;
const BOUNDS = { minLat, maxLat, minLon, maxLon };

export function isOrigin(v: unknown): v is Origin {
	if (!v || typeof v !== 'object') return false;
	const { lat, lon } = v as Record<string, unknown>;
	return (
		typeof lat === 'number' &&
		typeof lon === 'number' &&
		lat >= BOUNDS.minLat &&
		lat <= BOUNDS.maxLat &&
		lon >= BOUNDS.minLon &&
		lon <= BOUNDS.maxLon
	);
}

export function roundOrigin({ lat, lon }: Origin): Origin {
	const k = 10 ** DECIMALS;
	return { lat: Math.round(lat * k) / k, lon: Math.round(lon * k) / k };
}

/** `#von=lat,lon` (other fragment parameters are kept); null when absent or out of range. */
export function parseOriginHash(hash: string): Origin | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const raw = params.get('von');
	if (!raw) return null;
	const m = /^\s*(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(raw);
	if (!m) return null;
	const origin = { lat: Number(m[1]), lon: Number(m[2]) };
	return isOrigin(origin) ? roundOrigin(origin) : null;
}

/** The fragment with `von` set (or removed for null), other fragment parameters unchanged. */
export function formatOriginHash(origin: Origin | null, hash = ''): string {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	if (origin) {
		const { lat, lon } = roundOrigin(origin);
		params.set('von', `${lat.toFixed(DECIMALS)},${lon.toFixed(DECIMALS)}`);
	} else params.delete('von');
	// URLSearchParams encodes the comma; a fragment does not need that.
	const s = params.toString().replace(/%2C/gi, ',');
	return s ? `#${s}` : '';
}

/** "HH:MM" → seconds after midnight of the service day; null when not a time. */
export function parseClock(value: string): number | null {
	const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
	if (!m) return null;
	const h = Number(m[1]);
	const min = Number(m[2]);
	if (h > 23 || min > 59) return null;
	return h * 3600 + min * 60;
}

// ------------------------------------------------------------------ local storage

/** Settings of the view, kept on the device between visits. */
export const SETTINGS_KEY = 'qk.reach.settings.v1';
/** Minutes per place id from the last computation, for the place pages. */
export const MINUTES_KEY = 'qk.reach.minutes.v1';

export interface StoredMinutes {
	/** ISO time of the computation. */
	at: string;
	mode: string;
	/** Demo timetable or straight-line model: the place page says so too. */
	approximate: boolean;
	minutes: Record<string, number>;
}

/** Parse what MINUTES_KEY holds; null for anything malformed. */
export function parseStoredMinutes(raw: string | null): StoredMinutes | null {
	if (!raw) return null;
	try {
		const v = JSON.parse(raw) as Partial<StoredMinutes>;
		if (
			typeof v?.at !== 'string' ||
			typeof v.mode !== 'string' ||
			!v.minutes ||
			typeof v.minutes !== 'object'
		)
			return null;
		return { at: v.at, mode: v.mode, approximate: v.approximate !== false, minutes: v.minutes };
	} catch {
		return null;
	}
}

/** Minutes for one place id from what MINUTES_KEY holds. */
export function storedMinutesFor(raw: string | null, id: string): number | null {
	const stored = parseStoredMinutes(raw);
	const v = stored?.minutes[id];
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
