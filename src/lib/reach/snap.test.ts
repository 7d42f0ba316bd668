import { describe, expect, it } from 'vitest';
import { PointIndex } from './snap';
import { rng } from '../../../scripts/data-build/testing/synthetic';

describe('PointIndex', () => {
	it('nearest() agrees with a linear scan, including misses beyond the radius', () => {
		const rand = rng(9);
		const n = 2000;
		const xs = Float64Array.from({ length: n }, () => rand() * 5000);
		const ys = Float64Array.from({ length: n }, () => rand() * 3000);
		const index = new PointIndex(xs, ys, 150);
		for (let q = 0; q < 500; q++) {
			const x = rand() * 7000 - 1000;
			const y = rand() * 5000 - 1000;
			const radius = 50 + rand() * 600;
			let best = -1;
			let bestD = Infinity;
			for (let i = 0; i < n; i++) {
				const d = Math.hypot(xs[i] - x, ys[i] - y);
				if (d < bestD) {
					bestD = d;
					best = i;
				}
			}
			const hit = index.nearest(x, y, radius);
			if (bestD <= radius) {
				expect(hit.index).toBe(best);
				expect(hit.distance).toBeCloseTo(bestD, 9);
			} else expect(hit.index).toBe(-1);
		}
	});

	it('within() visits exactly the points inside the radius', () => {
		const index = new PointIndex([0, 100, 200, 300], [0, 0, 0, 0], 50);
		const seen: number[] = [];
		index.within(110, 0, 100, (i) => seen.push(i));
		expect(seen.sort()).toEqual([1, 2]);
	});
});
