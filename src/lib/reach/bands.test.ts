import { contours } from 'd3-contour';
import { describe, expect, it } from 'vitest';
import { createGrid, gridToBands, pointInMultiPolygon, splatPoints, DEFAULT_BANDS } from './bands';
import { haversineMeters, localProjection, unprojectLat, unprojectLon } from './geo';
import { rng } from '../../../scripts/data-build/testing/synthetic';

describe('bands', () => {
	const proj = localProjection(8.55, 52.0);

	it('a single origin at 1.25 m/s gives circles of radius ≈ v·t', () => {
		const grid = createGrid(proj, { minX: -3500, minY: -3500, maxX: 3500, maxY: 3500 });
		splatPoints(grid, [0], [0], [0], 2700, 1e9, 1.25);
		const bands = gridToBands(grid, DEFAULT_BANDS);
		expect(bands.features.map((f) => f.properties.minutes)).toEqual([10, 20, 30, 45]);
		const ten = bands.features[0].geometry.coordinates;
		// 10 min at 1.25 m/s = 750 m: inside at 650 m, outside at 850 m, in every direction
		for (let a = 0; a < 8; a++) {
			const dx = Math.cos((a * Math.PI) / 4);
			const dy = Math.sin((a * Math.PI) / 4);
			const at = (m: number) =>
				[unprojectLon(proj, dx * m), unprojectLat(proj, dy * m)] as [number, number];
			expect(pointInMultiPolygon(...at(650), ten)).toBe(true);
			expect(pointInMultiPolygon(...at(850), ten)).toBe(false);
		}
		const ring = ten[0][0];
		const r = haversineMeters(8.55, 52, ring[0][0], ring[0][1]);
		expect(r).toBeGreaterThan(650);
		expect(r).toBeLessThan(850);
	});

	it('larger bands contain smaller ones (random scattered times)', () => {
		const rand = rng(3);
		for (let trial = 0; trial < 3; trial++) {
			const n = 400;
			const xs = Array.from({ length: n }, () => (rand() - 0.5) * 8000);
			const ys = Array.from({ length: n }, () => (rand() - 0.5) * 8000);
			const ts = Array.from({ length: n }, () => rand() * 3000);
			const grid = createGrid(proj, { minX: -4500, minY: -4500, maxX: 4500, maxY: 4500 }, 50, 150);
			splatPoints(grid, xs, ys, ts, 2700, 400, 1.25);
			const bands = gridToBands(grid, DEFAULT_BANDS);
			expect(bands.features.length).toBe(4);
			let insideSmall = 0;
			for (let k = 0; k < 1500; k++) {
				const lon = unprojectLon(proj, (rand() - 0.5) * 9000);
				const lat = unprojectLat(proj, (rand() - 0.5) * 9000);
				for (let b = 0; b + 1 < 4; b++) {
					const inSmall = pointInMultiPolygon(lon, lat, bands.features[b].geometry.coordinates);
					const inLarge = pointInMultiPolygon(lon, lat, bands.features[b + 1].geometry.coordinates);
					if (inSmall) {
						insideSmall++;
						expect(inLarge).toBe(true);
					}
				}
			}
			expect(insideSmall).toBeGreaterThan(50);
		}
	});

	it('an unreached grid gives empty bands', () => {
		const grid = createGrid(proj, { minX: 0, minY: 0, maxX: 1000, maxY: 1000 });
		const bands = gridToBands(grid, [10, 20]);
		expect(bands.features.every((f) => f.geometry.coordinates.length === 0)).toBe(true);
	});

	it('traces the same areas as d3-contour on the same grid (an independent marching squares)', () => {
		const rand = rng(12);
		const grid = createGrid(proj, { minX: -4000, minY: -4000, maxX: 4000, maxY: 4000 }, 60, 150);
		const n = 300;
		splatPoints(
			grid,
			Array.from({ length: n }, () => (rand() - 0.5) * 7000),
			Array.from({ length: n }, () => (rand() - 0.5) * 7000),
			Array.from({ length: n }, () => rand() * 2400),
			2700,
			600,
			1.25
		);
		const ours = gridToBands(grid, DEFAULT_BANDS);
		// d3-contour keeps values ≥ threshold: contour the negated times, unreached far below
		const neg = Array.from(grid.values, (v) => (v === Infinity ? -(2700 + 3600) : -v));
		const theirs = contours()
			.size([grid.width, grid.height])
			.thresholds(DEFAULT_BANDS.map((m) => -m * 60))(neg);
		/** Area in grid cells², even-odd over every ring. */
		const ringArea = (ring: number[][]) => {
			let a = 0;
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
				a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
			return Math.abs(a) / 2;
		};
		const area = (coords: number[][][][]) =>
			coords.reduce(
				(sum, poly) => sum + ringArea(poly[0]) - poly.slice(1).reduce((h, r) => h + ringArea(r), 0),
				0
			);
		const toGrid = (coords: [number, number][][][]) =>
			coords.map((p) =>
				p.map((r) =>
					r.map(([lon, lat]) => [
						((lon - proj.lon0) * proj.mPerLon - grid.minX) / grid.cell,
						((lat - proj.lat0) * proj.mPerLat - grid.minY) / grid.cell
					])
				)
			);
		ours.features.forEach((f, k) => {
			const a = area(toGrid(f.geometry.coordinates));
			const b = area(theirs.find((c) => c.value === -DEFAULT_BANDS[k] * 60)?.coordinates ?? []);
			expect(a).toBeGreaterThan(100);
			// d3 places samples at the cell corners, we at the centres: same shapes, same areas
			expect(Math.abs(a - b) / b).toBeLessThan(0.02);
		});
	});

	it('reuses its work arrays without carrying anything from one grid to the next', () => {
		const rand = rng(21);
		const grids = [
			[-6000, 150],
			[-1500, 40],
			[-6000, 150],
			[-3000, 90]
		].map(([half, cells]) => {
			const grid = createGrid(
				proj,
				{ minX: half, minY: half, maxX: -half, maxY: -half },
				20,
				cells
			);
			const n = 200;
			splatPoints(
				grid,
				Array.from({ length: n }, () => (rand() - 0.5) * -1.6 * half),
				Array.from({ length: n }, () => (rand() - 0.5) * -1.6 * half),
				Array.from({ length: n }, () => rand() * 2400),
				2700,
				500,
				1.25
			);
			return grid;
		});
		// every grid gives the same bands whichever grid (larger, smaller) was contoured before it
		const alone = grids.map((g) => JSON.stringify(gridToBands(g, DEFAULT_BANDS)));
		for (let round = 0; round < 2; round++)
			for (const k of [2, 1, 3, 0, 1])
				expect(JSON.stringify(gridToBands(grids[k], [45, 10, 30, 20]))).toBe(alone[k]);
		expect(JSON.parse(alone[1]).features[3].geometry.coordinates.length).toBeGreaterThan(0);
	});
});
