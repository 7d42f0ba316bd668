/**
 * What the worker holds: the loaded artifacts and the engine. Kept free of worker globals so it
 * runs (and is tested) in Node too.
 */
import { decodeStreets, decodeTransit } from './codec';
import {
	CoachChains,
	type ChainRequest,
	type ChainTrip,
	type CoachChainResult,
	type SundaySource,
	type TripRequest
} from './coach-chains';
import { ReachEngine, type ReachRequest, type ReachResult } from './engine';
import { isReachManifest, sundayMissing, type ReachManifest } from './manifest';
import type { LoadedInfo, ManyOriginsRequest } from './protocol';
import { describeTransitModel, transitModelFrom } from './transit-model';
import { parseStopNames, summariseBands, type BandSummary, type NamedPoint } from './view/describe';

/** The bands in figures for the words beside the map, computed where the bands are. */
export interface BandSummaries {
	summaries: BandSummary[];
	/** for bandsWorst / placeMinutesWorst, when the result has them */
	summariesWorst?: BandSummary[];
}

export type FetchLike = (url: string) => Promise<{
	ok: boolean;
	status: number;
	json(): Promise<unknown>;
	arrayBuffer(): Promise<ArrayBuffer>;
}>;

export class ReachSession {
	private engine?: ReachEngine;
	private manifest?: ReachManifest;
	private places?: { lon: Float64Array; lat: Float64Array };
	private coach?: CoachChains;
	private stops: NamedPoint[] = [];
	/** the Sunday timetable, fetched the first time a list needs it (weekend hours) */
	private sunday?: Promise<SundaySource>;
	private fetchFile?: (path: string) => Promise<Uint8Array>;

	private chainEngine(): CoachChains {
		if (!this.engine || !this.manifest) throw new Error('reach data not loaded yet');
		if (!this.engine.transit) throw new Error('no timetable loaded');
		this.coach ??= new CoachChains(this.engine.transit, this.engine.transitModel);
		return this.coach;
	}

	/**
	 * The coach's ranked list: trip chains for every place at once (coach-chains.ts). Weekend
	 * hours in the list (and not declined with `sunday: false`) fetch the Sunday timetable once;
	 * the reachability view and lists without weekend hours never download it.
	 */
	async chains(request: ChainRequest): Promise<CoachChainResult> {
		checkLonLat(request.home);
		if (request.kita) checkLonLat(request.kita);
		const engine = this.chainEngine();
		const needed = request.sunday !== false && request.weekend.some((w) => w !== 0);
		return engine.compute(request, needed ? await this.sundaySource() : undefined);
	}

	/** Whether the Sunday timetable has been fetched (or asked for). */
	get sundayRequested(): boolean {
		return this.sunday !== undefined;
	}

	private sundaySource(): Promise<SundaySource> {
		const manifest = this.manifest;
		const engine = this.engine;
		const get = this.fetchFile;
		if (!manifest || !engine || !get) throw new Error('reach data not loaded yet');
		const info = manifest.sunday;
		const file = manifest.files.sunday;
		this.sunday ??= (async (): Promise<SundaySource> => {
			if (!file || !info) return { kind: 'missing', date: info?.date, feeds: sundayMissing(info) };
			try {
				const { transit } = decodeTransit(await get(file.path));
				return {
					kind: 'timetable',
					date: info.date,
					chains: new CoachChains(transit, engine.transitModel)
				};
			} catch (e) {
				// not kept: the next list tries again
				this.sunday = undefined;
				console.warn('[reach] Sunday timetable:', (e as Error).message);
				return { kind: 'missing', date: info.date, feeds: [] };
			}
		})();
		return this.sunday;
	}

	/** One place step by step, there and back. */
	trip(request: TripRequest): ChainTrip {
		checkLonLat(request.home);
		checkLonLat(request.place);
		return this.chainEngine().trip(request);
	}

