/**
 * One-to-all / many-to-all shortest travel times on the street graph. Labels live in a reusable
 * Float64Array (seconds, Infinity = not reached) so a caller can keep them between runs and seed
 * more sources later: Dijkstra then only propagates improvements (used for transit egress and the
 * arrive-by search).
 */
import { MinHeap } from './heap';
import type { StreetGraph } from './street-graph';

export const UNREACHED = 0x7fffffff;

/**
 * Points hanging off nodes (places on a segment): when node u is settled at t, target
 * item[k] (k in start[u] .. start[u+1]) is reached at t + cost[k]. Used to stamp places exactly
 * in the arrive-by search.
 */
export interface AttachedTargets {
	start: Int32Array;
	item: Int32Array;
	cost: Float32Array;
	/** per target: the stamp of the first run that reached it within the cutoff */
	stamp: Int32Array;
}

export class StreetRouter {
	/** travel time label per node, seconds; Infinity = not reached */
	readonly times: Float64Array;
	private readonly heap: MinHeap;

	constructor(readonly graph: StreetGraph) {
		this.times = new Float64Array(graph.nodeCount).fill(Infinity);
		this.heap = new MinHeap(Math.max(1024, graph.nodeCount >> 2));
	}

	reset(): void {
		this.times.fill(Infinity);
		this.heap.clear();
	}

	/** Offer a source; ignored if the node already has a label at least as good. */
	seed(node: number, seconds: number): void {
		if (seconds < this.times[node]) {
			this.times[node] = seconds;
			this.heap.push(seconds, node);
		}
	}

	/**
	 * Settle all seeded sources. Labels above `cutoff` are not stored. If `firstReach` is given,
	 * nodes that go from unreached to reached in this run get `firstReach[node] = stampValue`,
	 * and so do `targets` reached within the cutoff.
	 */
	run(
		costs: Float32Array,
		cutoff: number,
		firstReach?: Int32Array,
		stampValue = 0,
		targets?: AttachedTargets
	): void {
		const { edgeStart, edgeTarget } = this.graph;
		const times = this.times;
		const heap = this.heap;
		while (heap.size > 0) {
			const t = heap.peekKey();
			const u = heap.pop();
			if (t > times[u]) continue;
			if (firstReach !== undefined && firstReach[u] === UNREACHED) firstReach[u] = stampValue;
			if (targets !== undefined)
				for (let k = targets.start[u]; k < targets.start[u + 1]; k++) {
					const p = targets.item[k];
					if (targets.stamp[p] === UNREACHED && t + targets.cost[k] <= cutoff)
						targets.stamp[p] = stampValue;
				}
			const end = edgeStart[u + 1];
			for (let e = edgeStart[u]; e < end; e++) {
				const nt = t + costs[e];
				const v = edgeTarget[e];
				if (nt < times[v] && nt <= cutoff) {
					times[v] = nt;
					heap.push(nt, v);
				}
			}
		}
	}
}

/** Round labels to whole seconds with UNREACHED as sentinel (the public per-node output). */
export function toSeconds(times: Float64Array, out = new Int32Array(times.length)): Int32Array {
	for (let i = 0; i < times.length; i++) {
		const t = times[i];
		out[i] = t === Infinity ? UNREACHED : Math.round(t);
	}
	return out;
}
