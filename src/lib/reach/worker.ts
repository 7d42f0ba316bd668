/**
 * Web worker entry: `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`
 * (client.ts does this). Loads the artifacts and answers compute requests, each with its bands
 * in figures for the words (so the page only formats strings). Privacy: the only network
 * requests made here are the artifact and stop URLs from load(); the origin is used for
 * computation only and is neither stored, logged nor sent anywhere.
 */
import type { WorkerRequest, WorkerResponse } from './protocol';
import { ReachSession, type FetchLike } from './session';

interface WorkerScope {
	onmessage: ((ev: MessageEvent<WorkerRequest>) => void) | null;
	postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const session = new ReachSession();
const fetchArtifact: FetchLike = (url) => fetch(url, { credentials: 'same-origin' });

// Compute requests are coalesced: while the user drags the origin only the newest one runs.
let pending: Extract<WorkerRequest, { type: 'compute' }> | undefined;
let scheduled = false;

function runPending(): void {
	scheduled = false;
	const msg = pending;
	pending = undefined;
	if (!msg) return;
	try {
		const computed = session.compute(msg.request);
		const result = { ...computed, ...session.summarise(computed, msg.request.origin) };
		const transfer: Transferable[] = [result.placeMinutes.buffer as ArrayBuffer];
		if (result.placeMinutesWorst) transfer.push(result.placeMinutesWorst.buffer as ArrayBuffer);
		scope.postMessage({ type: 'result', id: msg.id, result }, transfer);
	} catch (e) {
		scope.postMessage({ type: 'error', id: msg.id, message: (e as Error).message });
	}
}

scope.onmessage = (ev) => {
	const msg = ev.data;
	if (msg.type === 'compute') {
		if (pending) scope.postMessage({ type: 'superseded', id: pending.id });
		pending = msg;
		if (!scheduled) {
			scheduled = true;
			setTimeout(runPending, 0);
		}
		return;
	}
	if (msg.type === 'load') {
		Promise.all([
			session.load(msg.manifestUrl, fetchArtifact),
			msg.stopsUrl ? session.loadStops(msg.stopsUrl, fetchArtifact) : 0
		]).then(
			([info]) => scope.postMessage({ type: 'loaded', id: msg.id, info }),
			(e: Error) => scope.postMessage({ type: 'error', id: msg.id, message: e.message })
		);
		return;
	}
	if (msg.type === 'reachableCounts') {
		// Runs to the end in one go; progress messages reach the page while it runs.
		try {
			const t = performance.now();
			const total = msg.request.lon.length;
			const counts = session.reachableCounts(msg.request, (done) =>
				scope.postMessage({ type: 'progress', id: msg.id, done, total })
			);
			const ms = performance.now() - t;
			scope.postMessage({ type: 'counts', id: msg.id, counts, ms }, [counts.buffer as ArrayBuffer]);
		} catch (e) {
			scope.postMessage({ type: 'error', id: msg.id, message: (e as Error).message });
		}
		return;
	}
	if (msg.type === 'chains') {
		// async: a list with weekend hours fetches the Sunday timetable the first time
		session.chains(msg.request).then(
			(result) => scope.postMessage({ type: 'chains', id: msg.id, result }),
			(e: Error) => scope.postMessage({ type: 'error', id: msg.id, message: e.message })
		);
		return;
	}
	if (msg.type === 'trip') {
		try {
			scope.postMessage({ type: 'trip', id: msg.id, trip: session.trip(msg.request) });
		} catch (e) {
			scope.postMessage({ type: 'error', id: msg.id, message: (e as Error).message });
		}
		return;
	}
	if (msg.type === 'setPlaces') {
		try {
			scope.postMessage({
				type: 'placesSet',
				id: msg.id,
				count: session.setPlaces(msg.lon, msg.lat)
			});
		} catch (e) {
			scope.postMessage({ type: 'error', id: msg.id, message: (e as Error).message });
		}
	}
};
