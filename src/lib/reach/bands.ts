/**
 * Isochrone bands: travel times are rasterised onto a grid (each cell takes the minimum over
 * nearby points of point time + straight-line spread at a given speed), then marching squares
 * trace one MultiPolygon per band. Contouring the same grid at increasing
 * thresholds makes every band contain the smaller ones.
 */
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

/**
 * Trace one MultiPolygon per band (minutes ascending) in lon/lat: marching squares on typed
 * arrays. Samples sit at cell centres; a band holds the samples with time ≤ its minutes, joined
 * 4-connected (a saddle separates its two inside corners). Boundary crossings are interpolated
 * linearly between the two samples. Each crossing of a grid edge is walked once, with the inside
 * on the left, so outer rings run anticlockwise and holes clockwise; a hole belongs to the
 * polygon of the inside component next to it (labelled by a flood fill), so no ring is tested
 * against another. O(cells) per band.
 */
export function gridToBands(grid: TimeGrid, bandMinutes: readonly number[]): BandCollection {
	const sorted = [...bandMinutes].sort((a, b) => a - b);
	const maxBand = Math.max(...bandMinutes) * 60;
	// unreached samples interpolate as if far beyond the largest band
	const far = maxBand + 3600;
	const tracer = new BandTracer(grid, sorted);
	const features: BandFeature[] = sorted.map((minutes, b) => ({
		type: 'Feature',
		properties: { minutes },
		geometry: { type: 'MultiPolygon', coordinates: tracer.trace(b, minutes * 60, far) }
	}));
	return { type: 'FeatureCollection', features };
}

/**
 * Square (i, j) has corners c0 = (i, j), c1 = (i+1, j), c2 = (i+1, j+1), c3 = (i, j+1) (y up) and
 * edges 0 bottom (c0–c1), 1 right (c1–c2), 2 top (c3–c2), 3 left (c0–c3). Per inside-corner case
 * (bit k = corner k inside): segments as [from edge, to edge], inside on the left.
 */
const SEGMENTS: readonly (readonly [number, number])[][] = [
	[],
	[[0, 3]],
	[[1, 0]],
	[[1, 3]],
	[[2, 1]],
	[
		[0, 3],
		[2, 1]
	],
	[[2, 0]],
	[[2, 3]],
	[[3, 2]],
	[[0, 2]],
	[
		[1, 0],
		[3, 2]
	],
	[[1, 2]],
	[[3, 1]],
	[[0, 1]],
	[[3, 0]],
	[]
];

/** SEGMENTS flat: per case up to two [from, to] pairs, −1 where there is no second one. */
const SEGMENT_TABLE = Int8Array.from(
	SEGMENTS.flatMap((segs) => [...(segs[0] ?? [-1, -1]), ...(segs[1] ?? [-1, -1])])
);
const SIDE_OFFSETS = new Int32Array(4);
/** level of a sample inside no band (and of the padding) */
const OUTSIDE = 255;

/**
 * Work arrays shared by every call (the engine contours several grids per second; fresh arrays
 * each time kept the garbage collector busy). Grown, never shrunk. Invariant between calls:
 * `next` is −1 everywhere (tracing consumes every link it set).
 */
const scratch = {
	level: new Uint8Array(0),
	component: new Int32Array(0),
	queue: new Int32Array(0),
	next: new Int32Array(0),
	own: new Float64Array(0)
};

function grown<T extends Uint8Array | Int32Array | Float64Array>(
	a: T,
	n: number,
	make: (n: number) => T
): T {
	return a.length >= n ? a : make(Math.max(n, Math.ceil(a.length * 1.5)));
}

class BandTracer {
	private readonly w: number;
	private readonly h: number;
	/** samples padded by one outside sample on every side: (w + 2) × (h + 2) */
	private readonly pw: number;
	/** per padded sample: index of the smallest band containing it, OUTSIDE if none */
	private readonly level: Uint8Array;
	private readonly component: Int32Array;
	/** next crossing along a ring, per grid edge (−1 none); horizontal edges first */
	private readonly next: Int32Array;
	private readonly nH: number;
	private readonly queue: Int32Array;
	/** samples labelled by the last flood fill: queue[0 .. labelled) */
	private labelled = 0;
	/** per band: padded rows and columns holding its inside samples [x0, x1, y0, y1] */
	private readonly boxes: Int32Array;

