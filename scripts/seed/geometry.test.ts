import { describe, expect, it } from 'vitest';
import {
	areaHa,
	distanceM,
	drawnArea,
	isInside,
	offsetM,
	roundRing,
	simplifyArea,
	type LonLat
} from './geometry.ts';

const centre: LonLat = [8.5668, 52.0064];

/** Signed area in degrees² (positive: counter-clockwise). */
const signedArea = (ring: LonLat[]) =>
	ring.reduce((a, [x1, y1], i) => {
		const [x2, y2] = ring[(i + 1) % ring.length];
		return a + x1 * y2 - x2 * y1;
	}, 0) / 2;

describe('distances and offsets in metres', () => {
	it('measures a degree of latitude as about 111.2 km', () => {
		expect(distanceM([8.5, 52], [8.5, 53])).toBeCloseTo(111_195, -1);
	});

	it('offsets east and north by the given metres', () => {
		const p = offsetM(centre, 300, 400);
		expect(distanceM(centre, p)).toBeCloseTo(500, 0);
		expect(p[0]).toBeGreaterThan(centre[0]);
		expect(p[1]).toBeGreaterThan(centre[1]);
		const west = offsetM(centre, -250, 0);
		expect(west[0]).toBeLessThan(centre[0]);
		expect(west[1]).toBeCloseTo(centre[1], 6);
		expect(distanceM(centre, west)).toBeCloseTo(250, 0);
	});
});

describe('rings', () => {
	it('rounds, drops repeated points and closes the ring', () => {
		const ring: LonLat[] = [
			[8.000001, 52.000001],
			[8.000002, 52.000002],
			[8.1, 52],
			[8.1, 52.1]
		];
		expect(roundRing(ring)).toEqual([
			[8, 52],
			[8.1, 52],
			[8.1, 52.1],
			[8, 52]
		]);
	});

	it('simplifies with a tolerance in metres, keeping only original vertices', () => {
		// A 1 km square with a bump of 5 m (dropped at 12 m) and one of 40 m (kept) on its edges.
		const [a, b, c, d] = [
			offsetM(centre, 0, 0),
			offsetM(centre, 1000, 0),
			offsetM(centre, 1000, 1000),
			offsetM(centre, 0, 1000)
		];
		const small = offsetM(centre, 500, -5);
		const large = offsetM(centre, 1040, 500);
		const ring = [a, small, b, large, c, d, a];
		const simple = simplifyArea({ type: 'Polygon', coordinates: [ring] }, 12);
		if (simple.type !== 'Polygon') throw new Error('a polygon stays a polygon');
		const out = simple.coordinates[0];
		const rounded = roundRing(ring).map((p) => p.join());
		expect(out.map((p) => p.join()).every((p) => rounded.includes(p))).toBe(true);
		expect(out).toHaveLength(6);
		expect(out.map((p) => p.join())).not.toContain(roundRing([small, small])[0].join());
		expect(out.map((p) => p.join())).toContain(roundRing([large, large])[0].join());
	});
});

describe('drawnArea', () => {
	const sketch: [number, number][] = [
		[-500, 500],
		[500, 500],
		[600, -400],
		[-400, -500]
	];

	it('covers the target area, counter-clockwise and closed, around the centre', () => {
		const area = drawnArea(centre, sketch, 120);
		const ring = area.coordinates[0][0] as LonLat[];
		expect(areaHa(area)).toBeGreaterThan(119);
		expect(areaHa(area)).toBeLessThan(121);
		expect(ring[0]).toEqual(ring[ring.length - 1]);
		expect(signedArea(ring)).toBeGreaterThan(0);
		expect(isInside(centre, area)).toBe(true);
		expect(isInside(offsetM(centre, 2000, 0), area)).toBe(false);
	});
});
