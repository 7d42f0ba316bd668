/**
 * The offline pipeline without file I/O: OSM PBF + GTFS zip bytes → artifact bytes + manifest.
 * The CLI (scripts/data-build) adds argument parsing, files and progress output.
 */
import {
	encodeStreets,
	encodeTransit,
	STREETS_FORMAT,
	TRANSIT_FORMAT
} from '../../../src/lib/reach/codec';
import { StreetRouter } from '../../../src/lib/reach/dijkstra';
import {
	MANIFEST_FORMAT,
	MANIFEST_VERSION,
	type ReachManifest
} from '../../../src/lib/reach/manifest';
import { PointIndex } from '../../../src/lib/reach/snap';
import { EdgeFlag, type StreetGraph } from '../../../src/lib/reach/street-graph';
import { projectX, projectY } from '../../../src/lib/reach/geo';
import { buildTransit, type TransitData } from '../../../src/lib/reach/transit';
import { readGtfs } from './gtfs';
import { readOsmStreets } from './osm-pbf';
import { keepHighway, streetsFromOsm } from './streets-from-osm';

export class BuildError extends Error {}

/** Centres of the three quarters the map is about (lat, lon from quarters_reference.json). */
export const QUARTERS = [
	{ name: 'Sennestadt', lat: 51.9456, lon: 8.5859 },
	{ name: 'Sieker-Mitte', lat: 52.0064, lon: 8.5668 },
	{ name: 'Baumheide', lat: 52.0458, lon: 8.5938 }
] as const;

export interface BuildInput {
	osm: Uint8Array;
	gtfs: Uint8Array;
	/** service day, YYYY-MM-DD */
	date: string;
	/** [minLon, minLat, maxLon, maxLat] to clip to */
	bbox?: [number, number, number, number];
	/** check that the extract covers the three quarters (default true) */
	requireQuarters?: boolean;
	osmName?: string;
	gtfsName?: string;
	progress?: (msg: string) => void;
	/** metres of walking within which stops get a transfer (default 400) */
	transferRadius?: number;
}

export interface BuildOutput {
	streets: Uint8Array;
	transit: Uint8Array;
	manifest: ReachManifest;
	graph: StreetGraph;
	timetable: TransitData;
}

const SNAP_RADIUS = 300;

export function checkCoverage(graph: StreetGraph): void {
	const index = new PointIndex(graph.nodeX, graph.nodeY, 250);
	const missing = QUARTERS.filter((q) => {
		let count = 0;
		index.within(
			projectX(graph.projection, q.lon),
			projectY(graph.projection, q.lat),
			1000,
			() => count++
		);
		return count < 20;
	});
	if (missing.length)
		throw new BuildError(
			`the OSM extract does not cover ${missing
				.map((q) => `${q.name} (${q.lat}, ${q.lon})`)
				.join(', ')}: use an extract of Bielefeld (see src/lib/reach/README.md)`
		);
}

export function buildArtifacts(input: BuildInput): BuildOutput {
	const log = input.progress ?? (() => {});
	log('reading OSM PBF …');
	const raw = readOsmStreets(input.osm, keepHighway, log);
	const { graph } = streetsFromOsm(raw, input.bbox);
	if (graph.nodeCount === 0) throw new BuildError('the OSM extract contains no streets or paths');
	log(`street graph: ${graph.nodeCount} nodes, ${graph.edgeTarget.length} directed edges`);
	if (input.requireQuarters !== false) checkCoverage(graph);

	let minLon = Infinity,
		minLat = Infinity,
		maxLon = -Infinity,
		maxLat = -Infinity;
	for (let i = 0; i < graph.nodeCount; i++) {
		minLon = Math.min(minLon, graph.nodeLon[i]);
		maxLon = Math.max(maxLon, graph.nodeLon[i]);
		minLat = Math.min(minLat, graph.nodeLat[i]);
		maxLat = Math.max(maxLat, graph.nodeLat[i]);
	}
	log('reading GTFS …');
	const day = readGtfs(input.gtfs, input.date, {
		bbox: input.bbox ?? [minLon - 0.003, minLat - 0.002, maxLon + 0.003, maxLat + 0.002],
		progress: log
	});
	log(
		`timetable: ${day.stats.stops} stops, ${day.stats.trips} trips, ${day.stats.stopTimes} stop times`
	);

	// snap stops to street nodes
	const index = new PointIndex(graph.nodeX, graph.nodeY, 150);
	const nStops = day.input.stops.length;
	const stopNode = new Int32Array(nStops).fill(-1);
	const stopNodeMeters = new Float32Array(nStops);
	const stopsAtNode = new Map<number, number[]>();
	day.input.stops.forEach((s, i) => {
		const hit = index.nearest(
			projectX(graph.projection, s.lon),
			projectY(graph.projection, s.lat),
			SNAP_RADIUS
		);
		if (hit.index < 0) return;
		stopNode[i] = hit.index;
		stopNodeMeters[i] = hit.distance;
		const list = stopsAtNode.get(hit.index);
		if (list) list.push(i);
		else stopsAtNode.set(hit.index, [i]);
	});

	// walking transfers along the streets (metres)
	const radius = input.transferRadius ?? 400;
	const lengths = Float32Array.from(graph.edgeLength, (l, e) =>
		graph.edgeFlags[e] & EdgeFlag.NO_WALK ? Infinity : l
	);
	const router = new StreetRouter(graph);
	const transfers = [...(day.input.transfers ?? [])];
	for (let s = 0; s < nStops; s++) {
		if (stopNode[s] < 0) continue;
		router.reset();
		router.seed(stopNode[s], stopNodeMeters[s]);
		router.run(lengths, radius);
		for (const [node, list] of stopsAtNode) {
			const d = router.times[node];
			if (d === Infinity) continue;
			for (const t of list) {
				const m = d + stopNodeMeters[t];
				if (t !== s && m <= radius) transfers.push({ from: s, to: t, meters: m });
			}
		}
	}
	log(`${transfers.length} transfers`);
	const timetable = buildTransit({ ...day.input, transfers });
	const streets = encodeStreets(graph, { source: input.osmName ?? 'osm.pbf' });
	const transit = encodeTransit(
		timetable,
		{ stopNode, stopNodeMeters },
		{
			serviceDate: input.date,
			stopIds: day.stopIds
		}
	);
	const manifest: ReachManifest = {
		format: MANIFEST_FORMAT,
		formatVersion: MANIFEST_VERSION,
		demo: false,
		serviceDate: input.date,
		builtAt: new Date().toISOString(),
		model: 'street',
		files: {
			streets: { path: 'streets.v1.bin', bytes: streets.length, formatVersion: STREETS_FORMAT },
			transit: { path: 'transit.v1.bin', bytes: transit.length, formatVersion: TRANSIT_FORMAT }
		},
		sources: [
			{
				name: 'OpenStreetMap',
				file: input.osmName,
				licence: 'ODbL-1.0',
				attribution: '© OpenStreetMap contributors'
			},
			{
				name: 'GTFS timetable',
				file: input.gtfsName,
				licence: 'CC-BY-4.0',
				attribution: 'Soll-Fahrplandaten (GTFS), CC BY 4.0 — see the feed for the publisher'
			}
		],
		stats: {
			nodes: graph.nodeCount,
			edges: graph.edgeTarget.length,
			stops: timetable.stopCount,
			patterns: timetable.patternCount,
			trips: timetable.tripCount,
			transfers: transfers.length
		}
	};
	return { streets, transit, manifest, graph, timetable };
}