	constructor(
		private readonly grid: TimeGrid,
		sortedBands: readonly number[]
	) {
		const w = (this.w = grid.width);
		const h = (this.h = grid.height);
		const pw = (this.pw = w + 2);
		const samples = pw * (h + 2);
		// horizontal edges between padded samples (x, y)–(x+1, y): (w + 1) × (h + 2);
		// vertical edges (x, y)–(x, y+1): (w + 2) × (h + 1)
		this.nH = (w + 1) * (h + 2);
		const edges = this.nH + (w + 2) * (h + 1);
		scratch.level = grown(scratch.level, samples, (n) => new Uint8Array(n));
		scratch.component = grown(scratch.component, samples, (n) => new Int32Array(n).fill(-1));
		scratch.queue = grown(scratch.queue, samples, (n) => new Int32Array(n));
		scratch.next = grown(scratch.next, edges, (n) => new Int32Array(n).fill(-1));
		this.level = scratch.level;
		this.component = scratch.component;
		this.queue = scratch.queue;
		this.next = scratch.next;
		// components are reset where the last flood fill set them, which may have been on a grid
		// of another width: clear the whole used range once
		this.component.fill(-1, 0, samples);
		// one pass: the band of every sample, and the box of each band's samples
		const bands = sortedBands.length;
		if (bands > OUTSIDE) throw new RangeError('too many bands');
		const boxes = (this.boxes = new Int32Array(4 * bands));
		for (let b = 0; b < bands; b++) boxes.set([pw, -1, h + 2, -1], 4 * b);
		const level = this.level;
		level.fill(OUTSIDE, 0, samples);
		const thresholds = Float64Array.from(sortedBands, (m) => m * 60);
		const values = grid.values;
		for (let j = 0; j < h; j++) {
			const y = j + 1;
			for (let i = 0; i < w; i++) {
				const v = values[j * w + i];
				if (!(v <= thresholds[bands - 1])) continue;
				let b = 0;
				while (v > thresholds[b]) b++;
				const x = i + 1;
				level[y * pw + x] = b;
				const o = 4 * b;
				if (x < boxes[o]) boxes[o] = x;
				if (x > boxes[o + 1]) boxes[o + 1] = x;
				if (y < boxes[o + 2]) boxes[o + 2] = y;
				if (y > boxes[o + 3]) boxes[o + 3] = y;
			}
		}
		// a band holds the samples of the smaller ones
		for (let b = 1; b < bands; b++) {
			const o = 4 * b;
			const p = o - 4;
			boxes[o] = Math.min(boxes[o], boxes[p]);
			boxes[o + 1] = Math.max(boxes[o + 1], boxes[p + 1]);
			boxes[o + 2] = Math.min(boxes[o + 2], boxes[p + 2]);
			boxes[o + 3] = Math.max(boxes[o + 3], boxes[p + 3]);
		}
	}

