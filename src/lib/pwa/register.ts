/**
 * The service worker (src/service-worker.ts) is registered late, not at the page's load event as
 * SvelteKit would (kit.serviceWorker.register is off): installing it downloads the whole app shell
 * (MapLibre included) and would share a phone's slow line and its cores with what the page needs
 * first, e.g. the reachability worker's timetable. So: after the load event, when the main thread
 * is idle, and once the page's own first downloads are done (holdServiceWorker) or at the latest
 * MAX_HOLD_MS after the load. Offline use starts with the second page load as before.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

/** Longest a page's work keeps the service worker waiting (a slow line, a stuck download). */
export const MAX_HOLD_MS = 20_000;

const holds: Promise<unknown>[] = [];
let started = false;

/** The service worker waits until `work` settles (at most MAX_HOLD_MS after the load event). */
export function holdServiceWorker(work: Promise<unknown>): void {
	holds.push(work.catch(() => {}));
}

/** Registers the service worker once: after load, idle, and the holds (see above). */
export function registerServiceWorkerLater(): void {
	if (started || !('serviceWorker' in navigator)) return;
	started = true;
	const afterLoad = new Promise<void>((resolve) => {
		if (document.readyState === 'complete') resolve();
		else addEventListener('load', () => resolve(), { once: true });
	});
	void afterLoad
		// a task later: the page's own onMount (and its holds) may run after the layout's
		.then(() => new Promise((resolve) => setTimeout(resolve, 0)))
		.then(() =>
			Promise.race([Promise.all(holds), new Promise((resolve) => setTimeout(resolve, MAX_HOLD_MS))])
		)
		.then(idle)
		.then(() =>
			navigator.serviceWorker.register(`${base}/service-worker.js`, {
				// In development Vite serves the worker as a module (as SvelteKit registers it there).
				type: dev ? 'module' : 'classic'
			})
		)
		.catch((e: Error) => console.warn('[offline] service worker not registered:', e.message));
}

function idle(): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 3000 });
		else setTimeout(resolve, 200);
	});
}
