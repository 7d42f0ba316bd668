/**
 * Snapping to the nearest point on the nearest usable street edge (split-edge snapping, as R5
 * and OTP do): a point lands somewhere along a segment, and the travel time to it is the time to
 * either end plus the part of the segment from that end, plus the straight walk off the street.
 * A uniform grid over projected metres holds each segment in every cell its bounding box touches.
 */
import type { StreetGraph } from './street-graph';

/** Where a point meets the street: directed edge a→b, fraction from a, metres off the street. */
export interface EdgeHit {
	edge: number;
	frac: number;
	distance: number;
}

/** Snaps of many points in flat arrays (edge −1: nothing usable within the radius). */
export interface EdgeSnaps {
	edge: Int32Array;
	frac: Float32Array;
	meters: Float32Array;
}

export class EdgeIndex {
	private readonly cellStart: Int32Array;
	private readonly cellItems: Int32Array;
	private readonly minX: number;
	private readonly minY: number;
	private readonly cols: number;
	private readonly rows: number;

	/**
	 * @param usable per directed edge: may the profile travel along it (1) or not (0). A segment
	 *   is indexed when either of its directions is usable.
	 */
	constructor(
		readonly graph: StreetGraph,
		usable: Uint8Array,
		readonly cellSize = 100
	) {
		const { nodeX, nodeY, edgeSource, edgeTarget, edgeReverse } = graph;
		const edges: number[] = [];
		let minX = Infinity,
			minY = Infinity,
			maxX = -Infinity,
			maxY = -Infinity;
		for (let e = 0; e < edgeTarget.length; e++) {
			const r = edgeReverse[e];
			// one entry per segment: the direction with the lower edge id stands for both
			if (r >= 0 && r < e) continue;
			if (!usable[e] && !(r >= 0 && usable[r])) continue;
			edges.push(e);
			const a = edgeSource[e];
			const b = edgeTarget[e];
			minX = Math.min(minX, nodeX[a], nodeX[b]);
			maxX = Math.max(maxX, nodeX[a], nodeX[b]);
			minY = Math.min(minY, nodeY[a], nodeY[b]);
			maxY = Math.max(maxY, nodeY[a], nodeY[b]);
		}
		if (edges.length === 0) minX = minY = maxX = maxY = 0;
		this.minX = minX;
		this.minY = minY;
		this.cols = Math.floor((maxX - minX) / cellSize) + 1;
		this.rows = Math.floor((maxY - minY) / cellSize) + 1;
		const cells = this.cols * this.rows;
		const counts = new Int32Array(cells + 1);
		const visitCells = (e: number, fn: (cell: number) => void) => {
			const a = edgeSource[e];
			const b = edgeTarget[e];
			const c0 = Math.floor((Math.min(nodeX[a], nodeX[b]) - minX) / cellSize);
			const c1 = Math.floor((Math.max(nodeX[a], nodeX[b]) - minX) / cellSize);
			const r0 = Math.floor((Math.min(nodeY[a], nodeY[b]) - minY) / cellSize);
			const r1 = Math.floor((Math.max(nodeY[a], nodeY[b]) - minY) / cellSize);
			for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) fn(r * this.cols + c);
		};
		for (const e of edges) visitCells(e, (cell) => counts[cell + 1]++);
		for (let c = 0; c < cells; c++) counts[c + 1] += counts[c];
		const fill = counts.slice(0, cells);
		const items = new Int32Array(counts[cells]);
		for (const e of edges) visitCells(e, (cell) => (items[fill[cell]++] = e));
		this.cellStart = counts;
		this.cellItems = items;
	}

	/** The nearest point on a usable segment within maxRadius metres, or null. */
	nearest(x: number, y: number, maxRadius: number): EdgeHit | null {
		const { nodeX, nodeY, edgeSource, edgeTarget } = this.graph;
		const cs = this.cellSize;
		const cx = Math.floor((x - this.minX) / cs);
		const cy = Math.floor((y - this.minY) / cs);
		let best = -1;
		let bestD2 = Infinity;
		let bestFrac = 0;
		const maxRing = Math.ceil(maxRadius / cs) + 1;
		for (let ring = 0; ring <= maxRing; ring++) {
			// every segment in ring r lies at least (r − 1) cells away
			if (best >= 0 && (ring - 1) * cs > Math.sqrt(bestD2)) break;
			for (let r = cy - ring; r <= cy + ring; r++) {
				if (r < 0 || r >= this.rows) continue;
				const edgeRow = r === cy - ring || r === cy + ring;
				for (let c = cx - ring; c <= cx + ring; c += edgeRow ? 1 : 2 * ring || 1) {
					if (c < 0 || c >= this.cols) continue;
					const cell = r * this.cols + c;
					for (let k = this.cellStart[cell]; k < this.cellStart[cell + 1]; k++) {
						const e = this.cellItems[k];
						const ax = nodeX[edgeSource[e]];
						const ay = nodeY[edgeSource[e]];
						const dx = nodeX[edgeTarget[e]] - ax;
						const dy = nodeY[edgeTarget[e]] - ay;
						const len2 = dx * dx + dy * dy;
						let f = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
						f = f < 0 ? 0 : f > 1 ? 1 : f;
						const px = ax + f * dx - x;
						const py = ay + f * dy - y;
						const d2 = px * px + py * py;
						if (d2 < bestD2 || (d2 === bestD2 && e < best)) {
							bestD2 = d2;
							best = e;
							bestFrac = f;
						}
					}
				}
			}
		}
		const distance = Math.sqrt(bestD2);
		return best >= 0 && distance <= maxRadius ? { edge: best, frac: bestFrac, distance } : null;
	}

	/** Snap many points at once. */
	snapAll(xs: ArrayLike<number>, ys: ArrayLike<number>, maxRadius: number): EdgeSnaps {
		const n = xs.length;
		const out: EdgeSnaps = {
			edge: new Int32Array(n).fill(-1),
			frac: new Float32Array(n),
			meters: new Float32Array(n)
		};
		for (let i = 0; i < n; i++) {
			const hit = this.nearest(xs[i], ys[i], maxRadius);
			if (!hit) continue;
			out.edge[i] = hit.edge;
			out.frac[i] = hit.frac;
			out.meters[i] = hit.distance;
		}
		return out;
	}
}

