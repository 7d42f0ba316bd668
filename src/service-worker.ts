/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support for a quarter office with flaky WLAN:
 * - the app shell (built JS/CSS) and static files (icons, manifest, /data/*.geojson boundaries and
 *   stops) are cached at install;
 * - pages and /api/places: network first (fresh data when there is a connection), the last good
 *   answer from the cache when not — the page then shows its offline banner;
 * - the device snapshot (/api/places/device): network first, kept in a cache of its own, so the
 *   map page filters and searches on the phone when offline (src/routes/device-places.svelte.ts);
 * - the reachability view's artifacts (/reach/*, /addresses/*): network first, in a cache of their
 *   own, so the view works offline after one visit (its worker's script is part of the build);
 * - the region's basemap (PMTiles archive, read with Range requests, and its label glyphs):
 *   network first; the first time the archive is used on a good connection (not Save-Data, not
 *   cellular, not 2G) the worker keeps, in the background and within a byte budget, the ranges
 *   that draw the programme areas at z12–z16 (src/lib/map/basemap-offline.ts) and the glyphs, and
 *   answers Range requests from them when the network fails; the rest of the city on demand;
 * - any other page opened without a connection that is not saved here: the offline page
 *   (/offline, inside the app's layout), kept in the language of the pages last seen;
 * - everything else goes to the network untouched (sign-in, forms, other people's routes).
 */
import { build, files, version } from '$service-worker';
import { REGION } from '$lib/region';
import {
	basemapOfflineUrls,
	chunkFor,
	HEAD_BYTES,
	offlineRanges,
	parseRange,
	rangeFromCached,
	type ByteRange
} from '$lib/map/basemap-offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = `shell-${version}`;
const RUNTIME = 'runtime-v1';
/** Keep in step with SNAPSHOT_CACHE / SNAPSHOT_URL in src/routes/device-places.svelte.ts. */
const DEVICE = 'device-v1';
const SNAPSHOT_URL = '/api/places/device';
/** The reachability view's travel-time artifacts and address index (large, kept apart). */
const REACH = 'reach-v1';
/** The basemap's ranges for the programme areas and its glyphs (see keepBasemap). */
const BASEMAP = 'basemap-v1';
const [ARCHIVE, ...GLYPHS] = basemapOfflineUrls();
/** What keepBasemap stored: the archive's size and ETag and the ranges kept (a JSON entry). */
const BASEMAP_INDEX = ARCHIVE ? `${ARCHIVE}?offline=index` : '';
/** At most this much of the archive is kept (whole zoom levels are left out from the top). */
const BASEMAP_BUDGET = 40_000_000;
const OFFLINE_PAGE = '/offline';
const MAX_RUNTIME_ENTRIES = 60;

// Static files: boundaries, stops, icons. Not the reachability artifacts (large, loaded on demand).
const PRECACHE = [
	...build,
	...files.filter((f) => /^\/(data|icons)\/|^\/(favicon\.svg|manifest\.webmanifest)$/.test(f))
];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(SHELL)
			.then((cache) => cache.addAll(PRECACHE))
			// The offline page in the language of this visit (later kept in step: keepOfflinePage).
			.then(() => caches.open(DEVICE))
			.then((cache) => cache.add(OFFLINE_PAGE).catch(() => {}))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((k) => ![SHELL, RUNTIME, DEVICE, REACH, BASEMAP].includes(k))
						.map((k) => caches.delete(k))
				)
			)
			.then(() => sw.clients.claim())
	);
});

/** Pages of the public map (not accounts, not business or staff areas). */
function isPublicPage(url: URL) {
	return (
		url.pathname === '/' ||
		url.pathname.startsWith('/ort/') ||
		url.pathname === '/barrierefreiheit' ||
		url.pathname === '/erreichbarkeit'
	);
}

function isDataRequest(url: URL) {
	return (
		url.pathname === '/api/places' ||
		(url.pathname.endsWith('/__data.json') &&
			isPublicPage(new URL(url.pathname.replace(/\/?__data\.json$/, '') || '/', url)))
	);
}

