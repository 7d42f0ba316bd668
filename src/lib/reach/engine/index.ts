/**
 * The reachability engine: one origin → travel time per street node, isochrone bands and minutes
 * per place, for walking, wheelchair/stroller, bike and public transport. Pure computation on
 * loaded artifacts; the web worker wraps it. The origin is personal data: this module never
 * stores it beyond a call and never sends it anywhere.
 *
 * A thin front over two models ('street' in street.ts, the straight-line 'fallback' in
 * fallback.ts) and the transit time modes (transit-times.ts); the result is put together here,
 * once for every model and time mode.
 */
import { DEFAULT_BANDS, gridToBands } from '../bands';
import { haversineMeters, localProjection, projectX, projectY, type LocalProjection } from '../geo';
import { DEFAULT_SPEEDS, type Speeds, type StreetProfile } from '../street-graph';
import type { TransitData } from '../transit';
import { DEFAULT_TRANSIT_MODEL, type TransitModel } from '../transit-model';
import { DEFAULT_DETOUR, FallbackModel } from './fallback';
import { StreetModel } from './street';
import { REGION } from '../../region';
import { TransitTimes } from './transit-times';
import {
	DEFAULT_DEPARTURE,
	now,
	type Query,
	type ReachData,
	type ReachModel,
	type ReachRequest,
	type ReachResult,
	type Surface
} from './types';

export type {
	ReachData,
	ReachMode,
	ReachModel,
	ReachRequest,
	ReachResult,
	ReachTime
} from './types';

export class ReachEngine {
	readonly transit?: TransitData;
	readonly transitModel: TransitModel;
	private readonly projection: LocalProjection;
	private readonly street?: StreetModel;
	private readonly fallback: FallbackModel;
	private readonly transitTimes?: TransitTimes;
	private placeCountValue = 0;

	constructor(data: ReachData) {
		this.transit = data.transit;
		this.transitModel = data.transitModel ?? { ...DEFAULT_TRANSIT_MODEL };
		const t = data.transit;
		if (data.streets) this.projection = data.streets.projection;
		else if (t && t.stopCount > 0) this.projection = localProjection(t.stopLon[0], t.stopLat[0]);
		else this.projection = localProjection(REGION.centre.lon, REGION.centre.lat);
		const stopX = t ? Float64Array.from(t.stopLon, (v) => projectX(this.projection, v)) : undefined;
		const stopY = t ? Float64Array.from(t.stopLat, (v) => projectY(this.projection, v)) : undefined;
		if (t) this.transitTimes = new TransitTimes(t, this.transitModel);
		const sx = stopX ?? new Float64Array(0);
		const sy = stopY ?? new Float64Array(0);
		if (data.streets) this.street = new StreetModel(data.streets, t, sx, sy);
		this.fallback = new FallbackModel(this.projection, t, sx, sy);
	}

	get streets() {
		return this.street?.streets;
	}

	get model(): ReachModel {
		return this.street ? 'street' : 'fallback';
	}

	get placeCount(): number {
		return this.placeCountValue;
	}

	/** Places for every result (snapped per profile on first use, or nearby stops without streets). */
	setPlaces(lon: ArrayLike<number>, lat: ArrayLike<number>): void {
		const n = lon.length;
		const x = Float64Array.from({ length: n }, (_, i) => projectX(this.projection, lon[i]));
		const y = Float64Array.from({ length: n }, (_, i) => projectY(this.projection, lat[i]));
		this.street?.setPlaces(x, y);
		// With streets, egress runs on the graph; the fallback only needs its stop lists without.
		this.fallback.setPlaces(x, y, !this.street);
		this.placeCountValue = n;
	}

