/**
 * Geometry for the demo seed, on Turf: distances and offsets in metres, point in polygon, areas,
 * simplification with a tolerance in metres. Coordinates are [lon, lat] (WGS 84, RFC 7946).
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { destination } from '@turf/destination';
import { distance } from '@turf/distance';
import { simplify } from '@turf/simplify';
import type { MultiPolygon, Polygon } from 'geojson';

export type LonLat = [number, number];
export type Ring = LonLat[];
export type Area = Polygon | MultiPolygon;

const M_PER_DEG_LAT = 111320;

/** Rounds to `digits` decimals (5 ≈ 1 m, 6 ≈ 0.1 m). */
export const roundTo = (digits: number) => {
	const k = 10 ** digits;
	return (x: number) => Math.round(x * k) / k;
};

export function distanceM(a: LonLat, b: LonLat): number {
	return distance(a, b, { units: 'meters' });
}

/** The point `east` metres to the east and `north` metres to the north of `p`. */
export function offsetM(p: LonLat, east: number, north: number): LonLat {
	const bearing = (Math.atan2(east, north) * 180) / Math.PI;
	const [lon, lat] = destination(p, Math.hypot(east, north), bearing, { units: 'meters' }).geometry
		.coordinates;
	return [lon, lat];
}

export function isInside(p: LonLat, where: Area): boolean {
	return booleanPointInPolygon(p, where);
}

/** The polygons of an area, each as its rings (exterior first). */
export function polygonsOf(where: Area): LonLat[][][] {
	const polygons = where.type === 'Polygon' ? [where.coordinates] : where.coordinates;
	return polygons as LonLat[][][];
}

export function areaHa(where: Area): number {
	return area(where) / 1e4;
}

/** Every exterior vertex of an area (for "does this drawn area stay inside the city" checks). */
export function exteriorVertices(where: Area): LonLat[] {
	return polygonsOf(where).flatMap((rings) => rings[0]);
}

/** A ring with its coordinates rounded, repeated points dropped and closed again. */
export function roundRing(ring: readonly LonLat[], digits = 5): Ring {
	const r = roundTo(digits);
	const out: Ring = [];
	for (const [x, y] of ring) {
		const p: LonLat = [r(x), r(y)];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	const [first, end] = [out[0], out[out.length - 1]];
	if (first[0] !== end[0] || first[1] !== end[1]) out.push([first[0], first[1]]);
	return out;
}

/**
 * Douglas–Peucker (Turf's, without the radial pre-pass) with a tolerance in metres: each ring is
 * projected on a plane tangent at its first vertex, simplified there and projected back, then
 * rounded to 5 decimals.
 */
export function simplifyArea(where: Area, toleranceM: number): Area {
	const polygons = polygonsOf(where).map((rings) =>
		rings.map((ring) => roundRing(simplifyRing(ring, toleranceM)))
	);
	return where.type === 'Polygon'
		? { type: 'Polygon', coordinates: polygons[0] }
		: { type: 'MultiPolygon', coordinates: polygons };
}

function simplifyRing(ring: readonly LonLat[], toleranceM: number): Ring {
	const kx = M_PER_DEG_LAT * Math.cos((ring[0][1] * Math.PI) / 180);
	const plane = ring.map(([x, y]) => [x * kx, y * M_PER_DEG_LAT]);
	// The kept vertices, looked up by their projected coordinates: exactly the original ones.
	const original = new Map(plane.map((p, i) => [`${p[0]},${p[1]}`, ring[i]]));
	const simple = simplify(
		{ type: 'Polygon', coordinates: [plane] },
		{ tolerance: toleranceM, highQuality: true }
	);
	return simple.coordinates[0].map(([x, y]) => {
		const p = original.get(`${x},${y}`);
		if (!p) throw new Error('simplify returned a vertex that was not in the ring');
		return p;
	});
}

/** Shoelace area of a ring drawn in metres (positive when counter-clockwise). */
function sketchAreaM2(points: readonly (readonly [number, number])[]): number {
	let a = 0;
	for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
		a += (points[j][0] + points[i][0]) * (points[j][1] - points[i][1]);
	}
	return -a / 2;
}

/**
 * An area drawn by hand: offsets in metres (x east, y north, clockwise) around a centre, scaled so
 * the sketch covers `targetHa`. The exterior ring comes out counter-clockwise (RFC 7946).
 */
export function drawnArea(
	center: LonLat,
	offsetsM: readonly (readonly [number, number])[],
	targetHa: number
): MultiPolygon {
	const scale = Math.sqrt((targetHa * 1e4) / Math.abs(sketchAreaM2(offsetsM)));
	const ring = offsetsM
		.slice()
		.reverse()
		.map(([east, north]) => offsetM(center, east * scale, north * scale));
	return { type: 'MultiPolygon', coordinates: [[roundRing(ring)]] };
}
