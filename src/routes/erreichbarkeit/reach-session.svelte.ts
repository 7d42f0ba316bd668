/**
 * The reachability worker as the page sees it: load the network once, hand it the places (again
 * after a filter change), compute a request. Only the newest answer counts: a result for an older
 * list of places is dropped, a request overtaken by a newer one ends quietly (`ReachSuperseded`).
 */
import { m } from '$lib/i18n';
import { holdServiceWorker } from '$lib/pwa/register';
import type { BandCollection } from '$lib/reach/bands';
import type { ReachClient } from '$lib/reach/client';
import type { ReachRequest } from '$lib/reach/engine';
import type { LoadedInfo, ReachAnswer } from '$lib/reach/protocol';
import { parseStopNames, type NamedPoint } from '$lib/reach/view/describe';

export class ReachSession {
	info = $state<LoadedInfo | null>(null);
	/** Raw, not a deep proxy: the bands' coordinates are read in loops and handed to MapLibre. */
	result = $state.raw<ReachAnswer | null>(null);
	computing = $state(false);
	failed = $state('');
	/** The version of the places the worker holds (0: none yet); a computation waits for it. */
	placesReady = $state(0);
	/** Demo timetable or straight-line model: the page says the figures are not real. */
	approximate = $derived(!!this.info && (this.info.demo || this.info.model === 'fallback'));

	#client: ReachClient | undefined;
	#placesVersion = 0;
	#disposed = false;

	/**
	 * Starts the worker and loads the network (the worker module is imported on demand) and the
	 * named stops the words of every result use.
	 */
	open(manifestUrl: string, stopsUrl = STOPS_URL) {
		const loading = import('$lib/reach/client')
			.then(async ({ createReachClient }) => {
				if (this.#disposed) return;
				this.#client = createReachClient();
				this.info = await this.#client.load(manifestUrl, stopsUrl);
			})
			.catch((e: Error) => (this.failed = e.message || m.reach_failed()));
		// The service worker's download of the app waits for the timetable's.
		holdServiceWorker(loading);
	}

	dispose() {
		this.#disposed = true;
		this.#client?.dispose();
		this.#client = undefined;
	}

	/** New places for the worker: the last result no longer fits them. */
	setPlaces(places: { lon: number; lat: number }[]) {
		if (!this.info || !this.#client) return;
		const version = ++this.#placesVersion;
		this.result = null;
		this.#client
			.setPlaces(
				places.map((p) => p.lon),
				places.map((p) => p.lat)
			)
			.then(() => {
				if (version === this.#placesVersion) this.placesReady = version;
			})
			.catch((e: Error) => (this.failed = e.message));
	}

	/** The result for `request` on the places of version `ready`; null if it no longer counts. */
	async compute(request: ReachRequest, ready: number): Promise<ReachAnswer | null> {
		if (!this.#client || ready <= 0) return null;
		this.computing = true;
		this.failed = '';
		try {
			const r = await this.#client.compute(request);
			if (ready !== this.#placesVersion) return null;
			this.result = r;
			this.computing = false;
			return r;
		} catch (e) {
			if ((e as Error).name === 'ReachSuperseded') return null;
			this.computing = false;
			this.failed = m.reach_failed();
			console.error('[reach]', e);
			return null;
		}
	}
}

/** West, south, east, north of the 30-minute band (or the outermost): what to fit the map to. */
export function bandsBounds(b: BandCollection): [number, number, number, number] | null {
	const outer = b.features.find((f) => f.properties.minutes === 30) ?? b.features.at(-1);
	if (!outer) return null;
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const poly of outer.geometry.coordinates)
		for (const [lon, lat] of poly[0] ?? []) {
			w = Math.min(w, lon);
			e = Math.max(e, lon);
			s = Math.min(s, lat);
			n = Math.max(n, lat);
		}
	return Number.isFinite(w) ? [w, s, e, n] : null;
}

/** Named stops: a static file, the same for everybody. */
const STOPS_URL = '/data/stops.geojson';

/** Stop names for the origin search (the worker loads its own for the words). */
export async function loadStopNames(url = STOPS_URL): Promise<NamedPoint[]> {
	try {
		const r = await fetch(url);
		return r.ok ? parseStopNames(await r.json()) : [];
	} catch {
		return [];
	}
}