	trace(band: number, threshold: number, far: number): Position[][][] {
		const { w, pw, level, component, next, nH, queue } = this;
		const x0 = this.boxes[4 * band];
		const x1 = this.boxes[4 * band + 1];
		const y0 = this.boxes[4 * band + 2];
		const y1 = this.boxes[4 * band + 3];
		if (x1 < 0) return [];
		// inside components, 4-connected; the last fill's labels cleared first
		for (let q = 0; q < this.labelled; q++) component[queue[q]] = -1;
		let components = 0;
		let tail = 0;
		for (let y = y0; y <= y1; y++)
			for (let k = y * pw + x0, kEnd = y * pw + x1; k <= kEnd; k++) {
				if (level[k] > band || component[k] >= 0) continue;
				let head = tail;
				queue[tail++] = k;
				component[k] = components;
				while (head < tail) {
					const u = queue[head++];
					// padding samples are never inside, so the neighbours stay within the array
					if (level[u - 1] <= band && component[u - 1] < 0) {
						component[u - 1] = components;
						queue[tail++] = u - 1;
					}
					if (level[u + 1] <= band && component[u + 1] < 0) {
						component[u + 1] = components;
						queue[tail++] = u + 1;
					}
					if (level[u - pw] <= band && component[u - pw] < 0) {
						component[u - pw] = components;
						queue[tail++] = u - pw;
					}
					if (level[u + pw] <= band && component[u + pw] < 0) {
						component[u + pw] = components;
						queue[tail++] = u + pw;
					}
				}
				components++;
			}
		this.labelled = tail;
		if (components === 0) return [];
		// one segment per boundary crossing, chained edge to edge (squares next to the box)
		const side = SIDE_OFFSETS;
		for (let y = y0 - 1; y <= y1; y++) {
			const bottom0 = y * (w + 1);
			const left0 = nH + y * (w + 2);
			for (let x = x0 - 1; x <= x1; x++) {
				const c0 = y * pw + x;
				const c =
					(level[c0] <= band ? 1 : 0) |
					(level[c0 + 1] <= band ? 2 : 0) |
					(level[c0 + pw + 1] <= band ? 4 : 0) |
					(level[c0 + pw] <= band ? 8 : 0);
				if (c === 0 || c === 15) continue;
				// edge ids of the square's sides: bottom, right, top, left
				side[0] = bottom0 + x;
				side[1] = left0 + x + 1;
				side[2] = bottom0 + w + 1 + x;
				side[3] = left0 + x;
				next[side[SEGMENT_TABLE[c * 4]]] = side[SEGMENT_TABLE[c * 4 + 1]];
				if (SEGMENT_TABLE[c * 4 + 2] >= 0)
					next[side[SEGMENT_TABLE[c * 4 + 2]]] = side[SEGMENT_TABLE[c * 4 + 3]];
			}
		}
		// rings, in edge order: horizontal edges of rows y0 − 1 .. y1 + 1, then vertical ones of
		// rows y0 − 1 .. y1 (no other edge was set)
		const polygons = new Map<number, { outer?: Position[]; holes: Position[][] }>();
		const ranges = [
			(y0 - 1) * (w + 1),
			(y1 + 2) * (w + 1),
			nH + (y0 - 1) * (w + 2),
			nH + (y1 + 1) * (w + 2)
		];
		for (let r = 0; r < 4; r += 2)
			for (let e0 = ranges[r]; e0 < ranges[r + 1]; e0++) {
				if (next[e0] < 0) continue;
				const ring: Position[] = [];
				let area = 0;
				let px = NaN;
				let py = NaN;
				let firstX = 0;
				let firstY = 0;
				const label = this.crossing(e0, threshold, far);
				let e = e0;
				do {
					this.crossing(e, threshold, far);
					const x = this.cx;
					const y = this.cy;
					if (ring.length === 0) {
						firstX = x;
						firstY = y;
					} else area += px * y - x * py;
					ring.push(this.lonLat(x, y));
					px = x;
					py = y;
					const n = next[e];
					next[e] = -1;
					e = n;
				} while (e >= 0 && e !== e0);
				area += px * firstY - firstX * py;
				ring.push(ring[0]);
				let poly = polygons.get(label);
				if (!poly) polygons.set(label, (poly = { holes: [] }));
				if (area > 0) poly.outer = ring;
				else poly.holes.push(ring);
			}
		const out: Position[][][] = [];
		for (const p of polygons.values()) if (p.outer) out.push([p.outer, ...p.holes]);
		return out;
	}

	/** the last crossing's position (grid units) */
	private cx = 0;
	private cy = 0;

	/** Where the boundary crosses grid edge e (grid units, samples at x + 0.5, into cx, cy);
	 *  returns the inside component next to it. */
	private crossing(e: number, threshold: number, far: number): number {
		const { w, pw, nH, component } = this;
		let xa: number, ya: number, xb: number, yb: number;
		if (e < nH) {
			ya = yb = Math.floor(e / (w + 1));
			xa = e - ya * (w + 1);
			xb = xa + 1;
		} else {
			const k = e - nH;
			ya = Math.floor(k / (w + 2));
			xa = xb = k - ya * (w + 2);
			yb = ya + 1;
		}
		// padded coordinates → cell coordinates
		const sa = ya * pw + xa;
		const sb = yb * pw + xb;
		const va = this.value(xa - 1, ya - 1, far);
		const vb = this.value(xb - 1, yb - 1, far);
		const inA = va <= threshold;
		const vi = inA ? va : vb;
		const vo = inA ? vb : va;
		let t = vo > vi ? (threshold - vi) / (vo - vi) : 0.5;
		t = t < 0 ? 0 : t > 1 ? 1 : t;
		// from the inside sample towards the outside one
		this.cx = (inA ? xa + (xb - xa) * t : xb + (xa - xb) * t) - 0.5;
		this.cy = (inA ? ya + (yb - ya) * t : yb + (ya - yb) * t) - 0.5;
		return component[inA ? sa : sb];
	}

