/** Geodesy helpers: haversine distance and a local equirectangular projection in metres. */

export const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres between two lon/lat points. */
export function haversineMeters(lon1: number, lat1: number, lon2: number, lat2: number): number {
	const dLat = (lat2 - lat1) * RAD;
	const dLon = (lon2 - lon1) * RAD;
	const a =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Equirectangular projection around a reference point. Over a city (≈ 20 km) the distance
 * error is far below the detour factors and snapping tolerances used here, and it is cheap
 * enough for the hot loops (rasterising, snapping).
 */
export interface LocalProjection {
	readonly lon0: number;
	readonly lat0: number;
	/** metres per degree of longitude at lat0 */
	readonly mPerLon: number;
	/** metres per degree of latitude */
	readonly mPerLat: number;
}

export function localProjection(lon0: number, lat0: number): LocalProjection {
	const mPerLat = EARTH_RADIUS_M * RAD;
	return { lon0, lat0, mPerLat, mPerLon: mPerLat * Math.cos(lat0 * RAD) };
}

export function projectX(p: LocalProjection, lon: number): number {
	return (lon - p.lon0) * p.mPerLon;
}

export function projectY(p: LocalProjection, lat: number): number {
	return (lat - p.lat0) * p.mPerLat;
}

export function unprojectLon(p: LocalProjection, x: number): number {
	return p.lon0 + x / p.mPerLon;
}

export function unprojectLat(p: LocalProjection, y: number): number {
	return p.lat0 + y / p.mPerLat;
}

/** km/h → m/s */
export function kmhToMs(kmh: number): number {
	return kmh / 3.6;
}
