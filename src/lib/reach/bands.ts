/**
 * Isochrone bands: travel times are rasterised onto a grid (each cell takes the minimum over
 * nearby points of point time + straight-line spread at a given speed), then d3-contour
 * (marching squares) traces one MultiPolygon per band. Contouring the same grid at increasing
 * thresholds makes every band contain the smaller ones.
 */
import { contours } from 'd3-contour';
import { unprojectLat, unprojectLon, type LocalProjection } from './geo';

export type Position = [number, number];
export interface BandFeature {
	type: 'Feature';
	properties: { minutes: number };
	geometry: { type: 'MultiPolygon'; coordinates: Position[][][] };
}
export interface BandCollection {
	type: 'FeatureCollection';
	features: BandFeature[];
}

export const DEFAULT_BANDS = [10, 20, 30, 45] as const;

/** A raster of travel times in a local projection; cell (i, j) covers
 *  [minX + i·cell, minX + (i+1)·cell] × [minY + j·cell, minY + (j+1)·cell]. */
export interface TimeGrid {
	projection: LocalProjection;
	minX: number;
	minY: number;
	cell: number;
	width: number;
	height: number;
	/** seconds per cell, row-major (j·width + i); Infinity = not reached */
	values: Float64Array;
}

/** A grid covering the box, padded by two cells, with at most maxCells cells per side. */
export function createGrid(
	projection: LocalProjection,
	box: { minX: number; minY: number; maxX: number; maxY: number },
	minCell = 50,
	maxCells = 300
): TimeGrid {
	const extent = Math.max(box.maxX - box.minX, box.maxY - box.minY, 1);
	const cell = Math.max(minCell, extent / (maxCells - 4));
	const minX = box.minX - 2 * cell;
	const minY = box.minY - 2 * cell;
	const width = Math.ceil((box.maxX - minX) / cell) + 3;
	const height = Math.ceil((box.maxY - minY) / cell) + 3;
	return {
		projection,
		minX,
		minY,
		cell,
		width,
		height,
		values: new Float64Array(width * height).fill(Infinity)
	};
}

/**
 * Write points into the grid: cells within `radius` of a point (and within what is left of
 * maxSeconds) get min(current, t + distance / speed).
 */
export function splatPoints(
	grid: TimeGrid,
	xs: ArrayLike<number>,
	ys: ArrayLike<number>,
	times: ArrayLike<number>,
	maxSeconds: number,
	radius: number,
	speedMs: number
): void {
	const { minX, minY, cell, width, height, values } = grid;
	for (let k = 0; k < times.length; k++) {
		const t = times[k];
		if (!(t <= maxSeconds)) continue;
		const r = Math.min(radius, (maxSeconds - t) * speedMs);
		const x = xs[k];
		const y = ys[k];
		const i0 = Math.max(0, Math.floor((x - r - minX) / cell - 0.5));
		const i1 = Math.min(width - 1, Math.ceil((x + r - minX) / cell - 0.5));
		const j0 = Math.max(0, Math.floor((y - r - minY) / cell - 0.5));
		const j1 = Math.min(height - 1, Math.ceil((y + r - minY) / cell - 0.5));
		const r2 = r * r;
		for (let j = j0; j <= j1; j++) {
			const dy = minY + (j + 0.5) * cell - y;
			const dy2 = dy * dy;
			if (dy2 > r2) continue;
			const row = j * width;
			for (let i = i0; i <= i1; i++) {
				const dx = minX + (i + 0.5) * cell - x;
				const d2 = dx * dx + dy2;
				if (d2 > r2) continue;
				const v = t + Math.sqrt(d2) / speedMs;
				if (v < values[row + i]) values[row + i] = v;
			}
		}
	}
}

/** Trace one MultiPolygon per band (minutes ascending) in lon/lat. */
export function gridToBands(grid: TimeGrid, bandMinutes: readonly number[]): BandCollection {
	const { width, height, values, cell, minX, minY, projection } = grid;
	const maxBand = Math.max(...bandMinutes) * 60;
	// d3-contour keeps the area where value ≥ threshold, so contour the negated times. Unreached
	// cells get a finite value well below every threshold (Infinity would break interpolation).
	const floor = -(maxBand + 3600);
	const neg = new Float64Array(values.length);
	for (let k = 0; k < values.length; k++) {
		const v = values[k];
		neg[k] = v === Infinity ? floor : -v;
	}
	const sorted = [...bandMinutes].sort((a, b) => a - b);
	const generator = contours()
		.size([width, height])
		.thresholds(sorted.map((m) => -m * 60));
	const polys = generator(neg as unknown as number[]);
	const features: BandFeature[] = [];
	for (const poly of polys) {
		const minutes = Math.round(-poly.value / 60);
		const coordinates = poly.coordinates.map((polygon) =>
			polygon.map((ring) =>
				ring.map(([x, y]): Position => [
					round6(unprojectLon(projection, minX + x * cell)),
					round6(unprojectLat(projection, minY + y * cell))
				])
			)
		);
		features.push({
			type: 'Feature',
			properties: { minutes },
			geometry: { type: 'MultiPolygon', coordinates }
		});
	}
	features.sort((a, b) => a.properties.minutes - b.properties.minutes);
	return { type: 'FeatureCollection', features };
}

function round6(v: number): number {
	return Math.round(v * 1e6) / 1e6;
}

/** Even-odd point-in-MultiPolygon test (used by tests and handy for callers). */
export function pointInMultiPolygon(lon: number, lat: number, coords: Position[][][]): boolean {
	let inside = false;
	for (const polygon of coords)
		for (const ring of polygon)
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi, yi] = ring[i];
				const [xj, yj] = ring[j];
				if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi)
					inside = !inside;
			}
	return inside;
}

/**
 * Rasterise per-node times of a street graph. The spread radius is a little over one cell so
 * neighbouring streets close up into areas, while fields without paths stay open.
 */
export function rasteriseNodes(
	projection: LocalProjection,
	xs: Float32Array,
	ys: Float32Array,
	times: ArrayLike<number>,
	maxSeconds: number,
	speedMs: number,
	minCell = 60
): TimeGrid {
	let minX = Infinity,
		minY = Infinity,
		maxX = -Infinity,
		maxY = -Infinity;
	for (let k = 0; k < times.length; k++) {
		if (!(times[k] <= maxSeconds)) continue;
		const x = xs[k];
		const y = ys[k];
		if (x < minX) minX = x;
		if (x > maxX) maxX = x;
		if (y < minY) minY = y;
		if (y > maxY) maxY = y;
	}
	if (minX === Infinity) minX = minY = maxX = maxY = 0;
	const probe = createGrid(projection, { minX, minY, maxX, maxY }, minCell);
	const radius = 1.25 * probe.cell;
	const grid = createGrid(
		projection,
		{ minX: minX - radius, minY: minY - radius, maxX: maxX + radius, maxY: maxY + radius },
		minCell
	);
	splatPoints(grid, xs, ys, times, maxSeconds, radius, speedMs);
	return grid;
}
