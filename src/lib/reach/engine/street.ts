/**
 * The street model: a street graph is loaded. Dijkstra on the graph for walking, cycling and
 * wheelchair/stroller; transit access from the walk search, egress by a multi-source Dijkstra
 * seeded with the stop times. The origin, places and stops snap to the nearest point on the
 * nearest edge the profile may use (per profile: a wheelchair user is not snapped onto steps).
 */
import { rasteriseNodes } from '../bands';
import { StreetRouter, UNREACHED, type AttachedTargets } from '../dijkstra';
import {
	alongSameEdge,
	EdgeIndex,
	seedSnap,
	timeAtSnap,
	usableEdges,
	type EdgeHit,
	type EdgeSnaps
} from '../edge-snap';
import {
	DEFAULT_SPEEDS,
	edgeCosts,
	type Speeds,
	type StreetGraph,
	type StreetProfile
} from '../street-graph';
import type { TransitData } from '../transit';
import type { ArriveByTable } from './transit-times';
import { now, type Access, type Query, type Surface } from './types';

/** Farthest the origin or a place may lie from a usable street (straight walk to it). */
export const POINT_SNAP_RADIUS_M = 1000;
/** Farthest a stop may lie from a usable street; farther stops cannot be walked to (as R5). */
export const STOP_SNAP_RADIUS_M = 300;

interface ProfileState {
	index: EdgeIndex;
	places?: EdgeSnaps;
	stops?: EdgeSnaps;
}

/** Places hanging off the ends of their segments, for one cost array (arrive-by). */
type PlaceTargets = Omit<AttachedTargets, 'stamp'>;

export class StreetModel {
	// Read by StreetQuery (same module); nothing outside the engine uses them.
	readonly router: StreetRouter;
	private readonly costCache = new Map<string, Float32Array>();
	private readonly profiles = new Map<StreetProfile, ProfileState>();
	private placeX: Float64Array = new Float64Array(0);
	private placeY: Float64Array = new Float64Array(0);
	private placeTargetCache = new WeakMap<Float32Array, PlaceTargets>();

	constructor(
		readonly streets: StreetGraph,
		readonly transit: TransitData | undefined,
		private readonly stopX: Float64Array,
		private readonly stopY: Float64Array
	) {
		this.router = new StreetRouter(streets);
	}

	setPlaces(x: Float64Array, y: Float64Array): void {
		this.placeX = x;
		this.placeY = y;
		for (const p of this.profiles.values()) p.places = undefined;
		this.placeTargetCache = new WeakMap();
	}

	costs(profile: StreetProfile, speeds: Speeds): Float32Array {
		const key = `${profile}:${speeds.walk}:${speeds.wheelchair}:${speeds.bike}`;
		let c = this.costCache.get(key);
		if (!c) {
			c = edgeCosts(this.streets, profile, speeds);
			if (this.costCache.size > 8) this.costCache.clear();
			this.costCache.set(key, c);
		}
		return c;
	}

	/** The profile's snap index (edges it may use; speeds do not matter for that). */
	private profile(profile: StreetProfile): ProfileState {
		let p = this.profiles.get(profile);
		if (!p) {
			const usable = usableEdges(this.costs(profile, DEFAULT_SPEEDS));
			p = { index: new EdgeIndex(this.streets, usable) };
			this.profiles.set(profile, p);
		}
		return p;
	}

	/** Places snapped for a profile (once per place list and profile). */
	placeSnaps(profile: StreetProfile): EdgeSnaps {
		const p = this.profile(profile);
		p.places ??= p.index.snapAll(this.placeX, this.placeY, POINT_SNAP_RADIUS_M);
		return p.places;
	}

	/** Stops snapped for a profile (once per profile). */
	stopSnaps(profile: StreetProfile): EdgeSnaps {
		const p = this.profile(profile);
		p.stops ??= p.index.snapAll(this.stopX, this.stopY, STOP_SNAP_RADIUS_M);
		return p.stops;
	}

