import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChainFlag } from './chains';
import { createReachClient, ReachSuperseded, type WorkerLike } from './client';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { ChainRequest } from './coach-chains';
import type { ReachManifest } from './manifest';
import { ReachSession, type FetchLike } from './session';

/** Serves the committed demo artifacts from regions/bielefeld/static/reach and records every URL asked for. */
function demoFetch(requested: string[]): FetchLike {
	return async (url) => {
		requested.push(url);
		const path = url.replace(/^\/(reach|data)\//, 'regions/bielefeld/static/$1/');
		try {
			const bytes = readFileSync(path);
			return {
				ok: true,
				status: 200,
				json: async () => JSON.parse(bytes.toString('utf8')),
				arrayBuffer: async () =>
					bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
			};
		} catch {
			return {
				ok: false,
				status: 404,
				json: async () => null,
				arrayBuffer: async () => new ArrayBuffer(0)
			};
		}
	};
}

const SENNESTADT = { lon: 8.5859, lat: 51.9456 };
const JAHNPLATZ = { lon: 8.5341, lat: 52.0238 };

describe('ReachSession on the committed demo artifacts', () => {
	it('loads the demo, flags it, and computes transit to the centre', async () => {
		const urls: string[] = [];
		const s = new ReachSession();
		const info = await s.load('/reach/manifest.json', demoFetch(urls));
		expect(info.demo).toBe(true);
		expect(info.model).toBe('fallback');
		expect(info.hasTransit).toBe(true);
		expect(info.label).toMatch(/Demo-Fahrplan/);
		s.setPlaces(Float64Array.from([JAHNPLATZ.lon]), Float64Array.from([JAHNPLATZ.lat]));
		const r = s.compute({
			origin: SENNESTADT,
			mode: 'transit',
			time: { kind: 'depart', seconds: 7.5 * 3600, windowMinutes: 60 },
			bandMinutes: [15, 30, 45, 60]
		});
		expect(r.model).toBe('fallback');
		expect(r.placeMinutes[0]).toBeGreaterThan(20);
		expect(r.placeMinutes[0]).toBeLessThan(60);
		expect(r.bands.features.map((f) => f.properties.minutes)).toEqual([15, 30, 45, 60]);
		// the origin never appears in a request
		expect(urls).toEqual(['/reach/manifest.json', '/reach/transit.v1.bin']);
		expect(urls.join()).not.toContain('8.5859');
	});

	it('sums the bands up for the words where they are computed, naming stops inside them', async () => {
		const urls: string[] = [];
		const s = new ReachSession();
		await s.load('/reach/manifest.json', demoFetch(urls));
		expect(await s.loadStops('/data/stops.geojson', demoFetch(urls))).toBeGreaterThan(100);
		s.setPlaces(
			Float64Array.from([JAHNPLATZ.lon, SENNESTADT.lon]),
			Float64Array.from([JAHNPLATZ.lat, SENNESTADT.lat])
		);
		const r = s.compute({ origin: SENNESTADT, mode: 'walk' });
		const { summaries, summariesWorst } = s.summarise(r, SENNESTADT);
		expect(summaries.map((b) => b.minutes)).toEqual([10, 20, 30, 45]);
		// Sennestadt itself in every band, the Jahnplatz (12 km away) in none on foot
		expect(summaries.map((b) => b.places)).toEqual([1, 1, 1, 1]);
		expect(summariesWorst).toBeUndefined();
		const far = summaries[3].farthest;
		expect(far?.name).toBeTruthy();
		expect(far?.name).not.toMatch(/, Bielefeld$/);
		expect(far!.meters).toBeGreaterThan(summaries[0].farthest?.meters ?? 0);
		expect(far!.meters).toBeLessThanOrEqual(summaries[3].reachMeters);
		// the origin never appears in a request
		expect(urls.join()).not.toContain('8.5859');
	});

	it('words without landmarks when the stops cannot be had', async () => {
		const s = new ReachSession();
		await s.load('/reach/manifest.json', demoFetch([]));
		expect(await s.loadStops('/data/none.geojson', demoFetch([]))).toBe(0);
		s.setPlaces(Float64Array.from([SENNESTADT.lon]), Float64Array.from([SENNESTADT.lat]));
		const r = s.compute({ origin: SENNESTADT, mode: 'walk' });
		const { summaries } = s.summarise(r, SENNESTADT);
		expect(summaries.every((b) => b.farthest === null && b.reachMeters > 0)).toBe(true);
	});

	it('reports missing artifacts and refuses to compute before loading', async () => {
		const s = new ReachSession();
		await expect(s.load('/nowhere/manifest.json', demoFetch([]))).rejects.toThrow(/HTTP 404/);
		expect(() => s.compute({ origin: SENNESTADT, mode: 'walk' })).toThrow(/not loaded/);
	});
});

describe('client ↔ worker protocol', () => {
	/** An in-process stand-in for worker.ts: same session, same coalescing rule. */
	function fakeWorker(): WorkerLike {
		const session = new ReachSession();
		let pending: Extract<WorkerRequest, { type: 'compute' }> | undefined;
		const w: WorkerLike = {
			onmessage: null,
			terminate: () => {},
			postMessage: (msg) => {
				const reply = (m: WorkerResponse) =>
					setTimeout(() => w.onmessage?.({ data: m } as MessageEvent<WorkerResponse>), 0);
				if (msg.type === 'load')
					Promise.all([
						session.load('/reach/manifest.json', demoFetch([])),
						msg.stopsUrl ? session.loadStops(msg.stopsUrl, demoFetch([])) : 0
					]).then(([info]) => reply({ type: 'loaded', id: msg.id, info }));
				else if (msg.type === 'setPlaces')
					reply({ type: 'placesSet', id: msg.id, count: session.setPlaces(msg.lon, msg.lat) });
				else if (msg.type === 'reachableCounts') {
					const total = msg.request.lon.length;
					const counts = session.reachableCounts(msg.request, (done) =>
						reply({ type: 'progress', id: msg.id, done, total })
					);
					reply({ type: 'counts', id: msg.id, counts, ms: 1 });
				} else if (msg.type === 'chains')
					void session
						.chains(msg.request)
						.then((result) => reply({ type: 'chains', id: msg.id, result }));
				else if (msg.type === 'trip')
					reply({ type: 'trip', id: msg.id, trip: session.trip(msg.request) });
				else {
					if (pending) reply({ type: 'superseded', id: pending.id });
					const first = !pending;
					pending = msg;
					if (first)
						setTimeout(() => {
							const m = pending as Extract<WorkerRequest, { type: 'compute' }>;
							pending = undefined;
							const result = session.compute(m.request);
							const summaries = session.summarise(result, m.request.origin);
							reply({ type: 'result', id: m.id, result: { ...result, ...summaries } });
						}, 0);
				}
			}
		};
		return w;
	}

	it('resolves load/setPlaces/compute and supersedes stale computes', async () => {
		const client = createReachClient(fakeWorker());
		const info = await client.load('/reach/manifest.json', '/data/stops.geojson');
		expect(info.demo).toBe(true);
		expect(await client.setPlaces([JAHNPLATZ.lon], [JAHNPLATZ.lat])).toBe(1);
		const first = client.compute({ origin: SENNESTADT, mode: 'walk' });
		const second = client.compute({ origin: JAHNPLATZ, mode: 'walk' });
		await expect(first).rejects.toBeInstanceOf(ReachSuperseded);
		const r = await second;
		expect(r.placeMinutes[0]).toBeCloseTo(0, 3);
		expect(r.summaries.map((b) => b.places)).toEqual([1, 1, 1, 1]);
		expect(r.summaries[0].farthest?.name).toBeTruthy();
	});

	it("ranks trip chains in the worker; a place's minutes there match its itinerary", async () => {
		const client = createReachClient(fakeWorker());
		await client.load();
		const places = [JAHNPLATZ, { lon: 8.57, lat: 52.05 }, SENNESTADT];
		const start = Int32Array.from([8 * 3600, 7 * 3600, -1]);
		const r = await client.chains({
			home: SENNESTADT,
			stepFree: false,
			lon: Float64Array.from(places, (p) => p.lon),
			lat: Float64Array.from(places, (p) => p.lat),
			start,
			end: Int32Array.from([16 * 3600, 12 * 3600, -1]),
			weekend: Uint8Array.from([0, 1, 0]),
			dayHours: Float32Array.from([8, 5, NaN])
		});
		expect(r.flags[2] & ChainFlag.HOURS_UNKNOWN).toBeTruthy();
		// the demo has a Sunday timetable: the weekend row is checked on it
		expect(r.sunday?.status).toBe('checked');
		expect(r.flags[1] & ChainFlag.WEEKEND_UNCHECKED).toBe(0);
		expect(r.flags[0] & (ChainFlag.HOURS_UNKNOWN | ChainFlag.WEEKEND_UNCHECKED)).toBe(0);
		expect(r.toWork[2]).toBeCloseTo(0, 3);
		const trip = await client.trip({
			home: SENNESTADT,
			stepFree: false,
			place: JAHNPLATZ,
			start: start[0],
			end: 16 * 3600
		});
		const [there] = trip.there;
		expect(there.itinerary!.arrival).toBeLessThanOrEqual(start[0]);
		expect(r.toWork[0]).toBe((start[0] - there.latestMinute!) / 60);
		expect(there.next!.arrival).toBeGreaterThan(start[0]);
		expect(trip.back[0].itinerary!.departure).toBeGreaterThanOrEqual(16 * 3600);
		expect(there.itinerary!.legs.some((l) => l.kind === 'ride')).toBe(true);
	});

	it('counts places reachable from many origins, with progress, as single computes do', async () => {
		const client = createReachClient(fakeWorker());
		await client.load();
		const places = [JAHNPLATZ, SENNESTADT, { lon: 8.57, lat: 52.05 }];
		await client.setPlaces(
			places.map((p) => p.lon),
			places.map((p) => p.lat)
		);
		const origins = Array.from({ length: 20 }, (_, i) => ({
			lon: 8.5 + i * 0.005,
			lat: 51.94 + i * 0.005
		}));
		const progress: number[] = [];
		const { counts } = await client.reachableCounts(
			{
				lon: Float64Array.from(origins, (o) => o.lon),
				lat: Float64Array.from(origins, (o) => o.lat),
				base: { mode: 'transit', time: { kind: 'depart', seconds: 7.5 * 3600 } },
				minutes: 30
			},
			(done, total) => progress.push(done / total)
		);
		expect(progress.at(-1)).toBe(1);
		for (let i = 0; i < origins.length; i++) {
			const r = await client.compute({
				origin: origins[i],
				mode: 'transit',
				time: { kind: 'depart', seconds: 7.5 * 3600 }
			});
			expect(counts[i]).toBe(Array.from(r.placeMinutes).filter((m) => m <= 30).length);
		}
		expect(Math.max(...counts)).toBeGreaterThan(0);
	});
});

describe('weekend hours on the Sunday timetable (worker session, demo artifacts)', () => {
	/** Shifts 7:00–15:00 and 10:00–18:00 at Stieghorst from Sennestadt (demo Bus 30: weekdays
	 *  from 5:30, Sundays from 8:00); the rows in `weekend` have weekend hours. */
	const STIEGHORST = { lon: 8.5887, lat: 52.0011 };
	const request = (weekend: number[], extra: Partial<ChainRequest> = {}): ChainRequest => ({
		home: SENNESTADT,
		stepFree: false,
		lon: Float64Array.from([STIEGHORST.lon, STIEGHORST.lon]),
		lat: Float64Array.from([STIEGHORST.lat, STIEGHORST.lat]),
		start: Int32Array.from([7 * 3600, 10 * 3600]),
		end: Int32Array.from([15 * 3600, 18 * 3600]),
		weekend: Uint8Array.from(weekend),
		dayHours: Float32Array.from([8, 8]),
		...extra
	});
	const SUNDAY = '/reach/transit-sunday.v1.bin';

	it('a list without weekend hours, or one she declines, never downloads the Sunday file', async () => {
		const urls: string[] = [];
		const s = new ReachSession();
		await s.load('/reach/manifest.json', demoFetch(urls));
		const plain = await s.chains(request([0, 0]));
		expect(plain.sunday).toBeUndefined();
		const declined = await s.chains(request([1, 1], { sunday: false }));
		expect(declined.sunday).toEqual({ status: 'skipped' });
		expect(declined.flags[0] & ChainFlag.WEEKEND_UNCHECKED).toBe(0);
		expect(urls).not.toContain(SUNDAY);
		expect(s.sundayRequested).toBe(false);
	});

	it('checks weekend rows on Sunday: no way by 7:00 (weekdays there is), 10:00 works', async () => {
		const urls: string[] = [];
		const s = new ReachSession();
		await s.load('/reach/manifest.json', demoFetch(urls));
		const weekday = await s.chains(request([0, 0]));
		const r = await s.chains(request([1, 1]));
		await s.chains(request([1, 0]));
		// fetched once, when first needed
		expect(urls.filter((u) => u === SUNDAY)).toHaveLength(1);
		expect(r.sunday?.status).toBe('checked');
		if (r.sunday?.status !== 'checked') return;
		expect(r.sunday.date).toBe('demo Sunday');
		// weekdays the 7:00 shift is reached ...
		expect(weekday.flags[0] & ChainFlag.NO_WAY_TO_WORK).toBe(0);
		expect(r.sunday.weekdayFlags[0] & ChainFlag.NO_WAY_TO_WORK).toBe(0);
		// ... on the demo Sunday the first bus leaves Sennestadt at 8:00
		expect(r.sunday.flags[0] & ChainFlag.NO_WAY_TO_WORK).toBeTruthy();
		expect(r.flags[0] & ChainFlag.NO_WAY_TO_WORK).toBeTruthy();
		expect(Number.isNaN(r.toWork[0])).toBe(true);
		expect(weekday.toWork[0]).toBeGreaterThan(0);
		// 10:00 is reached on Sunday too, at least as slowly as on a weekday (the worse day counts)
		expect(r.sunday.flags[1] & (ChainFlag.NO_WAY_TO_WORK | ChainFlag.NO_WAY_BACK)).toBe(0);
		expect(r.toWork[1]).toBeGreaterThanOrEqual(weekday.toWork[1]);
		expect(r.back[1]).toBeGreaterThanOrEqual(weekday.back[1]);
		expect(r.flags[1] & ChainFlag.WEEKEND_UNCHECKED).toBe(0);
	});

	it('keeps weekend rows unchecked, naming the feed, when the data have no Sunday', async () => {
		const urls: string[] = [];
		const plain = demoFetch(urls);
		// the manifest of a build where one feed's calendar does not reach the Sunday
		const noSunday: FetchLike = async (url) => {
			const res = await plain(url);
			if (!url.endsWith('manifest.json')) return res;
			const m = (await res.json()) as ReachManifest;
			delete m.files.sunday;
			m.sunday = {
				date: '2026-12-06',
				feeds: [
					{ name: 'bus', status: 'service', trips: 10 },
					{ name: 'regio', status: 'no-data', trips: 0 }
				]
			};
			return { ...res, json: async () => m };
		};
		const s = new ReachSession();
		await s.load('/reach/manifest.json', noSunday);
		const r = await s.chains(request([1, 0]));
		expect(r.sunday).toEqual({ status: 'unchecked', date: '2026-12-06', feeds: ['regio'] });
		expect(r.flags[0] & ChainFlag.WEEKEND_UNCHECKED).toBeTruthy();
		expect(r.flags[1] & ChainFlag.WEEKEND_UNCHECKED).toBe(0);
		expect(urls).not.toContain(SUNDAY);
	});
});
