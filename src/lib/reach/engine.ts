/**
 * The reachability engine: one origin → travel time per street node, isochrone bands and minutes
 * per place, for walking, wheelchair/stroller, bike and public transport. Pure computation on
 * loaded artifacts; the web worker wraps it. The origin is personal data: this module never
 * stores it beyond a call and never sends it anywhere.
 *
 * Models:
 * - 'street': a street graph is loaded. Dijkstra on the graph; transit access from the walk
 *   search, egress by a multi-source Dijkstra seeded with stop arrival times.
 * - 'fallback': no street graph. Straight-line distance × detour factor at the profile's speed;
 *   transit access/egress likewise. The result says so, and the UI must label it.
 *
 * Transit time semantics (departure times sampled every minute):
 * - depart at T: earliest arrival for that departure.
 * - depart within [T, T + window]: range RAPTOR over every minute; per stop the median and the
 *   worst travel time are taken, then propagated onto the streets. For the worst case this is an
 *   upper bound of the true per-node worst case (max over minutes of a min ≤ min of the maxes:
 *   conservative, never promising too much); for the median it is an approximation.
 * - arrive by D: for every destination, the latest departure in [D − max, D] that arrives by D;
 *   the reported time is D − that departure (it includes waiting at the destination, i.e. "how
 *   long before D you must leave"). Exact per node: departures are scanned from D backwards and
 *   the egress search keeps its labels, so each node is stamped with the first (= latest)
 *   departure that reaches it by D.
 */
import {
	createGrid,
	DEFAULT_BANDS,
	gridToBands,
	rasteriseNodes,
	splatPoints,
	type BandCollection
} from './bands';
import { StreetRouter, UNREACHED } from './dijkstra';
import { haversineMeters, localProjection, projectX, projectY, type LocalProjection } from './geo';
import { DEFAULT_RAPTOR, RaptorWorker, type RaptorOptions } from './raptor';
import { PointIndex } from './snap';
import {
	DEFAULT_SPEEDS,
	edgeCosts,
	type Speeds,
	type StreetGraph,
	type StreetProfile
} from './street-graph';
import type { TransitData } from './transit';

export type ReachMode = 'walk' | 'wheelchair' | 'bike' | 'transit';
export type ReachModel = 'street' | 'fallback';

export type ReachTime =
	{ kind: 'depart'; seconds: number; windowMinutes?: number } | { kind: 'arrive'; seconds: number };

export interface ReachRequest {
	origin: { lon: number; lat: number };
	mode: ReachMode;
	/** transit only: step-free walking legs and only stops/trips not marked inaccessible */
	accessible?: boolean;
	/** transit only; default: depart 07:30 */
	time?: ReachTime;
	speeds?: Partial<Speeds>;
	bandMinutes?: readonly number[];
	/** straight-line detour factor of the fallback model (default 1.3) */
	detourFactor?: number;
	maxTransitLegs?: number;
	/** also trace bands for the worst case of a departure window */
	worstBands?: boolean;
}

export interface ReachResult {
	mode: ReachMode;
	model: ReachModel;
	/** 'single' one departure / no timetable, 'median' over a window, 'arrive-by' latest departure */
	statistic: 'single' | 'median' | 'arrive-by';
	bands: BandCollection;
	bandsWorst?: BandCollection;
	/** minutes per place (order of setPlaces), NaN = not reachable within the largest band */
	placeMinutes: Float32Array;
	placeMinutesWorst?: Float32Array;
	timings: Record<string, number>;
	warnings: string[];
}

export interface ReachData {
	streets?: StreetGraph;
	transit?: TransitData;
	/** street node per stop and the straight-line metres to it (from the build; else snapped) */
	stopNode?: Int32Array;
	stopNodeMeters?: Float32Array;
}

const SNAP_RADIUS_M = 1000;
/** Longest walk between the last stop and a destination in the fallback model. */
const FALLBACK_EGRESS_SECONDS = 20 * 60;

export class ReachEngine {
	readonly streets?: StreetGraph;
	readonly transit?: TransitData;
	private readonly router?: StreetRouter;
	private readonly nodeIndex?: PointIndex;
	private readonly raptor?: RaptorWorker;
	private readonly projection: LocalProjection;
	private readonly stopNode?: Int32Array;
	private readonly stopNodeMeters?: Float32Array;
	private readonly stopX?: Float64Array;
	private readonly stopY?: Float64Array;
	private readonly costCache = new Map<string, Float32Array>();
	private placeX = new Float64Array(0);
	private placeY = new Float64Array(0);
	private placeNode = new Int32Array(0);
	private placeMeters = new Float32Array(0);
	/** fallback: candidate stops per place within the egress radius (CSR) */
	private placeStopStart = new Int32Array(1);
	private placeStops = new Int32Array(0);
	private placeStopMeters = new Float32Array(0);

