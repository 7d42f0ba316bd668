import { describe, expect, it } from 'vitest';
import { ReachEngine, type ReachRequest } from './index';
import { rng, syntheticCity } from '../../../../scripts/data-build/testing/synthetic';

/**
 * Cumulative opportunities for many origins (the staff dashboard's accessibility picture) must
 * count exactly what one single-origin compute() per origin reaches within the same minutes.
 */
const city = syntheticCity({
	seed: 5,
	cols: 36,
	rows: 36,
	spacingM: 110,
	lines: 6,
	stopsPerLine: 10,
	headwaySeconds: 600
});
const nodes = city.streets;
const rand = rng(3);
const pick = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * nodes.nodeCount));
// Places near (not on) nodes, origins on random nodes.
const placeNodes = pick(150);
const placeLon = Float64Array.from(placeNodes, (n) => nodes.nodeLon[n] + (rand() - 0.5) * 4e-4);
const placeLat = Float64Array.from(placeNodes, (n) => nodes.nodeLat[n] + (rand() - 0.5) * 3e-4);
const originNodes = pick(30);
const lon = Float64Array.from(originNodes, (n) => nodes.nodeLon[n]);
const lat = Float64Array.from(originNodes, (n) => nodes.nodeLat[n]);
const base: Omit<ReachRequest, 'origin' | 'bandMinutes'> = {
	mode: 'transit',
	time: { kind: 'depart', seconds: 7.5 * 3600 }
};

function singleCounts(engine: ReachEngine, minutes: number, req = base): number[] {
	return Array.from(lon, (_, i) => {
		const r = engine.compute({ ...req, origin: { lon: lon[i], lat: lat[i] } });
		return Array.from(r.placeMinutes).filter((m) => m <= minutes).length;
	});
}

describe('ReachEngine.reachableCounts', () => {
	for (const withStreets of [true, false]) {
		it(`equals one compute() per origin (${withStreets ? 'street' : 'fallback'} model)`, () => {
			const engine = new ReachEngine({
				streets: withStreets ? city.streets : undefined,
				transit: city.transit
			});
			engine.setPlaces(placeLon, placeLat);
			expect(engine.model).toBe(withStreets ? 'street' : 'fallback');
			const progress: number[] = [];
			const counts = engine.reachableCounts(lon, lat, base, 30, (d) => progress.push(d), 8);
			const expected = singleCounts(engine, 30);
			expect(Array.from(counts)).toEqual(expected);
			// Not a trivial answer: some origins reach few places, some many.
			expect(Math.max(...expected)).toBeGreaterThan(Math.min(...expected));
			expect(Math.max(...expected)).toBeGreaterThan(0);
			expect(progress).toEqual([8, 16, 24, 30]);
		});
	}

	it('walking reaches fewer places than bus and train in 30 min', () => {
		const engine = new ReachEngine({ streets: city.streets, transit: city.transit });
		engine.setPlaces(placeLon, placeLat);
		const walk = engine.reachableCounts(lon, lat, { mode: 'walk' }, 30);
		const transit = engine.reachableCounts(lon, lat, base, 30);
		let sumW = 0;
		let sumT = 0;
		for (let i = 0; i < lon.length; i++) {
			expect(transit[i]).toBeGreaterThanOrEqual(walk[i]);
			sumW += walk[i];
			sumT += transit[i];
		}
		expect(sumT).toBeGreaterThan(sumW);
		expect(Array.from(walk)).toEqual(singleCounts(engine, 30, { mode: 'walk' }));
	});
});
