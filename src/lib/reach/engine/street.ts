/**
 * The street model: a street graph is loaded. Dijkstra on the graph for walking, cycling and
 * wheelchair/stroller; transit access from the walk search, egress by a multi-source Dijkstra
 * seeded with the stop times.
 */
import { rasteriseNodes } from '../bands';
import { StreetRouter, UNREACHED } from '../dijkstra';
import { PointIndex } from '../snap';
import { edgeCosts, type Speeds, type StreetGraph, type StreetProfile } from '../street-graph';
import type { TransitData } from '../transit';
import type { ArriveByTable } from './transit-times';
import { now, type Access, type Query, type Surface } from './types';

export const SNAP_RADIUS_M = 1000;

export class StreetModel {
	// Fields below are read by StreetQuery (same module); nothing outside the engine uses them.
	readonly router: StreetRouter;
	readonly nodeIndex: PointIndex;
	private readonly costCache = new Map<string, Float32Array>();
	readonly stopNode?: Int32Array;
	readonly stopNodeMeters?: Float32Array;
	placeNode = new Int32Array(0);
	placeMeters = new Float32Array(0);

	constructor(
		readonly streets: StreetGraph,
		readonly transit: TransitData | undefined,
		stopXY: { x: Float64Array; y: Float64Array } | undefined,
		stopSnaps?: { node: Int32Array; meters: Float32Array }
	) {
		this.router = new StreetRouter(streets);
		this.nodeIndex = new PointIndex(streets.nodeX, streets.nodeY, 150);
		if (transit && stopXY) {
			if (stopSnaps) {
				this.stopNode = stopSnaps.node;
				this.stopNodeMeters = stopSnaps.meters;
			} else {
				this.stopNode = new Int32Array(transit.stopCount);
				this.stopNodeMeters = new Float32Array(transit.stopCount);
				for (let s = 0; s < transit.stopCount; s++) {
					const hit = this.nodeIndex.nearest(stopXY.x[s], stopXY.y[s], SNAP_RADIUS_M);
					this.stopNode[s] = hit.index;
					this.stopNodeMeters[s] = hit.index >= 0 ? hit.distance : 0;
				}
			}
		}
	}

	setPlaces(x: Float64Array, y: Float64Array): void {
		const n = x.length;
		this.placeNode = new Int32Array(n).fill(-1);
		this.placeMeters = new Float32Array(n);
		for (let i = 0; i < n; i++) {
			const hit = this.nodeIndex.nearest(x[i], y[i], SNAP_RADIUS_M);
			this.placeNode[i] = hit.index;
			this.placeMeters[i] = hit.index >= 0 ? hit.distance : 0;
		}
	}

	private costs(profile: StreetProfile, speeds: Speeds): Float32Array {
		const key = `${profile}:${speeds.walk}:${speeds.wheelchair}:${speeds.bike}`;
		let c = this.costCache.get(key);
		if (!c) {
			c = edgeCosts(this.streets, profile, speeds);
			if (this.costCache.size > 8) this.costCache.clear();
			this.costCache.set(key, c);
		}
		return c;
	}

	/** Start a query: the walk (or ride) from the origin. Undefined when the origin is off the map. */
	start(q: Query): StreetQuery | undefined {
		const hit = this.nodeIndex.nearest(q.ox, q.oy, SNAP_RADIUS_M);
		if (hit.index < 0) {
			q.warnings.push('origin is more than 1 km from the street network');
			return undefined;
		}
		const t = now();
		const costs = this.costs(q.profile, q.speeds);
		this.router.reset();
		this.router.seed(hit.index, hit.distance / q.legSpeed);
		this.router.run(costs, q.maxSeconds);
		const walk = this.router.times.slice();
		q.timings.street = now() - t;
		return new StreetQuery(this, q, costs, walk);
	}
}

class StreetQuery {
	constructor(
		private readonly model: StreetModel,
		private readonly q: Query,
		private readonly costs: Float32Array,
		/** seconds from the origin per node, walking (or the profile's mode) only */
		private readonly walk: Float64Array
	) {}

	/** Stops whose street node the walk search reached, with the walk to them. */
	access(): Access {
		const { stopNode, stopNodeMeters } = this.model;
		const access: Access = { stops: [], seconds: [] };
		if (!stopNode || !stopNodeMeters) return access;
		for (let s = 0; s < stopNode.length; s++) {
			const node = stopNode[s];
			if (node < 0 || this.walk[node] === Infinity) continue;
			const a = this.walk[node] + stopNodeMeters[s] / this.q.legSpeed;
			if (a <= this.q.maxSeconds) {
				access.stops.push(s);
				access.seconds.push(Math.round(a));
			}
		}
		return access;
	}

	/** Walk only, or the walk improved by egress walks from stops reached at `stopTimes` (s). */
	fromStops(stopTimes?: Float64Array): Surface {
		if (!stopTimes) return this.surface(this.walk);
		const { router, stopNode, stopNodeMeters } = this.model;
		router.times.set(this.walk);
		if (stopNode && stopNodeMeters)
			for (let s = 0; s < stopTimes.length; s++) {
				const b = stopTimes[s];
				if (b === Infinity || stopNode[s] < 0) continue;
				router.seed(stopNode[s], b + stopNodeMeters[s] / this.q.legSpeed);
			}
		router.run(this.costs, this.q.maxSeconds);
		return this.surface(router.times.slice());
	}

	/**
	 * Arrive by: per node the latest departure that arrives by the deadline. Departures are
	 * taken from the deadline backwards and the egress search keeps its labels, so each node is
	 * stamped with the first (= latest) departure that reaches it in time. Exact per node.
	 */
	arriveBy(table: ArriveByTable): Surface {
		const { router, stopNode, stopNodeMeters } = this.model;
		const { deadline, arrivals, minutes } = table;
		const nodeCount = this.model.streets.nodeCount;
		const latest = new Int32Array(nodeCount).fill(UNREACHED);
		router.reset();
		if (stopNode && stopNodeMeters) {
			const n = stopNode.length;
			const prev = new Int32Array(n).fill(UNREACHED);
			for (let m = 0; m < minutes; m++) {
				const d = deadline - m * 60;
				for (let s = 0; s < n; s++) {
					const a = arrivals[s * minutes + m];
					if (a < prev[s]) {
						prev[s] = a;
						if (stopNode[s] >= 0) router.seed(stopNode[s], a + stopNodeMeters[s] / this.q.legSpeed);
					}
				}
				router.run(this.costs, deadline, latest, d);
			}
		}
		const times = this.walk.slice();
		for (let v = 0; v < nodeCount; v++)
			if (latest[v] !== UNREACHED) times[v] = Math.min(times[v], deadline - latest[v]);
		return this.surface(times);
	}

	private surface(times: Float64Array): Surface {
		const { streets } = this.model;
		const { placeNode, placeMeters } = this.model;
		const { maxSeconds, legSpeed } = this.q;
		return {
			grid: () =>
				rasteriseNodes(
					streets.projection,
					streets.nodeX,
					streets.nodeY,
					times,
					maxSeconds,
					legSpeed
				),
			placeMinutes: () => {
				const out = new Float32Array(placeNode.length);
				for (let i = 0; i < out.length; i++) {
					const node = placeNode[i];
					const s = node >= 0 ? times[node] + placeMeters[i] / legSpeed : Infinity;
					out[i] = s <= maxSeconds ? s / 60 : NaN;
				}
				return out;
			}
		};
	}
}
