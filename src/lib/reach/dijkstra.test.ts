import { describe, expect, it } from 'vitest';
import { StreetRouter, UNREACHED, toSeconds } from './dijkstra';
import { buildStreetGraph, edgeCosts, EdgeFlag, DEFAULT_SPEEDS } from './street-graph';

/** A straight line of 5 nodes, 100 m apart (approximately: 0.00146° of longitude at 52°N). */
function line(flags: number[] = [0, 0, 0, 0]) {
	const dLon = 100 / (111195 * Math.cos((52 * Math.PI) / 180));
	const nodeLon = Float64Array.from([0, 1, 2, 3, 4].map((i) => 8.5 + i * dLon));
	const nodeLat = new Float64Array(5).fill(52);
	return buildStreetGraph({
		nodeLon,
		nodeLat,
		segFrom: Int32Array.from([0, 1, 2, 3]),
		segTo: Int32Array.from([1, 2, 3, 4]),
		segFlagsForward: Uint8Array.from(flags),
		segFlagsBackward: Uint8Array.from(flags),
		segLength: Float32Array.from([100, 100, 100, 100])
	});
}

describe('StreetRouter', () => {
	it('walks 100 m in 80 s at 4.5 km/h', () => {
		const g = line();
		const r = new StreetRouter(g);
		r.seed(0, 0);
		r.run(edgeCosts(g, 'walk', DEFAULT_SPEEDS), Infinity);
		expect(Array.from(toSeconds(r.times))).toEqual([0, 80, 160, 240, 320]);
	});

	it('respects the cutoff', () => {
		const g = line();
		const r = new StreetRouter(g);
		r.seed(0, 0);
		r.run(edgeCosts(g, 'walk', DEFAULT_SPEEDS), 200);
		expect(Array.from(toSeconds(r.times))).toEqual([0, 80, 160, UNREACHED, UNREACHED]);
	});

	it('wheelchair profile does not pass steps; bikes push on footways', () => {
		const g = line([0, EdgeFlag.STEPS, EdgeFlag.NO_BIKE, 0]);
		const r = new StreetRouter(g);
		r.seed(0, 0);
		r.run(edgeCosts(g, 'wheelchair', DEFAULT_SPEEDS), Infinity);
		expect(r.times[1]).toBeCloseTo(100, 5);
		expect(r.times[2]).toBe(Infinity);
		r.reset();
		r.seed(2, 0);
		r.run(edgeCosts(g, 'bike', DEFAULT_SPEEDS), Infinity);
		expect(r.times[3]).toBeCloseTo(80, 5); // pushed at walking speed
		expect(r.times[4]).toBeCloseTo(80 + 24, 5); // 100 m at 15 km/h
		expect(r.times[1]).toBe(Infinity); // no bike on steps
	});

	it('multi-source seeding keeps the minimum and propagates only improvements', () => {
		const g = line();
		const r = new StreetRouter(g);
		const costs = edgeCosts(g, 'walk', DEFAULT_SPEEDS);
		r.seed(0, 0);
		r.run(costs, Infinity);
		r.seed(4, 10);
		r.run(costs, Infinity);
		expect(Array.from(toSeconds(r.times))).toEqual([0, 80, 160, 90, 10]);
	});

	it('stamps nodes reached for the first time', () => {
		const g = line();
		const r = new StreetRouter(g);
		const costs = edgeCosts(g, 'walk', DEFAULT_SPEEDS);
		const first = new Int32Array(5).fill(UNREACHED);
		r.seed(0, 0);
		r.run(costs, 100, first, 1);
		r.seed(4, 0);
		r.run(costs, 100, first, 2);
		expect(Array.from(first)).toEqual([1, 1, UNREACHED, 2, 2]);
	});
});