	/** Places as targets hanging off both ends of their segment (for arrive-by), per cost array. */
	placeTargets(profile: StreetProfile, costs: Float32Array, speed: number): PlaceTargets {
		let t = this.placeTargetCache.get(costs);
		if (t) return t;
		const streets = this.streets;
		const snaps = this.placeSnaps(profile);
		const n = snaps.edge.length;
		const start = new Int32Array(streets.nodeCount + 1);
		const ends = new Int32Array(2 * n).fill(-1);
		const extra = new Float32Array(2 * n);
		for (let p = 0; p < n; p++) {
			const e = snaps.edge[p];
			if (e < 0) continue;
			const off = snaps.meters[p] / speed;
			const r = streets.edgeReverse[e];
			// from a along a→b, from b along b→a
			if (costs[e] < Infinity) {
				ends[2 * p] = streets.edgeSource[e];
				extra[2 * p] = off + costs[e] * snaps.frac[p];
				start[ends[2 * p] + 1]++;
			}
			if (r >= 0 && costs[r] < Infinity) {
				ends[2 * p + 1] = streets.edgeTarget[e];
				extra[2 * p + 1] = off + costs[r] * (1 - snaps.frac[p]);
				start[ends[2 * p + 1] + 1]++;
			}
		}
		for (let u = 0; u < streets.nodeCount; u++) start[u + 1] += start[u];
		const fill = start.slice(0, streets.nodeCount);
		const item = new Int32Array(start[streets.nodeCount]);
		const cost = new Float32Array(item.length);
		for (let k = 0; k < 2 * n; k++) {
			const u = ends[k];
			if (u < 0) continue;
			const at = fill[u]++;
			item[at] = k >> 1;
			cost[at] = extra[k];
		}
		t = { start, item, cost };
		this.placeTargetCache.set(costs, t);
		return t;
	}

	/** Start a query: the walk (or ride) from the origin. Undefined when the origin is off the map. */
	start(q: Query): StreetQuery | undefined {
		const origin = this.profile(q.profile).index.nearest(q.ox, q.oy, POINT_SNAP_RADIUS_M);
		if (!origin) {
			q.warnings.push('origin is more than 1 km from the street network');
			return undefined;
		}
		const t = now();
		const costs = this.costs(q.profile, q.speeds);
		const router = this.router;
		router.reset();
		seedSnap(
			this.streets,
			costs,
			(node, s) => router.seed(node, s),
			origin.edge,
			origin.frac,
			origin.distance / q.legSpeed
		);
		router.run(costs, q.maxSeconds);
		const walk = router.times.slice();
		q.timings.street = now() - t;
		return new StreetQuery(this, q, costs, walk, origin);
	}
}

class StreetQuery {
	/** seconds of the walk from the origin to each stop as given to the timetable search
	 *  (Infinity: not within reach); a stop time no better than this adds nothing to the walk */
	private accessSeconds: Float64Array = new Float64Array(0);

	constructor(
		private readonly model: StreetModel,
		private readonly q: Query,
		private readonly costs: Float32Array,
		/** seconds from the origin per node, walking (or the profile's mode) only */
		private readonly walk: Float64Array,
		private readonly origin: EdgeHit
	) {}

	/** Seconds of the walk from the origin to a snapped point (through the graph or along the
	 *  origin's own segment). */
	private walkTo(times: Float64Array, edge: number, frac: number, meters: number): number {
		const { streets } = this.model;
		const v = this.q.legSpeed;
		let t = timeAtSnap(streets, this.costs, times, edge, frac, meters, v);
		if (edge >= 0 && edge === this.origin.edge) {
			const direct =
				this.origin.distance / v +
				alongSameEdge(streets, this.costs, edge, this.origin.frac, frac) +
				meters / v;
			if (direct < t) t = direct;
		}
		return t;
	}

	/** Stops the walk search reached, with the walk to them. */
	access(): Access {
		const access: Access = { stops: [], seconds: [] };
		if (!this.model.transit) return access;
		const snaps = this.model.stopSnaps(this.q.profile);
		this.accessSeconds = new Float64Array(snaps.edge.length).fill(Infinity);
		for (let s = 0; s < snaps.edge.length; s++) {
			const a = this.walkTo(this.walk, snaps.edge[s], snaps.frac[s], snaps.meters[s]);
			if (a <= this.q.maxSeconds) {
				access.stops.push(s);
				access.seconds.push(Math.round(a));
				this.accessSeconds[s] = Math.round(a);
			}
		}
		return access;
	}

