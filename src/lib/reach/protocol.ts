/**
 * Messages between the UI (client.ts) and the reachability worker (worker.ts). The origin in a
 * compute request is personal data: it goes to the worker and nowhere else.
 */
import type { ChainRequest, ChainTrip, CoachChainResult, TripRequest } from './coach-chains';
import type { ReachRequest, ReachResult } from './engine';
import type { ManifestSource } from './manifest';
import type { BandSummaries } from './session';
import type { TransitModel } from './transit-model';

export type WorkerRequest =
	/**
	 * fetch manifest.json and the artifacts it lists (URLs relative to the manifest); with
	 * `stopsUrl` also the named stops (a GeoJSON file) whose names every result's words use
	 */
	| { type: 'load'; id: number; manifestUrl: string; stopsUrl?: string }
	/** places (opportunities) whose minutes every result carries, in this order */
	| { type: 'setPlaces'; id: number; lon: Float64Array; lat: Float64Array }
	| { type: 'compute'; id: number; request: ReachRequest }
	/** many origins → how many places each reaches (answered by progress, then counts) */
	| { type: 'reachableCounts'; id: number; request: ManyOriginsRequest }
	/** the coach's ranked list: trip chains for every place at once (the home: personal data) */
	| { type: 'chains'; id: number; request: ChainRequest }
	/** one place step by step, there and back */
	| { type: 'trip'; id: number; request: TripRequest };

/**
 * Cumulative opportunities: from each origin (lon[i], lat[i]) the number of places (setPlaces)
 * reachable within `minutes` under `base` (mode, time, …). For grid cells, not a person's home.
 */
export interface ManyOriginsRequest {
	lon: Float64Array;
	lat: Float64Array;
	base: Omit<ReachRequest, 'origin' | 'bandMinutes'>;
	minutes: number;
}

/** A compute answer: the engine's result and its bands in figures (for the words). */
export type ReachAnswer = ReachResult & BandSummaries;

export interface LoadedInfo {
	/** 'fallback' = no street graph: walking and cycling are straight line × detour factor */
	model: 'street' | 'fallback';
	hasTransit: boolean;
	demo: boolean;
	label?: string;
	serviceDate?: string;
	/** every source to credit, one line each (OpenStreetMap, each GTFS feed's publisher) */
	sources: ManifestSource[];
	/** the transit model the figures follow, and one German sentence naming it for the view */
	transitModel: TransitModel;
	transitModelText: string;
	loadMs: number;
}

export type WorkerResponse =
	| { type: 'loaded'; id: number; info: LoadedInfo }
	| { type: 'placesSet'; id: number; count: number }
	| { type: 'result'; id: number; result: ReachAnswer }
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'counts'; id: number; counts: Int32Array; ms: number }
	/** a newer compute arrived before this one started; it was skipped */
	| { type: 'chains'; id: number; result: CoachChainResult }
	| { type: 'trip'; id: number; trip: ChainTrip }
	| { type: 'superseded'; id: number }
	| { type: 'error'; id: number; message: string };
