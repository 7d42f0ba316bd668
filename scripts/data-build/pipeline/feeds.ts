/**
 * Several GTFS feeds → one timetable. Each feed is read on its own (its trip, route and service
 * ids only mean something inside it); stops, routes and trips are appended. Stop ids that two
 * feeds both use are namespaced `<feed name>:<id>` in every feed that uses them, so the stop ids
 * in the artifact stay unique and say where a stop came from.
 */
import type { TransitInput } from '../../../src/lib/reach/transit';
import type { FeedDay } from './gtfs';

export interface MergedFeeds {
	input: TransitInput;
	stopIds: string[];
	/** feed index per stop */
	stopFeed: Int32Array;
	/** stop pairs no transfer may be generated for */
	forbiddenTransfers: [number, number][];
}

/** Feed names: the file name without extension, made unique ("bus", "bus-2"). */
export function feedNames(files: string[]): string[] {
	const seen = new Map<string, number>();
	return files.map((f) => {
		const base =
			(f.split('/').pop() ?? f).replace(/\.zip$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-') || 'gtfs';
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n === 1 ? base : `${base}-${n}`;
	});
}

export function mergeFeeds(feeds: FeedDay[]): MergedFeeds {
	const owners = new Map<string, Set<number>>();
	feeds.forEach((f, k) =>
		f.stopIds.forEach((id) => {
			const set = owners.get(id) ?? new Set<number>();
			set.add(k);
			owners.set(id, set);
		})
	);
	const input: TransitInput = { stops: [], routes: [], trips: [], transfers: [] };
	const stopIds: string[] = [];
	const stopFeed: number[] = [];
	const forbiddenTransfers: [number, number][] = [];
	feeds.forEach((f, k) => {
		const stopOffset = input.stops.length;
		const routeOffset = input.routes.length;
		let renamed = 0;
		f.input.stops.forEach((s, i) => {
			const id = f.stopIds[i];
			const shared = (owners.get(id)?.size ?? 0) > 1;
			if (shared) renamed++;
			stopIds.push(shared ? `${f.meta.name}:${id}` : id);
			stopFeed.push(k);
			input.stops.push(s);
		});
		f.report.namespacedIds = renamed;
		input.routes.push(...f.input.routes);
		for (const t of f.input.trips)
			input.trips.push({
				...t,
				route: t.route + routeOffset,
				stops: Array.from(t.stops, (s) => s + stopOffset)
			});
		for (const t of f.input.transfers ?? [])
			input.transfers?.push({ from: t.from + stopOffset, to: t.to + stopOffset, meters: t.meters });
		for (const [a, b] of f.forbiddenTransfers)
			forbiddenTransfers.push([a + stopOffset, b + stopOffset]);
	});
	return { input, stopIds, stopFeed: Int32Array.from(stopFeed), forbiddenTransfers };
}
