import { describe, expect, it } from 'vitest';
import { rng, syntheticCity } from '../../../scripts/data-build/testing/synthetic';
import { EdgeIndex, timeAtSnap, usableEdges } from './edge-snap';
import { DEFAULT_SPEEDS, edgeCosts } from './street-graph';

describe('EdgeIndex', () => {
	const city = syntheticCity({
		seed: 4,
		cols: 30,
		rows: 30,
		spacingM: 80,
		lines: 2,
		stopsPerLine: 4,
		headwaySeconds: 900
	});
	const g = city.streets;
	const costs = edgeCosts(g, 'wheelchair', DEFAULT_SPEEDS);
	const usable = usableEdges(costs);
	const index = new EdgeIndex(g, usable, 60);

	/** Nearest usable segment by scanning all of them. */
	function scan(x: number, y: number) {
		let best = { d: Infinity, e: -1 };
		for (let e = 0; e < g.edgeTarget.length; e++) {
			const r = g.edgeReverse[e];
			if (!usable[e] && !(r >= 0 && usable[r])) continue;
			const ax = g.nodeX[g.edgeSource[e]];
			const ay = g.nodeY[g.edgeSource[e]];
			const dx = g.nodeX[g.edgeTarget[e]] - ax;
			const dy = g.nodeY[g.edgeTarget[e]] - ay;
			const f = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
			const d = Math.hypot(ax + f * dx - x, ay + f * dy - y);
			if (d < best.d) best = { d, e };
		}
		return best;
	}

	it('finds the nearest point of the nearest usable segment (as a linear scan does)', () => {
		const rand = rng(8);
		for (let k = 0; k < 400; k++) {
			const x = -200 + rand() * 2800;
			const y = -200 + rand() * 2800;
			const hit = index.nearest(x, y, 5000);
			const want = scan(x, y);
			expect(hit?.distance).toBeCloseTo(want.d, 6);
		}
	});

	it('gives the time at a point from the labels of both ends of its segment', () => {
		const e = g.edgeStart[5];
		const times = new Float64Array(g.nodeCount).fill(Infinity);
		times[g.edgeSource[e]] = 100;
		times[g.edgeTarget[e]] = 10;
		const v = DEFAULT_SPEEDS.wheelchair / 3.6;
		const viaA = 100 + costs[e] * 0.25;
		const viaB = 10 + costs[g.edgeReverse[e]] * 0.75;
		expect(timeAtSnap(g, costs, times, e, 0.25, 12, v)).toBeCloseTo(
			Math.min(viaA, viaB) + 12 / v,
			6
		);
		expect(index.nearest(1e6, 1e6, 100)).toBeNull();
	});
});