	private value(i: number, j: number, far: number): number {
		if (i < 0 || j < 0 || i >= this.w || j >= this.h) return far;
		const v = this.grid.values[j * this.w + i];
		return v === Infinity ? far : v;
	}

	/** Grid units (cell centres at i + 0.5) → lon/lat, rounded to 6 decimals. */
	private lonLat(x: number, y: number): Position {
		const { minX, minY, cell, projection } = this.grid;
		return [
			round6(unprojectLon(projection, minX + x * cell)),
			round6(unprojectLat(projection, minY + y * cell))
		];
	}
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
 * Most cells per side of a band grid. Contouring costs in proportion to the cells, so a city-wide
 * transit surface (≈ 20 km, 300 cells of 60 m at the view's resolution) is contoured on cells of
 * ≈ 130 m (≈ 2.4 ms rasterise + 4 bands on the bench city); a walk (≈ 7 km) keeps 60 m cells.
 */
export const BAND_GRID_MAX_CELLS = 150;

/**
 * Rasterise per-node times of a street graph: each cell first takes its own nodes (time plus the
 * straight walk to the cell centre), then one dilation step spreads every cell to its eight
 * neighbours (time plus the centre-to-centre distance), so neighbouring streets close up into
 * areas while fields without paths stay open. Flat passes, no per-cell square roots.
 */
export function rasteriseNodes(
	projection: LocalProjection,
	xs: Float32Array,
	ys: Float32Array,
	times: ArrayLike<number>,
	maxSeconds: number,
	speedMs: number,
	minCell = 60,
	maxCells = BAND_GRID_MAX_CELLS
): TimeGrid {
	let minX = Infinity,
		minY = Infinity,
		maxX = -Infinity,
		maxY = -Infinity;
	const n = times.length;
	for (let k = 0; k < n; k++) {
		if (!(times[k] <= maxSeconds)) continue;
		const x = xs[k];
		const y = ys[k];
		if (x < minX) minX = x;
		if (x > maxX) maxX = x;
		if (y < minY) minY = y;
		if (y > maxY) maxY = y;
	}
	if (minX === Infinity) minX = minY = maxX = maxY = 0;
	const grid = createGrid(projection, { minX, minY, maxX, maxY }, minCell, maxCells);
	const { width, height, cell } = grid;
	const own = (scratch.own = grown(scratch.own, width * height, (n) => new Float64Array(n)));
	own.fill(Infinity, 0, width * height);
	const gx = grid.minX;
	const gy = grid.minY;
	for (let k = 0; k < n; k++) {
		const t = times[k];
		if (!(t <= maxSeconds)) continue;
		const fx = (xs[k] - gx) / cell;
		const fy = (ys[k] - gy) / cell;
		const i = fx | 0;
		const j = fy | 0;
		const dx = (fx - i - 0.5) * cell;
		const dy = (fy - j - 0.5) * cell;
		const v = t + Math.sqrt(dx * dx + dy * dy) / speedMs;
		const c = j * width + i;
		if (v < own[c]) own[c] = v;
	}
	const step = cell / speedMs;
	const diag = step * Math.SQRT2;
	const out = grid.values;
	for (let j = 1; j < height - 1; j++) {
		const row = j * width;
		for (let i = 1; i < width - 1; i++) {
			const c = row + i;
			let v = own[c];
			let w = own[c - 1] + step;
			if (w < v) v = w;
			w = own[c + 1] + step;
			if (w < v) v = w;
			w = own[c - width] + step;
			if (w < v) v = w;
			w = own[c + width] + step;
			if (w < v) v = w;
			w = own[c - width - 1] + diag;
			if (w < v) v = w;
			w = own[c - width + 1] + diag;
			if (w < v) v = w;
			w = own[c + width - 1] + diag;
			if (w < v) v = w;
			w = own[c + width + 1] + diag;
			if (w < v) v = w;
			out[c] = v <= maxSeconds ? v : Infinity;
		}
	}
	return grid;
}