	constructor(data: ReachData) {
		this.streets = data.streets;
		this.transit = data.transit;
		if (this.streets) {
			this.projection = this.streets.projection;
			this.router = new StreetRouter(this.streets);
			this.nodeIndex = new PointIndex(this.streets.nodeX, this.streets.nodeY, 150);
		} else if (this.transit && this.transit.stopCount > 0) {
			const t = this.transit;
			this.projection = localProjection(t.stopLon[0], t.stopLat[0]);
		} else {
			this.projection = localProjection(8.53, 52.02);
		}
		if (this.transit) {
			const t = this.transit;
			this.raptor = new RaptorWorker(t, 8);
			this.stopX = Float64Array.from(t.stopLon, (v) => projectX(this.projection, v));
			this.stopY = Float64Array.from(t.stopLat, (v) => projectY(this.projection, v));
			if (this.streets && this.nodeIndex) {
				if (data.stopNode && data.stopNodeMeters) {
					this.stopNode = data.stopNode;
					this.stopNodeMeters = data.stopNodeMeters;
				} else {
					this.stopNode = new Int32Array(t.stopCount);
					this.stopNodeMeters = new Float32Array(t.stopCount);
					for (let s = 0; s < t.stopCount; s++) {
						const hit = this.nodeIndex.nearest(this.stopX[s], this.stopY[s], SNAP_RADIUS_M);
						this.stopNode[s] = hit.index;
						this.stopNodeMeters[s] = hit.index >= 0 ? hit.distance : 0;
					}
				}
			}
		}
	}

	get model(): ReachModel {
		return this.streets ? 'street' : 'fallback';
	}

	get placeCount(): number {
		return this.placeX.length;
	}

	/** Snap places once (node + offset, or nearby stops without streets); reused by every query. */
	setPlaces(lon: ArrayLike<number>, lat: ArrayLike<number>): void {
		const n = lon.length;
		this.placeX = Float64Array.from({ length: n }, (_, i) => projectX(this.projection, lon[i]));
		this.placeY = Float64Array.from({ length: n }, (_, i) => projectY(this.projection, lat[i]));
		this.placeNode = new Int32Array(n).fill(-1);
		this.placeMeters = new Float32Array(n);
		if (this.nodeIndex) {
			for (let i = 0; i < n; i++) {
				const hit = this.nodeIndex.nearest(this.placeX[i], this.placeY[i], SNAP_RADIUS_M);
				this.placeNode[i] = hit.index;
				this.placeMeters[i] = hit.index >= 0 ? hit.distance : 0;
			}
		}
		const start = new Int32Array(n + 1);
		const stops: number[] = [];
		const meters: number[] = [];
		if (!this.streets && this.transit && this.stopX && this.stopY) {
			// Fallback model only (with streets, egress runs on the graph). Generous radius: the
			// egress time limit is applied per query with its own speed.
			const index = new PointIndex(this.stopX, this.stopY, 500);
			for (let i = 0; i < n; i++) {
				index.within(this.placeX[i], this.placeY[i], 2000, (s, d) => {
					stops.push(s);
					meters.push(d);
				});
				start[i + 1] = stops.length;
			}
		}
		this.placeStopStart = start;
		this.placeStops = Int32Array.from(stops);
		this.placeStopMeters = Float32Array.from(meters);
	}

	private costs(profile: StreetProfile, speeds: Speeds): Float32Array {
		if (!this.streets) throw new Error('no street graph');
		const key = `${profile}:${speeds.walk}:${speeds.wheelchair}:${speeds.bike}`;
		let c = this.costCache.get(key);
		if (!c) {
			c = edgeCosts(this.streets, profile, speeds);
			if (this.costCache.size > 8) this.costCache.clear();
			this.costCache.set(key, c);
		}
		return c;
	}

