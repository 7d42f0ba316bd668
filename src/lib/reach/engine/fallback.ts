/**
 * The straight-line fallback model: no street graph (or the origin is far from it). Walking and
 * cycling are straight-line distance × detour factor at the profile's speed; transit access and
 * egress likewise. The result says so, and the UI must label it.
 */
import { BAND_GRID_MAX_CELLS, createGrid, splatPoints, type TimeGrid } from '../bands';
import type { LocalProjection } from '../geo';
import { PointIndex } from '../snap';
import type { TransitData } from '../transit';
import { latestDeparture, type ArriveByTable } from './transit-times';
import type { Access, Query, Surface } from './types';

/** Longest walk between the last stop and a destination in the fallback model. */
export const FALLBACK_EGRESS_SECONDS = 20 * 60;
export const DEFAULT_DETOUR = 1.3;

export class FallbackModel {
	placeX: Float64Array = new Float64Array(0);
	placeY: Float64Array = new Float64Array(0);
	/** candidate stops per place within the egress radius (CSR) */
	placeStopStart = new Int32Array(1);
	placeStops = new Int32Array(0);
	placeStopMeters = new Float32Array(0);

	constructor(
		readonly projection: LocalProjection,
		readonly transit: TransitData | undefined,
		readonly stopX: Float64Array,
		readonly stopY: Float64Array
	) {}

	/** @param withStops also list the stops near each place (only needed without streets) */
	setPlaces(x: Float64Array, y: Float64Array, withStops: boolean): void {
		const n = x.length;
		this.placeX = x;
		this.placeY = y;
		const start = new Int32Array(n + 1);
		const stops: number[] = [];
		const meters: number[] = [];
		if (withStops && this.transit) {
			// Generous radius: the egress time limit is applied per query with its own speed.
			const index = new PointIndex(this.stopX, this.stopY, 500);
			for (let i = 0; i < n; i++) {
				index.within(x[i], y[i], 2000, (s, d) => {
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

	start(q: Query): FallbackQuery {
		return new FallbackQuery(this, q);
	}
}

class FallbackQuery {
	/** effective straight-line speed, m/s */
	private readonly v: number;
	private readonly egressRadius: number;

	constructor(
		private readonly model: FallbackModel,
		private readonly q: Query
	) {
		this.v = q.legSpeed / (q.req.detourFactor ?? DEFAULT_DETOUR);
		this.egressRadius = FALLBACK_EGRESS_SECONDS * this.v;
	}

	access(): Access {
		const { stopX, stopY } = this.model;
		const access: Access = { stops: [], seconds: [] };
		for (let s = 0; s < stopX.length; s++) {
			const a = Math.hypot(stopX[s] - this.q.ox, stopY[s] - this.q.oy) / this.v;
			if (a <= this.q.maxSeconds) {
				access.stops.push(s);
				access.seconds.push(Math.round(a));
			}
		}
		return access;
	}

	fromStops(stopTimes?: Float64Array): Surface {
		const { stopX, stopY } = this.model;
		return {
			grid: () => {
				const grid = this.emptyGrid(stopTimes);
				if (stopTimes)
					splatPoints(grid, stopX, stopY, stopTimes, this.q.maxSeconds, this.egressRadius, this.v);
				return grid;
			},
			placeMinutes: () => this.places((s, e) => (stopTimes ? stopTimes[s] + e : Infinity))
		};
	}

	/** Arrive by: per cell / place the latest departure, found by binary search per stop. */
	arriveBy(table: ArriveByTable): Surface {
		const budget = Float64Array.from(
			{ length: this.model.stopX.length },
			(_, s) => table.deadline - latestDeparture(table, s, table.deadline)
		);
		return {
			grid: () => {
				const grid = this.emptyGrid(budget);
				this.arriveByGrid(grid, table);
				return grid;
			},
			placeMinutes: () =>
				this.places((s, e) => table.deadline - latestDeparture(table, s, table.deadline - e))
		};
	}

	/** A grid around the origin's walk, widened by the egress radius of every stop reached. */
	private emptyGrid(stopTimes: Float64Array | undefined): TimeGrid {
		const { ox, oy, maxSeconds } = this.q;
		const { stopX, stopY } = this.model;
		const v = this.v;
		const r = this.egressRadius;
		const box = {
			minX: ox - maxSeconds * v,
			minY: oy - maxSeconds * v,
			maxX: ox + maxSeconds * v,
			maxY: oy + maxSeconds * v
		};
		if (stopTimes)
			for (let s = 0; s < stopTimes.length; s++) {
				if (!(stopTimes[s] <= maxSeconds)) continue;
				box.minX = Math.min(box.minX, stopX[s] - r);
				box.maxX = Math.max(box.maxX, stopX[s] + r);
				box.minY = Math.min(box.minY, stopY[s] - r);
				box.maxY = Math.max(box.maxY, stopY[s] + r);
			}
		const grid = createGrid(this.model.projection, box, 50, BAND_GRID_MAX_CELLS);
		splatPoints(grid, [ox], [oy], [0], maxSeconds, Infinity, v);
		return grid;
	}

	private arriveByGrid(grid: TimeGrid, a: ArriveByTable): void {
		const { minX, minY, cell, width, height, values } = grid;
		const { stopX, stopY } = this.model;
		const radius = this.egressRadius;
		for (let s = 0; s < stopX.length; s++) {
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
					const need = a.deadline - latestDeparture(a, s, a.deadline - d / this.v);
					if (need <= this.q.maxSeconds && need < values[j * width + i])
						values[j * width + i] = need;
				}
		}
	}

	/** Minutes per place: straight line from the origin, or via a stop (`viaStop(stop, egress s)`). */
	private places(viaStop: (stop: number, egressSeconds: number) => number): Float32Array {
		const m = this.model;
		const { ox, oy, maxSeconds } = this.q;
		const n = m.placeX.length;
		const out = new Float32Array(n);
		for (let i = 0; i < n; i++) {
			let best = Math.hypot(m.placeX[i] - ox, m.placeY[i] - oy) / this.v;
			for (let k = m.placeStopStart[i]; k < m.placeStopStart[i + 1]; k++) {
				const e = m.placeStopMeters[k] / this.v;
				if (e > FALLBACK_EGRESS_SECONDS) continue;
				const total = viaStop(m.placeStops[k], e);
				if (total < best) best = total;
			}
			out[i] = best <= maxSeconds ? best / 60 : NaN;
		}
		return out;
	}
}
