import type { StreetRouter } from '../../src/lib/reach/dijkstra.ts';
import { EdgeIndex, timeAtSnap, usableEdges } from '../../src/lib/reach/edge-snap.ts';
import { STOP_SNAP_RADIUS_M } from '../../src/lib/reach/engine/street.ts';
import type { StreetGraph } from '../../src/lib/reach/street-graph.ts';
import type { TransitData } from '../../src/lib/reach/transit.ts';
import { buildArtifacts } from '../data-build/pipeline/build.ts';
import { syntheticFeeds } from '../data-build/testing/synthetic-feeds.ts';

/** The bench's synthetic city: a real city's size (≈ 20 km across, ≈ 68k street nodes, 60 bus
 *  and tram lines and 6 S-Bahn-like lines across it). */
export const BENCH_CITY = {
	seed: 2026,
	cols: 260,
	rows: 260,
	spacingM: 75,
	lines: 60,
	stopsPerLine: 28,
	headwaySeconds: 1200,
	expressLines: 6,
	expressStride: 20
};

/** The bench city through the pipeline, as real data goes: the OSM extract and the two feeds. */
export function buildBenchCity(feeds = syntheticFeeds(BENCH_CITY)) {
	return buildArtifacts({
		osm: feeds.osm,
		osmName: 'city.osm.pbf',
		feeds: [
			{ bytes: feeds.bus, meta: { name: 'bus', file: 'bus.zip', licence: 'CC0-1.0' } },
			{ bytes: feeds.tram, meta: { name: 'tram', file: 'tram.zip', licence: 'CC0-1.0' } }
		],
		date: '2026-12-01',
		requireRegion: false
	});
}

/** The stops snapped to walkable edges, as the engine snaps them. */
export function snapStops(streets: StreetGraph, transit: TransitData, walkCosts: Float32Array) {
	const stopIndex = new EdgeIndex(streets, usableEdges(walkCosts));
	const stopSnaps = stopIndex.snapAll(
		Float64Array.from(
			transit.stopLon,
			(v) => (v - streets.projection.lon0) * streets.projection.mPerLon
		),
		Float64Array.from(
			transit.stopLat,
			(v) => (v - streets.projection.lat0) * streets.projection.mPerLat
		),
		STOP_SNAP_RADIUS_M
	);
	return { stopIndex, stopSnaps };
}

/**
 * Each origin's walk to the stops within `cutSeconds`, as the engine finds it (a walking Dijkstra,
 * stops on their snapped edges), and a departure between 7:30 and 8:30 from `rand`.
 */
export function stopAccess(
	streets: StreetGraph,
	transit: TransitData,
	walk: { costs: Float32Array; speedMs: number; cutSeconds: number },
	router: StreetRouter,
	stopSnaps: ReturnType<typeof snapStops>['stopSnaps'],
	origins: number[],
	rand: () => number
) {
	return origins.map((o) => {
		router.reset();
		router.seed(o, 0);
		router.run(walk.costs, walk.cutSeconds);
		const stops: number[] = [];
		const secs: number[] = [];
		for (let s = 0; s < transit.stopCount; s++) {
			const v = timeAtSnap(
				streets,
				walk.costs,
				router.times,
				stopSnaps.edge[s],
				stopSnaps.frac[s],
				stopSnaps.meters[s],
				walk.speedMs
			);
			if (v <= walk.cutSeconds) {
				stops.push(s);
				secs.push(Math.round(v));
			}
		}
		return { stops, secs, dep: 7 * 3600 + 30 * 60 + Math.floor(rand() * 3600) };
	});
}