	compute(req: ReachRequest): ReachResult {
		const t0 = now();
		const timings: Record<string, number> = {};
		const warnings: string[] = [];
		const speeds: Speeds = { ...DEFAULT_SPEEDS, ...req.speeds };
		const bandMinutes = req.bandMinutes?.length ? req.bandMinutes : DEFAULT_BANDS;
		const maxSeconds = Math.max(...bandMinutes) * 60;
		const profile: StreetProfile =
			req.mode === 'transit' ? (req.accessible ? 'wheelchair' : 'walk') : req.mode;
		const legSpeed = speeds[profile] / 3.6;
		if (req.mode === 'transit' && !this.transit) warnings.push('no timetable loaded');

		const ox = projectX(this.projection, req.origin.lon);
		const oy = projectY(this.projection, req.origin.lat);
		let originNode = -1;
		let originMeters = 0;
		if (this.nodeIndex) {
			const hit = this.nodeIndex.nearest(ox, oy, SNAP_RADIUS_M);
			originNode = hit.index;
			originMeters = hit.distance;
			if (originNode < 0) warnings.push('origin is more than 1 km from the street network');
		}
		const useStreets = this.streets !== undefined && originNode >= 0;
		const ctx: QueryContext = {
			req,
			speeds,
			bandMinutes,
			maxSeconds,
			profile,
			legSpeed,
			ox,
			oy,
			timings,
			warnings
		};
		const result = useStreets
			? this.computeStreet(ctx, originNode, originMeters)
			: this.computeFallback(ctx);
		timings.total = now() - t0;
		return result;
	}

	private raptorOptions(ctx: QueryContext, cutoff: number): RaptorOptions {
		return {
			...DEFAULT_RAPTOR,
			maxRounds: ctx.req.maxTransitLegs ?? DEFAULT_RAPTOR.maxRounds,
			walkSpeedMs: ctx.legSpeed,
			wheelchair: ctx.profile === 'wheelchair',
			cutoff
		};
	}

	// ---------------------------------------------------------------- street model
	private computeStreet(ctx: QueryContext, originNode: number, originMeters: number): ReachResult {
		const streets = this.streets as StreetGraph;
		const router = this.router as StreetRouter;
		const { req, maxSeconds, legSpeed, timings } = ctx;
		const costs = this.costs(ctx.profile, ctx.speeds);
		let t = now();
		router.reset();
		router.seed(originNode, originMeters / legSpeed);
		router.run(costs, maxSeconds);
		const walk = router.times.slice();
		timings.street = now() - t;

		let typical = walk;
		let worst: Float64Array | undefined;
		let statistic: ReachResult['statistic'] = 'single';
		if (req.mode === 'transit' && this.transit && this.raptor && this.stopNode) {
			const raptor = this.raptor;
			const stopNode = this.stopNode;
			const stopNodeMeters = this.stopNodeMeters as Float32Array;
			const time = req.time ?? { kind: 'depart', seconds: 7.5 * 3600 };
			// access: stops whose street node the walk search reached
			const accessStops: number[] = [];
			const accessSeconds: number[] = [];
			for (let s = 0; s < this.transit.stopCount; s++) {
				const node = stopNode[s];
				if (node < 0 || walk[node] === Infinity) continue;
				const a = walk[node] + stopNodeMeters[s] / legSpeed;
				if (a <= maxSeconds) {
					accessStops.push(s);
					accessSeconds.push(Math.round(a));
				}
			}
			const seedStops = (best: ArrayLike<number>, offset: number) => {
				for (let s = 0; s < best.length; s++) {
					const b = best[s];
					if (b === UNREACHED || b === Infinity || stopNode[s] < 0) continue;
					router.seed(stopNode[s], b - offset + stopNodeMeters[s] / legSpeed);
				}
			};
			if (time.kind === 'depart' && !time.windowMinutes) {
				t = now();
				raptor.resetRange();
				const best = raptor.run(
					time.seconds,
					accessStops,
					accessSeconds,
					this.raptorOptions(ctx, time.seconds + maxSeconds)
				);
				timings.transit = now() - t;
				t = now();
				seedStops(best, time.seconds);
				router.run(costs, maxSeconds);
				typical = router.times.slice();
				timings.egress = now() - t;
			} else if (time.kind === 'depart') {
				statistic = 'median';
				t = now();
				const stats = this.rangeStats(
					ctx,
					time.seconds,
					time.windowMinutes ?? 60,
					accessStops,
					accessSeconds
				);
				timings.transit = now() - t;
				t = now();
				router.times.set(walk);
				seedStops(stats.median, 0);
				router.run(costs, maxSeconds);
				typical = router.times.slice();
				router.times.set(walk);
				seedStops(stats.worst, 0);
				router.run(costs, maxSeconds);
				worst = router.times.slice();
				timings.egress = now() - t;
			} else {
				statistic = 'arrive-by';
				t = now();
				const deadline = time.seconds;
				const latest = new Int32Array(streets.nodeCount).fill(UNREACHED);
				router.reset();
				raptor.resetRange();
				const prev = new Int32Array(this.transit.stopCount).fill(UNREACHED);
				for (let d = deadline; d >= deadline - maxSeconds; d -= 60) {
					const best = raptor.run(d, accessStops, accessSeconds, this.raptorOptions(ctx, deadline));
					for (let s = 0; s < best.length; s++) {
						if (best[s] < prev[s]) {
							prev[s] = best[s];
							if (stopNode[s] >= 0)
								router.seed(stopNode[s], best[s] + stopNodeMeters[s] / legSpeed);
						}
					}
					router.run(costs, deadline, latest, d);
				}
				typical = walk.slice();
				for (let n = 0; n < typical.length; n++)
					if (latest[n] !== UNREACHED) typical[n] = Math.min(typical[n], deadline - latest[n]);
				timings.transit = now() - t;
			}
		}

		t = now();
		const raster = (times: Float64Array) =>
			gridToBands(
				rasteriseNodes(
					streets.projection,
					streets.nodeX,
					streets.nodeY,
					times,
					maxSeconds,
					legSpeed
				),
				ctx.bandMinutes
			);
		const bands = raster(typical);
		const bandsWorst = worst && req.worstBands ? raster(worst) : undefined;
		timings.bands = now() - t;

		t = now();
		const placeMinutes = this.placeMinutesFromNodes(typical, legSpeed, maxSeconds);
		const placeMinutesWorst = worst
			? this.placeMinutesFromNodes(worst, legSpeed, maxSeconds)
			: undefined;
		timings.places = now() - t;
		return {
			mode: req.mode,
			model: 'street',
			statistic,
			bands,
			bandsWorst,
			placeMinutes,
			placeMinutesWorst,
			timings,
			warnings: ctx.warnings
		};
	}

