/**
 * The reachability view's settings: origin, mode, time and speeds. They are kept on this device
 * only (localStorage, and the origin in the URL fragment), never sent. What comes back from
 * storage is checked field by field by hand: a bad or outdated field falls back to its default
 * and the rest still applies. (Not zod/mini: its 14 kB gzip were in the page's first download
 * for eight fields, on the phone that opens a coach's link; issue 12, point 10.)
 */
import { m } from '$lib/i18n';
import { REGION } from '$lib/region';
import type { ReachMode, ReachRequest, ReachResult } from '$lib/reach/engine';
import {
	isOrigin,
	parseClock,
	parseOriginHash,
	roundOrigin,
	type Origin,
	type StoredMinutes
} from '$lib/reach/view/origin';
import {
	formatReachQuery,
	LINK_MODES,
	parseReachQuery,
	TIME_KINDS,
	type LinkTimeKind
} from '$lib/reach/view/link';

export type TimeKind = LinkTimeKind;
export type Profile = 'walk' | 'wheelchair' | 'bike';

export const MODES: { id: ReachMode; label: () => string }[] = [
	{ id: 'walk', label: m.reach_mode_walk },
	{ id: 'wheelchair', label: m.reach_mode_wheelchair },
	{ id: 'bike', label: m.reach_mode_bike },
	{ id: 'transit', label: m.reach_mode_transit }
];
export const SPEED_RANGE: Record<Profile, { min: number; max: number; step: number }> = {
	walk: { min: 2, max: 7, step: 0.5 },
	wheelchair: { min: 1.5, max: 6, step: 0.3 },
	bike: { min: 6, max: 25, step: 1 }
};
export const SPEED_LABEL: Record<Profile, () => string> = {
	walk: m.reach_speed_walk,
	wheelchair: m.reach_speed_wheelchair,
	bike: m.reach_speed_bike
};

/** What the settings look like in localStorage, each field dropped when it is missing or wrong. */
export interface StoredSettings {
	origin?: Origin;
	originName?: string;
	mode?: ReachMode;
	accessible?: boolean;
	timeKind?: TimeKind;
	clock?: string;
	worst?: boolean;
	speeds?: Partial<Record<Profile, number>>;
}

const oneOf = <T>(list: readonly T[], v: unknown): T | undefined =>
	list.includes(v as T) ? (v as T) : undefined;
const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
const isRecord = (v: unknown): v is Record<string, unknown> =>
	!!v && typeof v === 'object' && !Array.isArray(v);

/** The stored settings' valid fields (nothing for anything but an object). */
export function readStoredSettings(raw: unknown): StoredSettings {
	if (!isRecord(raw)) return {};
	const speeds: Partial<Record<Profile, number>> = {};
	if (isRecord(raw.speeds))
		for (const p of ['walk', 'wheelchair', 'bike'] as const) {
			const v = raw.speeds[p];
			const range = SPEED_RANGE[p];
			if (typeof v === 'number' && v >= range.min && v <= range.max) speeds[p] = v;
		}
	return {
		origin: isOrigin(raw.origin) ? raw.origin : undefined,
		originName: typeof raw.originName === 'string' ? raw.originName : undefined,
		mode: oneOf(LINK_MODES, raw.mode),
		accessible: bool(raw.accessible),
		timeKind: oneOf(TIME_KINDS, raw.timeKind),
		clock: typeof raw.clock === 'string' && parseClock(raw.clock) !== null ? raw.clock : undefined,
		worst: bool(raw.worst),
		speeds
	};
}

export class ReachSettings {
	origin = $state<Origin | null>(null);
	originName = $state('');
	mode = $state<ReachMode>('transit');
	/** Transit with step-free stops and walks only. */
	accessible = $state(false);
	timeKind = $state<TimeKind>('depart');
	/** region.json `defaultDepartureTime` until someone changes it. */
	clock = $state(REGION.defaultDepartureTime);
	/** In a window: the worst minute instead of the typical one. */
	worst = $state(false);
	speeds = $state({ walk: 4.5, wheelchair: 3.6, bike: 15 });

	/** Whose speed the slider sets: transit is walked to (or rolled to, accessible). */
	profile: Profile = $derived(
		this.mode === 'transit' ? (this.accessible ? 'wheelchair' : 'walk') : (this.mode as Profile)
	);