async function trim(cache: Cache) {
	const keys = await cache.keys();
	for (const key of keys.slice(0, Math.max(0, keys.length - MAX_RUNTIME_ENTRIES)))
		await cache.delete(key);
}

/**
 * From the network, kept; offline the kept copy. `anySearch`: a copy under another query string
 * will do (files); a page's data will not: the map's data for `/` is not the answer for
 * `/?working_time=part_time` (offline the phone computes that list itself, device-places).
 */
async function networkFirst(
	request: Request,
	cacheName = RUNTIME,
	anySearch = true
): Promise<Response> {
	const cache = await caches.open(cacheName);
	try {
		const response = await fetch(request);
		if (response.ok) {
			await cache.put(request, response.clone());
			if (cacheName === RUNTIME) void trim(cache);
		}
		return response;
	} catch (err) {
		const hit =
			(await cache.match(request)) ??
			(anySearch ? await cache.match(request, { ignoreSearch: true }) : undefined);
		if (hit) return hit;
		throw err;
	}
}

/** The offline page in the language `lang` of the page just loaded, fetched when it differs. */
async function keepOfflinePage(lang: string | null) {
	if (!lang) return;
	const cache = await caches.open(DEVICE);
	const kept = await cache.match(OFFLINE_PAGE);
	if (kept?.headers.get('content-language') === lang) return;
	const response = await fetch(OFFLINE_PAGE).catch(() => null);
	if (response?.ok) await cache.put(OFFLINE_PAGE, response);
}

/**
 * A page: from the network (kept when public); offline the kept copy (the map page under any
 * filters: its list is then computed on the phone), else the offline page.
 */
async function navigate(event: FetchEvent, url: URL): Promise<Response> {
	const request = event.request;
	const cache = await caches.open(RUNTIME);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') {
			event.waitUntil(keepOfflinePage(response.headers.get('content-language')));
			if (isPublicPage(url)) {
				await cache.put(request, response.clone());
				void trim(cache);
			}
		}
		return response;
	} catch (err) {
		const hit = isPublicPage(url)
			? ((await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true })))
			: undefined;
		if (hit) return hit;
		const offline = await (await caches.open(DEVICE)).match(OFFLINE_PAGE);
		if (!offline) throw err;
		// Answered at its own address: the page links its styles and scripts relative to itself,
		// so served at /ort/<id> it would look for them one folder too deep and show unstyled.
		if (url.pathname === OFFLINE_PAGE) return offline;
		return Response.redirect(new URL(OFFLINE_PAGE, url.origin).href, 303);
	}
}

interface BasemapIndex {
	size: number;
	etag: string | null;
	ranges: ByteRange[];
	zooms: [number, number];
	tiles: number;
	bytes: number;
}

/** A good connection for a few megabytes in the background: not Save-Data, cellular or 2G. */
function goodConnection() {
	const c = (
		navigator as Navigator & {
			connection?: { saveData?: boolean; effectiveType?: string; type?: string };
		}
	).connection;
	if (!c) return true;
	if (c.saveData || c.type === 'cellular') return false;
	return !['slow-2g', '2g'].includes(c.effectiveType ?? '');
}

let basemapIndex: Promise<BasemapIndex | null> | null = null;
function keptBasemap() {
	basemapIndex ??= caches
		.open(BASEMAP)
		.then((c) => c.match(BASEMAP_INDEX))
		.then((r) => (r ? (r.json() as Promise<BasemapIndex>) : null))
		.catch(() => null);
	return basemapIndex;
}

/** Whether this worker has checked the kept ranges against the archive (once per start). */
let basemapChecked = false;
let keeping: Promise<void> | null = null;
/**
 * Keeps the ranges of the archive that draw the programme areas z12–z16 (header and root
 * directory, metadata, leaf directories, tiles; merged into a few chunks) and the glyphs, one
 * request at a time so the map's own requests go first. Once per archive (its ETag and size).
 */
