/**
 * What the UI calls. All computation happens in the worker; the origin is posted to the worker
 * only.
 *
 *   const reach = createReachClient();
 *   const info = await reach.load('/reach/manifest.json');   // info.demo / info.model for labels
 *   await reach.setPlaces(lons, lats);
 *   const r = await reach.compute({ origin, mode: 'transit', time: { kind: 'depart', seconds: 27000 } });
 *   // r.bands (GeoJSON, 10/20/30/45 min), r.placeMinutes[i], r.model ('fallback' → say so)
 *
 * compute() rejects with a ReachSuperseded error when a newer compute replaced it.
 */
import type { ChainRequest, ChainTrip, CoachChainResult, TripRequest } from './coach-chains';
import type { ReachRequest } from './engine';
import type {
	LoadedInfo,
	ManyOriginsRequest,
	ReachAnswer,
	WorkerRequest,
	WorkerResponse
} from './protocol';

export interface WorkerLike {
	postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
	onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null;
	terminate(): void;
}

export class ReachSuperseded extends Error {
	constructor() {
		super('superseded by a newer request');
		this.name = 'ReachSuperseded';
	}
}

export interface ReachClient {
	/** `stopsUrl`: the named stops every compute answer's words use (see ReachAnswer) */
	load(manifestUrl?: string, stopsUrl?: string): Promise<LoadedInfo>;
	setPlaces(lon: ArrayLike<number>, lat: ArrayLike<number>): Promise<number>;
	compute(request: ReachRequest): Promise<ReachAnswer>;
	/** Cumulative opportunities from many origins; `onProgress(done, total)` while it runs. */
	reachableCounts(
		request: ManyOriginsRequest,
		onProgress?: (done: number, total: number) => void
	): Promise<{ counts: Int32Array; ms: number }>;
	/** the coach's ranked list (the home goes to the worker only) */
	chains(request: ChainRequest): Promise<CoachChainResult>;
	trip(request: TripRequest): Promise<ChainTrip>;
	dispose(): void;
}

type Pending = { resolve: (v: never) => void; reject: (e: Error) => void };

export function createReachClient(worker?: WorkerLike): ReachClient {
	const w: WorkerLike =
		worker ??
		(new Worker(new URL('./worker.ts', import.meta.url), {
			type: 'module'
		}) as unknown as WorkerLike);
	let nextId = 1;
	const pending = new Map<number, Pending>();
	const progress = new Map<number, (done: number, total: number) => void>();
	w.onmessage = (ev) => {
		const msg = ev.data;
		if (msg.type === 'progress') {
			progress.get(msg.id)?.(msg.done, msg.total);
			return;
		}
		progress.delete(msg.id);
		const p = pending.get(msg.id);
		if (!p) return;
		pending.delete(msg.id);
		if (msg.type === 'error') p.reject(new Error(msg.message));
		else if (msg.type === 'superseded') p.reject(new ReachSuperseded());
		else if (msg.type === 'loaded') (p.resolve as (v: LoadedInfo) => void)(msg.info);
		else if (msg.type === 'placesSet') (p.resolve as (v: number) => void)(msg.count);
		else if (msg.type === 'counts')
			(p.resolve as (v: { counts: Int32Array; ms: number }) => void)({
				counts: msg.counts,
				ms: msg.ms
			});
		else if (msg.type === 'chains') (p.resolve as (v: CoachChainResult) => void)(msg.result);
		else if (msg.type === 'trip') (p.resolve as (v: ChainTrip) => void)(msg.trip);
		else (p.resolve as (v: ReachAnswer) => void)(msg.result);
	};
	function send<T>(msg: WorkerRequest, transfer?: Transferable[]): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			pending.set(msg.id, { resolve: resolve as (v: never) => void, reject });
			w.postMessage(msg, transfer);
		});
	}
	return {
		load: (manifestUrl = '/reach/manifest.json', stopsUrl) =>
			send<LoadedInfo>({ type: 'load', id: nextId++, manifestUrl, stopsUrl }),
		setPlaces: (lon, lat) => {
			const lonA = Float64Array.from(lon);
			const latA = Float64Array.from(lat);
			return send<number>({ type: 'setPlaces', id: nextId++, lon: lonA, lat: latA }, [
				lonA.buffer,
				latA.buffer
			]);
		},
		compute: (request) => send<ReachAnswer>({ type: 'compute', id: nextId++, request }),
		reachableCounts: (request, onProgress) => {
			const id = nextId++;
			if (onProgress) progress.set(id, onProgress);
			return send({ type: 'reachableCounts', id, request });
		},
		chains: (request) => send<CoachChainResult>({ type: 'chains', id: nextId++, request }),
		trip: (request) => send<ChainTrip>({ type: 'trip', id: nextId++, request }),
		dispose: () => {
			w.terminate();
			for (const p of pending.values()) p.reject(new Error('reach client disposed'));
			pending.clear();
			progress.clear();
		}
	};
}