	/** One query up to its surfaces (typical and, over a window, worst): everything but bands. */
	private surfaces(req: ReachRequest) {
		const speeds: Speeds = { ...DEFAULT_SPEEDS, ...req.speeds };
		const bandMinutes = req.bandMinutes?.length ? req.bandMinutes : DEFAULT_BANDS;
		const profile: StreetProfile =
			req.mode === 'transit' ? (req.accessible ? 'wheelchair' : 'walk') : req.mode;
		const q: Query = {
			req,
			speeds,
			bandMinutes,
			maxSeconds: Math.max(...bandMinutes) * 60,
			profile,
			legSpeed: speeds[profile] / 3.6,
			ox: projectX(this.projection, req.origin.lon),
			oy: projectY(this.projection, req.origin.lat),
			timings: {},
			warnings: []
		};
		if (req.mode === 'transit' && !this.transitTimes) q.warnings.push('no timetable loaded');

		const streetQuery = this.street?.start(q);
		const query = streetQuery ?? this.fallback.start(q);
		const model: ReachModel = streetQuery ? 'street' : 'fallback';

		let statistic: ReachResult['statistic'] = 'single';
		let typical: Surface;
		let worst: Surface | undefined;
		if (req.mode === 'transit' && this.transitTimes) {
			const tt = this.transitTimes;
			const time = req.time ?? DEFAULT_DEPARTURE;
			const access = query.access();
			let t = now();
			if (time.kind === 'depart' && !time.windowMinutes) {
				const stopTimes = tt.depart(q, access, time.seconds);
				q.timings.transit = now() - t;
				t = now();
				typical = query.fromStops(stopTimes);
			} else if (time.kind === 'depart') {
				statistic = 'median';
				const stats = tt.window(q, access, time.seconds, time.windowMinutes ?? 60);
				q.timings.transit = now() - t;
				t = now();
				typical = query.fromStops(stats.median);
				worst = query.fromStops(stats.worst);
			} else {
				statistic = 'arrive-by';
				const table = tt.arriveBy(q, access, time.seconds);
				q.timings.transit = now() - t;
				t = now();
				typical = query.arriveBy(table);
			}
			q.timings.egress = now() - t;
		} else typical = query.fromStops(undefined);
		return { q, model, statistic, typical, worst };
	}

	compute(req: ReachRequest): ReachResult {
		const t0 = now();
		const { q, model, statistic, typical, worst } = this.surfaces(req);

		let t = now();
		const bands = gridToBands(typical.grid(), q.bandMinutes);
		const bandsWorst =
			worst && req.worstBands ? gridToBands(worst.grid(), q.bandMinutes) : undefined;
		q.timings.bands = now() - t;
		t = now();
		const placeMinutes = typical.placeMinutes();
		const placeMinutesWorst = worst?.placeMinutes();
		q.timings.places = now() - t;
		q.timings.total = now() - t0;
		return {
			mode: req.mode,
			model,
			statistic,
			bands,
			bandsWorst,
			placeMinutes,
			placeMinutesWorst,
			timings: q.timings,
			warnings: q.warnings
		};
	}

	/**
	 * Cumulative opportunities for many origins: per origin, how many places (setPlaces) are
	 * reachable within `minutes`. Each origin runs the same query as compute() (request without
	 * its origin, cut off at `minutes`), only without tracing bands. `onProgress(done)` is called
	 * every `every` origins.
	 */
	reachableCounts(
		lon: ArrayLike<number>,
		lat: ArrayLike<number>,
		base: Omit<ReachRequest, 'origin' | 'bandMinutes'>,
		minutes: number,
		onProgress?: (done: number) => void,
		every = 16
	): Int32Array {
		const counts = new Int32Array(lon.length);
		for (let i = 0; i < lon.length; i++) {
			const { typical } = this.surfaces({
				...base,
				origin: { lon: lon[i], lat: lat[i] },
				bandMinutes: [minutes]
			});
			const pm = typical.placeMinutes();
			let n = 0;
			for (let k = 0; k < pm.length; k++) if (pm[k] <= minutes) n++;
			counts[i] = n;
			if (onProgress && ((i + 1) % every === 0 || i + 1 === lon.length)) onProgress(i + 1);
		}
		return counts;
	}
}

/** Straight-line fallback for a single pair (exported for the UI's labels and for tests). */
export function fallbackSeconds(
	from: { lon: number; lat: number },
	to: { lon: number; lat: number },
	speedKmh: number,
	detourFactor = DEFAULT_DETOUR
): number {
	return (haversineMeters(from.lon, from.lat, to.lon, to.lat) * detourFactor) / (speedKmh / 3.6);
}