function keepBasemap(): Promise<void> {
	keeping ??= (async () => {
		const cache = await caches.open(BASEMAP);
		const ranged = (start: number, end: number) =>
			fetch(ARCHIVE, { headers: { range: `bytes=${start}-${end}` }, cache: 'no-store' });
		const head = await ranged(0, HEAD_BYTES - 1);
		if (head.status !== 206) return;
		const size = Number(/\/(\d+)$/.exec(head.headers.get('content-range') ?? '')?.[1]);
		const etag = head.headers.get('etag');
		const kept = await keptBasemap();
		if (kept && kept.size === size && kept.etag === etag) return;
		for (const key of await cache.keys()) await cache.delete(key);
		basemapIndex = null;
		const first = await head.arrayBuffer();
		const read = async (offset: number, length: number) => {
			if (offset + length <= first.byteLength) return first.slice(offset, offset + length);
			const r = await ranged(offset, offset + length - 1);
			if (r.status !== 206 || r.headers.get('etag') !== etag) throw new Error('archive changed');
			return r.arrayBuffer();
		};
		const boxes = REGION.areas.map((a) => a.bbox);
		const plan = await offlineRanges(read, boxes, { maxBytes: BASEMAP_BUDGET });
		for (const { start, end } of plan.ranges) {
			const last = Math.min(end, size - 1);
			const r = await ranged(start, last);
			if (r.status !== 206 || r.headers.get('etag') !== etag) return;
			const headers = new Headers({ 'content-type': 'application/octet-stream' });
			if (etag) headers.set('etag', etag);
			await cache.put(
				`${ARCHIVE}?offline=${start}-${last}`,
				new Response(await r.blob(), { headers })
			);
		}
		await Promise.all(
			GLYPHS.map((g) =>
				fetch(g)
					.then((r) => (r.ok ? cache.put(g, r) : undefined))
					.catch(() => {})
			)
		);
		const index: BasemapIndex = {
			size,
			etag,
			ranges: plan.ranges.map((r) => ({ start: r.start, end: Math.min(r.end, size - 1) })),
			zooms: plan.zooms,
			tiles: plan.tiles,
			bytes: plan.bytes
		};
		await cache.put(BASEMAP_INDEX, Response.json(index));
		basemapIndex = Promise.resolve(index);
	})()
		// Tried again when the worker starts next (the archive is used again).
		.catch(() => {})
		.finally(() => (keeping = null));
	return keeping;
}

/** A Range request for the archive answered from the kept chunks; null when they do not hold it. */
async function keptRange(range: string | null): Promise<Response | null> {
	const index = await keptBasemap();
	if (!index || !range) return null;
	const want = parseRange(range, index.size);
	const chunk = want && chunkFor(index.ranges, want);
	if (!chunk) return null;
	const part = await (
		await caches.open(BASEMAP)
	).match(`${ARCHIVE}?offline=${chunk.start}-${chunk.end}`);
	if (!part) return null;
	return rangeFromCached(part, range, { offset: chunk.start, size: index.size });
}

/** The archive: from the network; when that fails, from the kept ranges. */
async function archive(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (err) {
		const kept = await keptRange(request.headers.get('range'));
		if (kept) return kept;
		throw err;
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	if (PRECACHE.includes(url.pathname)) {
		event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
		return;
	}
	if (url.pathname === SNAPSHOT_URL) {
		event.respondWith(networkFirst(request, DEVICE));
		return;
	}
	if (url.pathname.startsWith('/reach/') || url.pathname.startsWith('/addresses/')) {
		event.respondWith(networkFirst(request, REACH));
		return;
	}
	if (ARCHIVE && url.pathname === ARCHIVE) {
		event.respondWith(archive(request));
		if (!basemapChecked && goodConnection()) {
			basemapChecked = true;
			event.waitUntil(keepBasemap());
		}
		return;
	}
	if (GLYPHS.includes(url.pathname)) {
		event.respondWith(networkFirst(request, BASEMAP));
		return;
	}
	if (isDataRequest(url)) {
		event.respondWith(networkFirst(request, RUNTIME, false));
		return;
	}
	if (request.mode === 'navigate') event.respondWith(navigate(event, url));
});