	private placeMinutesFromNodes(
		nodeTimes: Float64Array,
		speed: number,
		maxSeconds: number
	): Float32Array {
		const out = new Float32Array(this.placeX.length);
		for (let i = 0; i < out.length; i++) {
			const node = this.placeNode[i];
			const s = node >= 0 ? nodeTimes[node] + this.placeMeters[i] / speed : Infinity;
			out[i] = s <= maxSeconds ? s / 60 : NaN;
		}
		return out;
	}

	/** Range RAPTOR over [from, from + window]; per stop median and worst travel time (s). */
	private rangeStats(
		ctx: QueryContext,
		from: number,
		windowMinutes: number,
		accessStops: number[],
		accessSeconds: number[]
	): { median: Float64Array; worst: Float64Array } {
		const raptor = this.raptor as RaptorWorker;
		const n = (this.transit as TransitData).stopCount;
		const minutes = Math.max(1, Math.round(windowMinutes)) + 1;
		const samples = new Float64Array(minutes * n);
		raptor.resetRange();
		for (let m = minutes - 1; m >= 0; m--) {
			const d = from + m * 60;
			const best = raptor.run(
				d,
				accessStops,
				accessSeconds,
				this.raptorOptions(ctx, d + ctx.maxSeconds)
			);
			for (let s = 0; s < n; s++) {
				const b = best[s];
				samples[s * minutes + m] = b === UNREACHED || b - d > ctx.maxSeconds ? Infinity : b - d;
			}
		}
		const median = new Float64Array(n);
		const worst = new Float64Array(n);
		for (let s = 0; s < n; s++) {
			const row = samples.subarray(s * minutes, (s + 1) * minutes).sort();
			median[s] = row[(minutes - 1) >> 1];
			worst[s] = row[minutes - 1];
		}
		return { median, worst };
	}