	/** What the worker computes; null without an origin. */
	request: ReachRequest | null = $derived.by(() => {
		if (!this.origin) return null;
		const seconds = parseClock(this.clock) ?? parseClock(REGION.defaultDepartureTime) ?? 0;
		return {
			origin: { lon: this.origin.lon, lat: this.origin.lat },
			mode: this.mode,
			accessible: this.mode === 'transit' && this.accessible,
			time:
				this.timeKind === 'arrive'
					? { kind: 'arrive', seconds }
					: {
							kind: 'depart',
							seconds,
							...(this.timeKind === 'window' ? { windowMinutes: 60 } : {})
						},
			worstBands: this.timeKind === 'window',
			speeds: { ...this.speeds }
		};
	});

	setOrigin(o: Origin, name: string) {
		this.origin = roundOrigin(o);
		this.originName = name;
	}

	/**
	 * The settings from storage (JSON as stored, or null), then those the URL query names and the
	 * origin from the URL fragment, which win (a link someone sent). Never throws.
	 */
	restore(stored: string | null, hash: string, search = '') {
		let raw: unknown = null;
		try {
			raw = JSON.parse(stored ?? 'null');
		} catch {
			/* not JSON: nothing stored that we can read */
		}
		const v = readStoredSettings(raw);
		if (v.mode) this.mode = v.mode;
		if (v.accessible !== undefined) this.accessible = v.accessible;
		if (v.timeKind) this.timeKind = v.timeKind;
		if (v.clock) this.clock = v.clock;
		if (v.worst !== undefined) this.worst = v.worst;
		for (const p of ['walk', 'wheelchair', 'bike'] as const) {
			const speed = v.speeds?.[p];
			if (speed !== undefined) this.speeds[p] = speed;
		}
		if (v.origin) this.setOrigin(v.origin, v.originName ?? '');
		const fromQuery = parseReachQuery(search);
		if (fromQuery.mode) this.mode = fromQuery.mode;
		if (fromQuery.accessible !== undefined) this.accessible = fromQuery.accessible;
		if (fromQuery.timeKind) this.timeKind = fromQuery.timeKind;
		if (fromQuery.clock) this.clock = fromQuery.clock;
		if (fromQuery.worst !== undefined) this.worst = fromQuery.worst;
		if (fromQuery.speeds) Object.assign(this.speeds, fromQuery.speeds);
		const fromHash = parseOriginHash(hash);
		if (fromHash && (fromHash.lat !== this.origin?.lat || fromHash.lon !== this.origin?.lon))
			this.setOrigin(fromHash, m.reach_origin_point());
	}

	/** `search` (the filters) with every setting but the origin written in: the link's query. */
	linkQuery(search: string): string {
		return formatReachQuery(
			{
				mode: this.mode,
				accessible: this.accessible,
				timeKind: this.timeKind,
				clock: this.clock,
				worst: this.worst,
				speeds: { ...this.speeds }
			},
			search
		);
	}

	/** The settings as stored (reads every field: an effect that calls this follows them all). */
	serialise(): string {
		return JSON.stringify({
			origin: this.origin,
			originName: this.originName,
			mode: this.mode,
			accessible: this.accessible,
			timeKind: this.timeKind,
			clock: this.clock,
			worst: this.worst,
			speeds: { ...this.speeds }
		});
	}
}

/** Minutes per place id from a result, as the place pages read them (on this device only). */
export function storedMinutes(
	r: ReachResult,
	places: { id: string }[],
	approximate: boolean
): StoredMinutes {
	const perPlace: Record<string, number> = {};
	places.forEach((p, i) => {
		const v = r.placeMinutes[i];
		if (Number.isFinite(v)) perPlace[p.id] = Math.round(v);
	});
	// A timestamp, not state: nothing reacts to it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return { at: new Date().toISOString(), mode: r.mode, approximate, minutes: perPlace };
}

/** localStorage, where there is one (private mode may refuse): never throws. */
export const deviceStorage = {
	get(key: string): string | null {
		try {
			return localStorage.getItem(key);
		} catch {
			return null;
		}
	},
	set(key: string, value: string) {
		try {
			localStorage.setItem(key, value);
		} catch {
			/* storage may be unavailable */
		}
	},
	remove(key: string) {
		try {
			localStorage.removeItem(key);
		} catch {
			/* storage may be unavailable */
		}
	}
};
