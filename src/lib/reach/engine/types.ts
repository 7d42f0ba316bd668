/** The engine's request and result shapes, and what one query carries through the models. */
import type { BandCollection, TimeGrid } from '../bands';
import type { Speeds, StreetGraph, StreetProfile } from '../street-graph';
import type { TransitData } from '../transit';
import type { TransitModel } from '../transit-model';

/** How the reader travels, in the order the view offers them. */
export const REACH_MODES = ['walk', 'wheelchair', 'bike', 'transit'] as const;
export type ReachMode = (typeof REACH_MODES)[number];
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
	/** slack, vehicle limit, transfers (default DEFAULT_TRANSIT_MODEL; the manifest's when built) */
	transitModel?: TransitModel;
}

export const DEFAULT_DEPARTURE: ReachTime = { kind: 'depart', seconds: 7.5 * 3600 };

/** One compute call as the models see it. */
export interface Query {
	req: ReachRequest;
	speeds: Speeds;
	bandMinutes: readonly number[];
	maxSeconds: number;
	profile: StreetProfile;
	/** speed of walking-type legs (the profile's), m/s */
	legSpeed: number;
	/** origin in the engine's projection, metres */
	ox: number;
	oy: number;
	timings: Record<string, number>;
	warnings: string[];
}

/** Walks from the origin to stops: the input of every transit search. */
export interface Access {
	stops: number[];
	seconds: number[];
}

/**
 * Travel times from one origin as a model holds them: a grid for the bands and minutes per place.
 * Built once per statistic (typical, worst).
 */
export interface Surface {
	grid(): TimeGrid;
	/** minutes per place, NaN beyond maxSeconds */
	placeMinutes(): Float32Array;
}

export function now(): number {
	return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