	// ---------------------------------------------------------------- fallback model
	private computeFallback(ctx: QueryContext): ReachResult {
		const { req, maxSeconds, ox, oy, timings } = ctx;
		const detour = req.detourFactor ?? 1.3;
		// effective straight-line speed
		const v = ctx.legSpeed / detour;
		let t = now();
		let statistic: ReachResult['statistic'] = 'single';
		// stop times (seconds from departure / before deadline); Infinity = not used
		let stopTimes: Float64Array | undefined;
		let stopTimesWorst: Float64Array | undefined;
		let arriveBy: ArriveByTable | undefined;
		if (req.mode === 'transit' && this.transit && this.raptor && this.stopX && this.stopY) {
			const tr = this.transit;
			const time = req.time ?? { kind: 'depart', seconds: 7.5 * 3600 };
			const accessStops: number[] = [];
			const accessSeconds: number[] = [];
			for (let s = 0; s < tr.stopCount; s++) {
				const a = Math.hypot(this.stopX[s] - ox, this.stopY[s] - oy) / v;
				if (a <= maxSeconds) {
					accessStops.push(s);
					accessSeconds.push(Math.round(a));
				}
			}
			if (time.kind === 'depart' && !time.windowMinutes) {
				this.raptor.resetRange();
				const best = this.raptor.run(
					time.seconds,
					accessStops,
					accessSeconds,
					this.raptorOptions(ctx, time.seconds + maxSeconds)
				);
				stopTimes = Float64Array.from(best, (b) => (b === UNREACHED ? Infinity : b - time.seconds));
			} else if (time.kind === 'depart') {
				statistic = 'median';
				const stats = this.rangeStats(
					ctx,
					time.seconds,
					time.windowMinutes ?? 60,
					accessStops,
					accessSeconds
				);
				stopTimes = stats.median;
				stopTimesWorst = stats.worst;
			} else {
				// arrive by: keep every minute's stop arrivals; per target take the latest departure
				// whose arrival plus the egress walk is ≤ deadline (arrivals are monotone in d).
				statistic = 'arrive-by';
				const deadline = time.seconds;
				const minutes = Math.floor(maxSeconds / 60) + 1;
				const arrivals = new Int32Array(minutes * tr.stopCount);
				this.raptor.resetRange();
				for (let m = 0; m < minutes; m++) {
					const d = deadline - m * 60;
					const best = this.raptor.run(
						d,
						accessStops,
						accessSeconds,
						this.raptorOptions(ctx, deadline)
					);
					for (let s = 0; s < tr.stopCount; s++) arrivals[s * minutes + m] = best[s];
				}
				arriveBy = { deadline, arrivals, minutes };
			}
		}
		timings.transit = now() - t;

		t = now();
		const egressRadius = FALLBACK_EGRESS_SECONDS * v;
		const box = {
			minX: ox - maxSeconds * v,
			minY: oy - maxSeconds * v,
			maxX: ox + maxSeconds * v,
			maxY: oy + maxSeconds * v
		};
		const stopX = this.stopX ?? new Float64Array(0);
		const stopY = this.stopY ?? new Float64Array(0);
		const extendBox = (times: ArrayLike<number>) => {
			for (let s = 0; s < times.length; s++) {
				if (!(times[s] <= maxSeconds)) continue;
				box.minX = Math.min(box.minX, stopX[s] - egressRadius);
				box.maxX = Math.max(box.maxX, stopX[s] + egressRadius);
				box.minY = Math.min(box.minY, stopY[s] - egressRadius);
				box.maxY = Math.max(box.maxY, stopY[s] + egressRadius);
			}
		};
		if (stopTimes) extendBox(stopTimes);
		if (arriveBy) extendBox(this.arriveByStopBudget(arriveBy));
		const rasterise = (times: Float64Array | undefined) => {
			const grid = createGrid(this.projection, box, 50, 250);
			splatPoints(grid, [ox], [oy], [0], maxSeconds, Infinity, v);
			if (times) splatPoints(grid, stopX, stopY, times, maxSeconds, egressRadius, v);
			return grid;
		};
		let bands: BandCollection;
		if (arriveBy) {
			const grid = rasterise(undefined);
			this.arriveByGrid(grid, arriveBy, egressRadius, v, maxSeconds);
			bands = gridToBands(grid, ctx.bandMinutes);
		} else {
			bands = gridToBands(rasterise(stopTimes), ctx.bandMinutes);
		}
		const bandsWorst =
			stopTimesWorst && req.worstBands
				? gridToBands(rasterise(stopTimesWorst), ctx.bandMinutes)
				: undefined;
		timings.bands = now() - t;

		t = now();
		const placeMinutes = this.fallbackPlaces(ox, oy, v, maxSeconds, stopTimes, arriveBy);
		const placeMinutesWorst = stopTimesWorst
			? this.fallbackPlaces(ox, oy, v, maxSeconds, stopTimesWorst, undefined)
			: undefined;
		timings.places = now() - t;
		return {
			mode: req.mode,
			model: 'fallback',
			statistic,
			bands,
			bandsWorst,
			placeMinutes,
			placeMinutesWorst,
			timings,
			warnings: ctx.warnings
		};
	}

