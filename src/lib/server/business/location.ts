import { m } from '$lib/i18n';
import { CITY_BBOX } from '$lib/business/schemas';
import { REGION } from '$lib/region';
import { regionFile } from '../region-files';
import { stopName } from '$lib/reach/view/describe';
import type { Session } from '../db';
import { PIN_ADDRESS_MAX_METRES } from '$lib/business/pin-rules';

/**
 * Locations for the business forms: a known public-transport stop or an address already on the
 * map (organisations' addresses), found by name; or a pin (lat/lon) anywhere in the region's city. No
 * external geocoder: nothing typed into the form leaves the server.
 */
export interface KnownLocation {
	name: string;
	lon: number;
	lat: number;
}

interface StopCollection {
	features: { properties: { name: string }; geometry: { coordinates: [number, number] } }[];
}

/** ", <city>" at the end of what someone typed adds nothing in a one-city app. */
const CITY_SUFFIX = new RegExp(
	String.raw`,\s*${REGION.name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`
);

const norm = (s: string) =>
	s
		.toLowerCase()
		.replace(CITY_SUFFIX, '')
		.replace(/straße/g, 'str.')
		.replace(/\s+/g, ' ')
		.trim();

let stopCache: KnownLocation[] | undefined;

/** Stops inside the city, deduplicated by name (platforms of one stop share a name). */
export function knownStops(): KnownLocation[] {
	if (stopCache) return stopCache;
	const fc = JSON.parse(regionFile('data/stops.geojson')) as StopCollection;
	const seen = new Map<string, KnownLocation>();
	for (const f of fc.features) {
		const [lon, lat] = f.geometry.coordinates;
		const name = stopName(f.properties.name);
		if (!inCity(lat, lon) || seen.has(norm(name))) continue;
		seen.set(norm(name), { name: `Haltestelle ${name}`, lon, lat });
	}
	stopCache = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
	return stopCache;
}

export function inCity(lat: number, lon: number) {
	const b = CITY_BBOX;
	return lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;
}

/** Addresses already on the map, as the caller may see them. */
export async function knownAddresses(db: Session): Promise<KnownLocation[]> {
	return db.query<KnownLocation>(
		`select distinct on (address) address as name, st_x(location::geometry) as lon, st_y(location::geometry) as lat
		   from public.organisations where address is not null and location is not null
		  order by address limit 500`
	);
}

export type Resolved =
	| { ok: true; lon: number; lat: number; label: string }
	| { ok: false; field: 'location_query' | 'lat'; message: string };

/**
 * A pin wins over a name. A name must match one known location exactly, or as the unique
 * location whose name contains it. `fallback` (e.g. the organisation's location) fills an empty field.
 */
export async function resolveLocation(
	db: Session,
	input: { location_query?: string; lat?: number; lon?: number },
	fallback?: { lon: number; lat: number } | null
): Promise<Resolved> {
	if (input.lat !== undefined && input.lon !== undefined) {
		if (!inCity(input.lat, input.lon))
			return { ok: false, field: 'lat', message: m.biz_coordinates({ city: REGION.name }) };
		return { ok: true, lat: input.lat, lon: input.lon, label: 'Stecknadel' };
	}
	const q = norm(input.location_query ?? '');
	if (!q) {
		if (fallback) return { ok: true, ...fallback, label: '' };
		return { ok: false, field: 'location_query', message: m.biz_location_missing() };
	}
	const all = [...(await knownAddresses(db)), ...knownStops()];
	const { hits, unique } = matchKnown(all, q);
	if (unique) return { ok: true, lon: unique.lon, lat: unique.lat, label: unique.name };
	if (hits.length === 0)
		return {
			ok: false,
			field: 'location_query',
			message: m.biz_location_not_found({ q: input.location_query ?? '' })
		};
	return {
		ok: false,
		field: 'location_query',
		message: m.biz_location_ambiguous({
			names: hits
				.slice(0, 5)
				.map((h) => h.name)
				.join('; ')
		})
	};
}

/** Known locations matching a normalised name: exactly, else by containing it; one when unique. */
function matchKnown(all: KnownLocation[], q: string) {
	const exact = all.filter((l) => norm(l.name) === q || norm(l.name) === `haltestelle ${q}`);
	const hits = exact.length ? exact : all.filter((l) => norm(l.name).includes(q));
	const unique =
		hits.length === 1 || (exact.length > 1 && new Set(exact.map((h) => norm(h.name))).size === 1)
			? hits[0]
			: null;
	return { hits, unique };
}

/** Great-circle distance in metres (haversine; ample for a few kilometres). */
export function metresBetween(a: { lon: number; lat: number }, b: { lon: number; lat: number }) {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

export { PIN_ADDRESS_MAX_METRES };

export interface PinMismatch {
	/** Where the address text lies (the known location it matched). */
	label: string;
	metres: number;
}

/**
 * The pin checked against the address text, with the form's own lookup (addresses already on the
 * map and stops): a mismatch when the text names one known location that lies more than
 * PIN_ADDRESS_MAX_METRES from the pin. An address the lookup does not know cannot be checked (null).
 */
export async function pinAddressMismatch(
	db: Session,
	address: string | null | undefined,
	pin: { lon: number; lat: number }
): Promise<PinMismatch | null> {
	const q = norm(address ?? '');
	if (q.length < 3) return null;
	const addresses = await knownAddresses(db);
	let { unique } = matchKnown([...addresses, ...knownStops()], q);
	if (!unique) {
		// "Elbeallee 5, <postcode> <city>" contains the known "Elbeallee 5".
		const inside = addresses.filter((l) => norm(l.name).length >= 6 && q.includes(norm(l.name)));
		if (new Set(inside.map((l) => norm(l.name))).size === 1) unique = inside[0];
	}
	if (!unique) return null;
	const metres = Math.round(metresBetween(unique, pin));
	return metres > PIN_ADDRESS_MAX_METRES ? { label: unique.name, metres } : null;
}

/** Suggestions for the location field: addresses on the map and stops in and around the quarters. */
export async function locationSuggestions(db: Session): Promise<{ name: string }[]> {
	const [w, s, e, n] = REGION.suggestionBbox;
	const stops = knownStops().filter((l) => l.lon >= w && l.lon <= e && l.lat >= s && l.lat <= n);
	const addresses = await knownAddresses(db);
	return [...addresses, ...stops].map((l) => ({ name: l.name }));
}