/** Usable directed edges of a cost array (finite cost). */
export function usableEdges(costs: Float32Array): Uint8Array {
	const out = new Uint8Array(costs.length);
	for (let e = 0; e < costs.length; e++) out[e] = costs[e] < Infinity ? 1 : 0;
	return out;
}

/**
 * Seconds to a snapped point from node labels `times` (Infinity = not reached): through either
 * end of its segment, the part of the segment from that end, then `meters` off the street at
 * `speed` (m/s). Infinity when neither end is reached.
 */
export function timeAtSnap(
	graph: StreetGraph,
	costs: Float32Array,
	times: Float64Array,
	edge: number,
	frac: number,
	meters: number,
	speed: number
): number {
	if (edge < 0) return Infinity;
	let t = Infinity;
	const a = graph.edgeSource[edge];
	const b = graph.edgeTarget[edge];
	const r = graph.edgeReverse[edge];
	if (costs[edge] < Infinity) t = times[a] + costs[edge] * frac;
	if (r >= 0 && costs[r] < Infinity) {
		const viaB = times[b] + costs[r] * (1 - frac);
		if (viaB < t) t = viaB;
	}
	return t + meters / speed;
}

/**
 * Offer a snapped point as a source at `seconds` (already including its walk off the street):
 * seed both ends of its segment with the part of the segment to them.
 */
export function seedSnap(
	graph: StreetGraph,
	costs: Float32Array,
	seed: (node: number, seconds: number) => void,
	edge: number,
	frac: number,
	seconds: number
): void {
	if (edge < 0) return;
	const r = graph.edgeReverse[edge];
	// towards a: along the opposite direction b→a, the fraction `frac` of it
	if (r >= 0 && costs[r] < Infinity) seed(graph.edgeSource[edge], seconds + costs[r] * frac);
	if (costs[edge] < Infinity) seed(graph.edgeTarget[edge], seconds + costs[edge] * (1 - frac));
}

/**
 * Seconds between two points snapped onto the same segment, along it (Infinity if the needed
 * direction is closed); the walks off the street are not included.
 */
export function alongSameEdge(
	graph: StreetGraph,
	costs: Float32Array,
	edge: number,
	fromFrac: number,
	toFrac: number
): number {
	if (toFrac === fromFrac) return 0;
	if (toFrac > fromFrac) return costs[edge] * (toFrac - fromFrac);
	const r = graph.edgeReverse[edge];
	return r >= 0 ? costs[r] * (fromFrac - toFrac) : Infinity;
}