	/** Latest departure from the origin reaching stop s by `by`, or -Infinity. */
	private latestDeparture(a: ArriveByTable, s: number, by: number): number {
		const base = s * a.minutes;
		// arrivals[base + m] is for departure deadline − 60 m: non-increasing as m grows
		let lo = 0;
		let hi = a.minutes;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (a.arrivals[base + mid] <= by) hi = mid;
			else lo = mid + 1;
		}
		return lo < a.minutes ? a.deadline - lo * 60 : -Infinity;
	}

	/** Per stop: seconds before the deadline one must leave to be at the stop by the deadline. */
	private arriveByStopBudget(a: ArriveByTable) {
		const n = this.transit?.stopCount ?? 0;
		return Float64Array.from(
			{ length: n },
			(_, s) => a.deadline - this.latestDeparture(a, s, a.deadline)
		);
	}

	private arriveByGrid(
		grid: ReturnType<typeof createGrid>,
		a: ArriveByTable,
		radius: number,
		v: number,
		maxSeconds: number
	): void {
		const { minX, minY, cell, width, height, values } = grid;
		const stopX = this.stopX as Float64Array;
		const stopY = this.stopY as Float64Array;
		const n = this.transit?.stopCount ?? 0;
		for (let s = 0; s < n; s++) {
			if (a.arrivals[s * a.minutes + a.minutes - 1] > a.deadline) continue; // never in time
			const x = stopX[s];
			const y = stopY[s];
			const i0 = Math.max(0, Math.floor((x - radius - minX) / cell));
			const i1 = Math.min(width - 1, Math.ceil((x + radius - minX) / cell));
			const j0 = Math.max(0, Math.floor((y - radius - minY) / cell));
			const j1 = Math.min(height - 1, Math.ceil((y + radius - minY) / cell));
			for (let j = j0; j <= j1; j++)
				for (let i = i0; i <= i1; i++) {
					const d = Math.hypot(minX + (i + 0.5) * cell - x, minY + (j + 0.5) * cell - y);
					if (d > radius) continue;
					const ld = this.latestDeparture(a, s, a.deadline - d / v);
					const need = a.deadline - ld;
					if (need <= maxSeconds && need < values[j * width + i]) values[j * width + i] = need;
				}
		}
	}

	private fallbackPlaces(
		ox: number,
		oy: number,
		v: number,
		maxSeconds: number,
		stopTimes: Float64Array | undefined,
		arriveBy: ArriveByTable | undefined
	): Float32Array {
		const n = this.placeX.length;
		const out = new Float32Array(n);
		for (let i = 0; i < n; i++) {
			let best = Math.hypot(this.placeX[i] - ox, this.placeY[i] - oy) / v;
			for (let k = this.placeStopStart[i]; k < this.placeStopStart[i + 1]; k++) {
				const e = this.placeStopMeters[k] / v;
				if (e > FALLBACK_EGRESS_SECONDS) continue;
				const s = this.placeStops[k];
				let total = Infinity;
				if (stopTimes) total = stopTimes[s] + e;
				else if (arriveBy)
					total = arriveBy.deadline - this.latestDeparture(arriveBy, s, arriveBy.deadline - e);
				if (total < best) best = total;
			}
			out[i] = best <= maxSeconds ? best / 60 : NaN;
		}
		return out;
	}
}

/** Stop arrivals for each departure minute of an arrive-by search (fallback model). */
interface ArriveByTable {
	deadline: number;
	/** arrivals[s · minutes + m]: arrival at stop s when leaving at deadline − 60·m */
	arrivals: Int32Array;
	minutes: number;
}

interface QueryContext {
	req: ReachRequest;
	speeds: Speeds;
	bandMinutes: readonly number[];
	maxSeconds: number;
	profile: StreetProfile;
	legSpeed: number;
	ox: number;
	oy: number;
	timings: Record<string, number>;
	warnings: string[];
}

function now(): number {
	return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Straight-line fallback for a single pair (exported for the UI's labels and for tests). */
export function fallbackSeconds(
	from: { lon: number; lat: number },
	to: { lon: number; lat: number },
	speedKmh: number,
	detourFactor = 1.3
): number {
	return (haversineMeters(from.lon, from.lat, to.lon, to.lat) * detourFactor) / (speedKmh / 3.6);
}
