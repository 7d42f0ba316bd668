/**
 * The map page without a connection: its filters and search run on the phone. While online the
 * page asks for the device snapshot now and then (/api/places/device; the service worker keeps
 * the last one); offline, a change of filters computes the page's data from that snapshot
 * ($lib/places/device, the server's rules) instead of asking the server, and the URL follows as
 * usual. The URL parser (zod) is loaded only then, from the cached build.
 */
import { PROGRAMME_BBOX } from '$lib/region';
import { getLocale } from '$lib/i18n/paraglide/runtime';
import type { DeviceSnapshot } from '$lib/places/device/snapshot';
import type { MapQuery, IgnoredParam } from '$lib/places/url-state';
import type { PlaceOnMap } from '$lib/places/place';

export const SNAPSHOT_URL = '/api/places/device';
/** The service worker's cache of the snapshot (src/service-worker.ts). */
export const SNAPSHOT_CACHE = 'device-v1';
/** A snapshot younger than this is not fetched again. */
const FRESH_MS = 10 * 60 * 1000;

export interface DevicePage {
	places: PlaceOnMap[];
	total: number;
	truncated: boolean;
	counts: Record<string, Record<string, number>>;
	openCount: number;
	query: MapQuery;
	ignored: IgnoredParam[];
	/** The times the snapshot knows opening hours for (the "open at" picker's bounds). */
	openRange: { min: string; max: string; lastDay: string };
	/** The chosen "open at" lies beyond them: the page says so. */
	openBeyond: boolean;
}

export class DevicePlaces {
	/** The device's answer for `url` while offline; null: the server's answer stands. */
	page = $state<DevicePage | null>(null);
	/** The URL the device's answer is for (page.url does not follow a shallow history entry). */
	url = $state<URL | null>(null);
	#snapshot: DeviceSnapshot | null = null;

	/** Keeps the service worker's copy fresh (only where a service worker controls the page). */
	async warm() {
		if (!navigator.onLine || !navigator.serviceWorker?.controller || !('caches' in window)) return;
		const cached = await (await caches.open(SNAPSHOT_CACHE)).match(SNAPSHOT_URL);
		const date = Date.parse(cached?.headers.get('date') ?? '');
		if (cached && Date.now() - date < FRESH_MS) return;
		await fetch(SNAPSHOT_URL).catch(() => {});
	}

	async #load(): Promise<DeviceSnapshot | null> {
		if (this.#snapshot) return this.#snapshot;
		try {
			const response = await fetch(SNAPSHOT_URL);
			if (!response.ok) return null;
			this.#snapshot = (await response.json()) as DeviceSnapshot;
		} catch {
			return null;
		}
		return this.#snapshot;
	}

	/**
	 * The page's data for `url` from the snapshot; false when there is none (never online with the
	 * service worker): the caller then leaves things as they are.
	 */
	async show(url: URL): Promise<boolean> {
		const snapshot = await this.#load();
		if (!snapshot) return false;
		const [{ parseMapQuery }, { devicePageData }] = await Promise.all([
			import('$lib/places/url-parse'),
			import('$lib/places/device/page-data')
		]);
		const { query, ignored } = parseMapQuery(url.searchParams);
		const data = devicePageData(snapshot, PROGRAMME_BBOX, query, getLocale());
		this.page = { ...data, query, ignored };
		this.url = url;
		return true;
	}

	/** Online again: the server's answers stand. */
	clear() {
		this.page = null;
		this.url = null;
		this.#snapshot = null;
	}
}
