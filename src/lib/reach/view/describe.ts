/**
 * The bands in words (for screen readers, print and anyone who cannot read the map): per band how
 * many places are reachable and how far the area reaches, named by a stop at its far edge.
 * Pure functions; the words themselves come from the caller (Paraglide messages).
 */
import { pointInMultiPolygon, type BandCollection } from '../bands';
import { haversineMeters } from '../geo';
import type { TransitModel } from '../transit-model';
import type { Origin } from './origin';
import { REGION } from '../../region';

export interface NamedPoint {
	name: string;
	lon: number;
	lat: number;
}

export interface BandSummary {
	minutes: number;
	/** Places with a travel time ≤ minutes. */
	places: number;
	/** Straight-line distance from the origin to the farthest point of the area, metres. */
	reachMeters: number;
	/** The stop inside the area farthest from the origin (a landmark people know). */
	farthest: { name: string; meters: number } | null;
}

/**
 * One summary per band, minutes ascending. `placeMinutes` may hold NaN (not reachable).
 * Stops outside every band are skipped quickly by a bounding-box test.
 */
export function summariseBands(
	bands: BandCollection,
	placeMinutes: ArrayLike<number>,
	origin: Origin,
	stops: readonly NamedPoint[]
): BandSummary[] {
	const out: BandSummary[] = [];
	const sorted = [...bands.features].sort((a, b) => a.properties.minutes - b.properties.minutes);
	for (const band of sorted) {
		const { minutes } = band.properties;
		let places = 0;
		for (let i = 0; i < placeMinutes.length; i++) {
			const v = placeMinutes[i];
			if (Number.isFinite(v) && v <= minutes) places++;
		}
		const coords = band.geometry.coordinates;
		let minLon = Infinity;
		let minLat = Infinity;
		let maxLon = -Infinity;
		let maxLat = -Infinity;
		let reachMeters = 0;
		for (const polygon of coords) {
			for (const [lon, lat] of polygon[0] ?? []) {
				if (lon < minLon) minLon = lon;
				if (lon > maxLon) maxLon = lon;
				if (lat < minLat) minLat = lat;
				if (lat > maxLat) maxLat = lat;
				const d = haversineMeters(origin.lon, origin.lat, lon, lat);
				if (d > reachMeters) reachMeters = d;
			}
		}
		let farthest: BandSummary['farthest'] = null;
		for (const s of stops) {
			if (s.lon < minLon || s.lon > maxLon || s.lat < minLat || s.lat > maxLat) continue;
			if (!pointInMultiPolygon(s.lon, s.lat, coords)) continue;
			const meters = haversineMeters(origin.lon, origin.lat, s.lon, s.lat);
			if (!farthest || meters > farthest.meters) farthest = { name: s.name, meters };
		}
		out.push({ minutes, places, reachMeters, farthest });
	}
	return out;
}

/** The words, in the reader's language (Paraglide message functions in the app). */
export interface BandWords {
	band: (p: { minutes: number; count: number }) => string;
	reach: (p: { km: string }) => string;
	reachVia: (p: { km: string; stop: string }) => string;
	none: () => string;
}

/** Kilometres with one decimal in the reader's number format ("1,5" in German). */
export function formatKm(meters: number, locale: string): string {
	return new Intl.NumberFormat(locale, {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(Math.max(0.1, meters / 1000));
}

/** One sentence per band, e.g. "Bis 10 Min. erreichbar – Orte: 12. Reicht bis etwa 0,8 km …". */
export function describeBands(summaries: readonly BandSummary[], words: BandWords, locale: string) {
	if (summaries.length === 0) return [words.none()];
	return summaries.map((s) => {
		const head = words.band({ minutes: s.minutes, count: s.places });
		if (s.reachMeters <= 0) return head;
		const km = formatKm(s.reachMeters, locale);
		return `${head} ${s.farthest ? words.reachVia({ km, stop: s.farthest.name }) : words.reach({ km })}`;
	});
}

/**
 * "Marktplatz, <city>" → "Marktplatz": the city suffix adds nothing in a one-city app. Stop
 * names may be cut short ("…, Biele"), so any prefix of the region's name of 5+ letters counts.
 */
export function stopName(name: string): string {
	const suffix = /,\s*([^,]+)$/.exec(name);
	if (suffix && suffix[1].length >= 5 && REGION.name.startsWith(suffix[1])) {
		return name.slice(0, suffix.index).trim();
	}
	return name.trim();
}

/**
 * The named stops of a GeoJSON point collection (static/data/stops.geojson), city suffix dropped:
 * the landmarks the words name. Anything that is not a named point is skipped.
 */
export function parseStopNames(fc: unknown): NamedPoint[] {
	const features = (fc as { features?: unknown } | null)?.features;
	if (!Array.isArray(features)) return [];
	const out: NamedPoint[] = [];
	for (const f of features as GeoJSON.Feature<GeoJSON.Point, { name?: unknown }>[]) {
		const name = f?.properties?.name;
		const c = f?.geometry?.coordinates;
		if (!name || !Array.isArray(c) || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) continue;
		out.push({ name: stopName(String(name)), lon: c[0], lat: c[1] });
	}
	return out;
}

/** The words naming the transit model (Paraglide message functions in the app). */
export interface ModelWords {
	street: (p: { vehicles: string; first: string; slack: string; radius: string }) => string;
	straight: (p: {
		vehicles: string;
		first: string;
		slack: string;
		radius: string;
		factor: string;
	}) => string;
}

/** One sentence naming the transit model the figures follow, numbers in the reader's format. */
export function describeModel(model: TransitModel, words: ModelWords, locale: string): string {
	const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	const p = {
		vehicles: n.format(model.maxVehicles),
		first: n.format(model.firstBoardSlackSeconds),
		slack: n.format(model.transferSlackSeconds),
		radius: n.format(model.transfers.radiusMeters)
	};
	return model.transfers.kind === 'street'
		? words.street(p)
		: words.straight({ ...p, factor: n.format(model.transfers.detourFactor) });
}