	/** Walk only, or the walk improved by egress walks from stops reached at `stopTimes` (s). */
	fromStops(stopTimes?: Float64Array): Surface {
		if (!stopTimes) return this.surface(this.walk);
		const { router, streets } = this.model;
		const snaps = this.model.stopSnaps(this.q.profile);
		const seed = (node: number, s: number) => router.seed(node, s);
		router.times.set(this.walk);
		const walked = this.accessSeconds;
		for (let s = 0; s < stopTimes.length; s++) {
			const b = stopTimes[s];
			// walking there is as quick: the walk from the origin already covers what follows
			if (b === Infinity || (s < walked.length && b >= walked[s])) continue;
			const at = b + snaps.meters[s] / this.q.legSpeed;
			seedSnap(streets, this.costs, seed, snaps.edge[s], snaps.frac[s], at);
		}
		router.run(this.costs, this.q.maxSeconds);
		return this.surface(router.times.slice());
	}

	/**
	 * Arrive by: per node and per place the latest departure that arrives by the deadline.
	 * Departures are taken from the deadline backwards and the egress search keeps its labels, so
	 * each node (and each place hanging off a node) is stamped with the first (= latest)
	 * departure that reaches it in time. Exact per node and per place.
	 */
	arriveBy(table: ArriveByTable): Surface {
		const { router, streets } = this.model;
		const { deadline, arrivals, minutes } = table;
		const v = this.q.legSpeed;
		const latest = new Int32Array(streets.nodeCount).fill(UNREACHED);
		const targets: AttachedTargets = {
			...this.model.placeTargets(this.q.profile, this.costs, v),
			stamp: new Int32Array(this.model.placeSnaps(this.q.profile).edge.length).fill(UNREACHED)
		};
		const snaps = this.model.stopSnaps(this.q.profile);
		const seed = (node: number, s: number) => router.seed(node, s);
		const n = snaps.edge.length;
		const walked = this.accessSeconds;
		const prev = new Int32Array(n).fill(UNREACHED);
		router.reset();
		for (let m = 0; m < minutes; m++) {
			const d = deadline - m * 60;
			for (let s = 0; s < n; s++) {
				const a = arrivals[s * minutes + m];
				if (a >= prev[s]) continue;
				prev[s] = a;
				// reached by walking only: the walk from the origin covers what follows
				if (s < walked.length && a >= d + walked[s]) continue;
				seedSnap(streets, this.costs, seed, snaps.edge[s], snaps.frac[s], a + snaps.meters[s] / v);
			}
			router.run(this.costs, deadline, latest, d, targets);
		}
		const times = this.walk.slice();
		for (let u = 0; u < streets.nodeCount; u++)
			if (latest[u] !== UNREACHED) times[u] = Math.min(times[u], deadline - latest[u]);
		const stamp = targets.stamp;
		const places = this.model.placeSnaps(this.q.profile);
		return this.surface(times, (p) => {
			const walk = this.walkTo(this.walk, places.edge[p], places.frac[p], places.meters[p]);
			return stamp[p] === UNREACHED ? walk : Math.min(walk, deadline - stamp[p]);
		});
	}

	/**
	 * @param placeSeconds seconds to a place when the time mode knows them better than the node
	 *   labels do (arrive-by); else through the nearer end of the place's segment
	 */
	private surface(times: Float64Array, placeSeconds?: (place: number) => number): Surface {
		const { streets } = this.model;
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
				const snaps = this.model.placeSnaps(this.q.profile);
				const out = new Float32Array(snaps.edge.length);
				if (placeSeconds) {
					for (let i = 0; i < out.length; i++) {
						const s = placeSeconds(i);
						out[i] = s <= maxSeconds ? s / 60 : NaN;
					}
					return out;
				}
				const { edgeSource, edgeTarget, edgeReverse } = streets;
				const costs = this.costs;
				const { edge: pe, frac: pf, meters: pm } = snaps;
				const o = this.origin;
				for (let i = 0; i < out.length; i++) {
					const e = pe[i];
					if (e < 0) {
						out[i] = NaN;
						continue;
					}
					const f = pf[i];
					let t = Infinity;
					const ce = costs[e];
					if (ce < Infinity) t = times[edgeSource[e]] + ce * f;
					const r = edgeReverse[e];
					if (r >= 0) {
						const cr = costs[r];
						if (cr < Infinity) {
							const viaB = times[edgeTarget[e]] + cr * (1 - f);
							if (viaB < t) t = viaB;
						}
					}
					t += pm[i] / legSpeed;
					if (e === o.edge) {
						const direct =
							(o.distance + pm[i]) / legSpeed + alongSameEdge(streets, costs, e, o.frac, f);
						if (direct < t) t = direct;
					}
					out[i] = t <= maxSeconds ? t / 60 : NaN;
				}
				return out;
			}
		};
	}
}
