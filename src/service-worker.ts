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
 * - any other page opened without a connection that is not saved here: the offline page
 *   (/offline, inside the app's layout), kept in the language of the pages last seen;
 * - everything else goes to the network untouched (sign-in, forms, other people's routes).
 */
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = `shell-${version}`;
const RUNTIME = 'runtime-v1';
/** Keep in step with SNAPSHOT_CACHE / SNAPSHOT_URL in src/routes/device-places.svelte.ts. */
const DEVICE = 'device-v1';
const SNAPSHOT_URL = '/api/places/device';
/** The reachability view's travel-time artifacts and address index (large, kept apart). */
const REACH = 'reach-v1';
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
						.filter((k) => ![SHELL, RUNTIME, DEVICE, REACH].includes(k))
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

async function networkFirst(request: Request, cacheName = RUNTIME): Promise<Response> {
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
			(await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
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
	if (isDataRequest(url)) {
		event.respondWith(networkFirst(request));
		return;
	}
	if (request.mode === 'navigate') event.respondWith(navigate(event, url));
});
