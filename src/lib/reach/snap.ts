/**
 * Nearest-point lookups on a uniform grid over projected metres. Used to snap the origin, stops
 * and places to street nodes, and to find stops near a place when there is no street graph.
 */
export class PointIndex {
	private readonly cellStart: Int32Array;
	private readonly cellItems: Int32Array;
	private readonly minX: number;
	private readonly minY: number;
	private readonly cols: number;
	private readonly rows: number;

	constructor(
		readonly xs: ArrayLike<number>,
		readonly ys: ArrayLike<number>,
		readonly cellSize = 200
	) {
		const n = xs.length;
		let minX = Infinity,
			minY = Infinity,
			maxX = -Infinity,
			maxY = -Infinity;
		for (let i = 0; i < n; i++) {
			minX = Math.min(minX, xs[i]);
			maxX = Math.max(maxX, xs[i]);
			minY = Math.min(minY, ys[i]);
			maxY = Math.max(maxY, ys[i]);
		}
		if (n === 0) minX = minY = maxX = maxY = 0;
		this.minX = minX;
		this.minY = minY;
		this.cols = Math.floor((maxX - minX) / cellSize) + 1;
		this.rows = Math.floor((maxY - minY) / cellSize) + 1;
		const counts = new Int32Array(this.cols * this.rows + 1);
		const cellOf = new Int32Array(n);
		for (let i = 0; i < n; i++) {
			const c = this.cellIndex(xs[i], ys[i]);
			cellOf[i] = c;
			counts[c + 1]++;
		}
		for (let c = 0; c < this.cols * this.rows; c++) counts[c + 1] += counts[c];
		this.cellStart = counts;
		const fill = counts.slice(0, -1);
		this.cellItems = new Int32Array(n);
		for (let i = 0; i < n; i++) this.cellItems[fill[cellOf[i]]++] = i;
	}

	private cellIndex(x: number, y: number): number {
		const cx = Math.floor((x - this.minX) / this.cellSize);
		const cy = Math.floor((y - this.minY) / this.cellSize);
		return cy * this.cols + cx;
	}

	/** Calls visit(index, distance) for every point within `radius` metres of (x, y). */
	within(x: number, y: number, radius: number, visit: (i: number, d: number) => void): void {
		const c0 = Math.max(0, Math.floor((x - radius - this.minX) / this.cellSize));
		const c1 = Math.min(this.cols - 1, Math.floor((x + radius - this.minX) / this.cellSize));
		const r0 = Math.max(0, Math.floor((y - radius - this.minY) / this.cellSize));
		const r1 = Math.min(this.rows - 1, Math.floor((y + radius - this.minY) / this.cellSize));
		for (let r = r0; r <= r1; r++) {
			for (let c = c0; c <= c1; c++) {
				const cell = r * this.cols + c;
				for (let k = this.cellStart[cell]; k < this.cellStart[cell + 1]; k++) {
					const i = this.cellItems[k];
					const d = Math.hypot(this.xs[i] - x, this.ys[i] - y);
					if (d <= radius) visit(i, d);
				}
			}
		}
	}

	/** The nearest point within maxRadius, or -1 (ties: lower index). */
	nearest(x: number, y: number, maxRadius: number): { index: number; distance: number } {
		let best = -1;
		let bestD2 = Infinity;
		const cs = this.cellSize;
		const cx = Math.floor((x - this.minX) / cs);
		const cy = Math.floor((y - this.minY) / cs);
		// Search rings of cells outwards; stop once the ring is farther than the best hit.
		const maxRing = Math.ceil(maxRadius / cs) + 1;
		for (let ring = 0; ring <= maxRing; ring++) {
			if (best >= 0 && (ring - 1) * cs > Math.sqrt(bestD2)) break;
			for (let r = cy - ring; r <= cy + ring; r++) {
				if (r < 0 || r >= this.rows) continue;
				const edgeRow = r === cy - ring || r === cy + ring;
				for (let c = cx - ring; c <= cx + ring; c += edgeRow ? 1 : 2 * ring || 1) {
					if (c < 0 || c >= this.cols) continue;
					const cell = r * this.cols + c;
					for (let k = this.cellStart[cell]; k < this.cellStart[cell + 1]; k++) {
						const i = this.cellItems[k];
						const dx = this.xs[i] - x;
						const dy = this.ys[i] - y;
						const d2 = dx * dx + dy * dy;
						if (d2 < bestD2 || (d2 === bestD2 && i < best)) {
							bestD2 = d2;
							best = i;
						}
					}
				}
			}
		}
		const distance = Math.sqrt(bestD2);
		return distance <= maxRadius ? { index: best, distance } : { index: -1, distance: Infinity };
	}
}