	async load(manifestUrl: string, fetchFn: FetchLike): Promise<LoadedInfo> {
		const started = Date.now();
		const res = await fetchFn(manifestUrl);
		if (!res.ok) throw new Error(`cannot load ${manifestUrl} (HTTP ${res.status})`);
		const manifest = await res.json();
		if (!isReachManifest(manifest)) throw new Error(`${manifestUrl} is not a reach manifest`);
		const base = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
		const get = async (path: string) => {
			const r = await fetchFn(base + path);
			if (!r.ok) throw new Error(`cannot load ${base + path} (HTTP ${r.status})`);
			return new Uint8Array(await r.arrayBuffer());
		};
		this.fetchFile = get;
		this.sunday = undefined;
		const [streetsBytes, transitBytes] = await Promise.all([
			manifest.files.streets ? get(manifest.files.streets.path) : undefined,
			manifest.files.transit ? get(manifest.files.transit.path) : undefined
		]);
		const streets = streetsBytes ? decodeStreets(streetsBytes).graph : undefined;
		const decoded = transitBytes ? decodeTransit(transitBytes) : undefined;
		const transitModel = transitModelFrom(manifest.transitModel);
		this.engine = new ReachEngine({ streets, transit: decoded?.transit, transitModel });
		this.coach = undefined;
		this.manifest = manifest;
		if (this.places) this.engine.setPlaces(this.places.lon, this.places.lat);
		return {
			model: this.engine.model,
			hasTransit: decoded !== undefined,
			demo: manifest.demo,
			label: manifest.label,
			serviceDate: manifest.serviceDate,
			sources: manifest.sources,
			transitModel,
			transitModelText: describeTransitModel(transitModel, 'de'),
			loadMs: Date.now() - started
		};
	}

	setPlaces(lon: Float64Array, lat: Float64Array): number {
		if (lon.length !== lat.length) throw new Error('lon and lat differ in length');
		this.places = { lon, lat };
		this.engine?.setPlaces(lon, lat);
		return lon.length;
	}

	/** Cumulative opportunities from many origins (not personal data: grid cells, say). */
	reachableCounts(request: ManyOriginsRequest, onProgress?: (done: number) => void): Int32Array {
		if (!this.engine || !this.manifest) throw new Error('reach data not loaded yet');
		const { lon, lat, base, minutes } = request;
		if (lon.length !== lat.length) throw new Error('lon and lat differ in length');
		if (!(minutes > 0 && minutes <= 120)) throw new Error('minutes must be in (0, 120]');
		return this.engine.reachableCounts(lon, lat, base, minutes, onProgress);
	}

	/** The named stops the words use as landmarks; none if the file cannot be had. */
	async loadStops(url: string, fetchFn: FetchLike): Promise<number> {
		try {
			const res = await fetchFn(url);
			this.stops = res.ok ? parseStopNames(await res.json()) : [];
		} catch {
			this.stops = [];
		}
		return this.stops.length;
	}

	/**
	 * Per band: places within it, how far it reaches, the farthest stop inside. Point-in-polygon
	 * over every stop: tenths of a second on a cheap phone, so it runs here, not on the page.
	 */
	summarise(result: ReachResult, origin: { lon: number; lat: number }): BandSummaries {
		return {
			summaries: summariseBands(result.bands, result.placeMinutes, origin, this.stops),
			...(result.bandsWorst && result.placeMinutesWorst
				? {
						summariesWorst: summariseBands(
							result.bandsWorst,
							result.placeMinutesWorst,
							origin,
							this.stops
						)
					}
				: {})
		};
	}

	compute(request: ReachRequest): ReachResult {
		if (!this.engine || !this.manifest) throw new Error('reach data not loaded yet');
		checkLonLat(request.origin);
		return this.engine.compute(request);
	}
}

function checkLonLat(o: { lon: number; lat: number }): void {
	if (!Number.isFinite(o.lon) || !Number.isFinite(o.lat) || Math.abs(o.lat) > 90)
		throw new Error('origin is not a valid lon/lat');
}
