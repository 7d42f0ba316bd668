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
 * - everything else goes to the network untouched (sign-in, forms, other people's routes).
 */
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = `shell-${version}`;
const RUNTIME = 'runtime-v1';
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
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((k) => k !== SHELL && k !== RUNTIME).map((k) => caches.delete(k)))
			)
			.then(() => sw.clients.claim())
	);
});

/** Pages of the public map (not accounts, not business or staff areas). */
function isPublicPage(url: URL) {
	return (
		url.pathname === '/' || url.pathname.startsWith('/ort/') || url.pathname === '/barrierefreiheit'
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

async function networkFirst(request: Request, fallbackToRoot = false): Promise<Response> {
	const cache = await caches.open(RUNTIME);
	try {
		const response = await fetch(request);
		if (response.ok) {
			await cache.put(request, response.clone());
			void trim(cache);
		}
		return response;
	} catch (err) {
		const hit =
			(await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
		if (hit) return hit;
		if (fallbackToRoot) {
			const root = await cache.match('/');
			if (root) return root;
		}
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
	if (isDataRequest(url)) {
		event.respondWith(networkFirst(request));
		return;
	}
	if (request.mode === 'navigate' && isPublicPage(url)) {
		event.respondWith(networkFirst(request, true));
	}
});
