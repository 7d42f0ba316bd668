/**
 * The offline pipeline without file I/O: OSM PBF + GTFS zips (bytes) → artifact bytes, manifest
 * and a report of what was kept. The CLI (scripts/data-build/index.ts) adds arguments, files and
 * progress output.
 */
import {
	encodeStreets,
	encodeTransit,
	STREETS_FORMAT,
	TRANSIT_FORMAT
} from '../../../src/lib/reach/codec';
import { StreetRouter } from '../../../src/lib/reach/dijkstra';
import {
	alongSameEdge,
	EdgeIndex,
	seedSnap,
	timeAtSnap,
	usableEdges,
	type EdgeSnaps
} from '../../../src/lib/reach/edge-snap';
import { STOP_SNAP_RADIUS_M } from '../../../src/lib/reach/engine/street';
import { projectX, projectY } from '../../../src/lib/reach/geo';
import {
	MANIFEST_FORMAT,
	MANIFEST_VERSION,
	type FeedReport,
	type ReachManifest,
	type SundayFeed,
	type SundayManifest
} from '../../../src/lib/reach/manifest';
import { PointIndex } from '../../../src/lib/reach/snap';
import { DEFAULT_SPEEDS, edgeCosts, type StreetGraph } from '../../../src/lib/reach/street-graph';
import {
	buildTransit,
	straightLineTransfers,
	type TransitData
} from '../../../src/lib/reach/transit';
import {
	DEFAULT_TRANSIT_MODEL,
	transitModelFrom,
	type TransitModel
} from '../../../src/lib/reach/transit-model';
import { mergeFeeds } from './feeds';
import { NoServiceError, readFeed, type FeedDay, type FeedMeta } from './gtfs';
import { weekdayOf } from './gtfs-calendar';
import { keepHighway } from './osm-access';
import { readOsmStreets } from './osm-pbf';
import { DEFAULT_REGION, type PipelineRegion } from './region';
import { streetsFromOsm } from './streets-from-osm';

export class BuildError extends Error {}

export interface FeedInput {
	bytes: Uint8Array;
	meta: FeedMeta;
}

export interface BuildInput {
	osm: Uint8Array;
	osmName?: string;
	feeds: FeedInput[];
	/** service day, YYYY-MM-DD */
	date: string;
	/** a Sunday, YYYY-MM-DD: also build that day's timetable (weekend hours are checked on it) */
	sunday?: string;
	/** [minLon, minLat, maxLon, maxLat] to clip streets and stops to (default: the region's, else
	 *  the extract's extent) */
	bbox?: [number, number, number, number];
	region?: PipelineRegion;
	/** check that the extract covers the region's areas (default true) */
	requireRegion?: boolean;
	/** the parts of the transit model to change (transfers, slack, vehicles) */
	transitModel?: Partial<TransitModel>;
	/** largest share of a feed's trips or stops in the area that may be lost (default 0.05) */
	maxLoss?: number;
	/** finish even when a feed loses more than maxLoss */
	acceptLoss?: boolean;
	progress?: (msg: string) => void;
}

export interface BuildOutput {
	streets: Uint8Array;
	transit: Uint8Array;
	/** the Sunday's timetable (absent without --sunday, or when a feed has no data for it) */
	sunday?: Uint8Array;
	manifest: ReachManifest;
	graph: StreetGraph;
	timetable: TransitData;
	/** stop ids in timetable order (namespaced on collision) */
	stopIds: string[];
}

export const DEFAULT_MAX_LOSS = 0.05;
export const SUNDAY_FILE = 'transit-sunday.v1.bin';
const EXAMPLES = 5;

export function checkCoverage(graph: StreetGraph, region: PipelineRegion, osmName: string): void {
	const index = new PointIndex(graph.nodeX, graph.nodeY, 250);
	const { radiusMeters, minNodes } = region.coverage;
	const missing = region.areas.filter((q) => {
		let count = 0;
		const x = projectX(graph.projection, q.lon);
		const y = projectY(graph.projection, q.lat);
		index.within(x, y, radiusMeters, () => count++);
		return count < minNodes;
	});
	if (missing.length)
		throw new BuildError(
			`the OSM extract ${osmName} does not cover ${missing
				.map((q) => `${q.name} (${q.lat}, ${q.lon})`)
				.join(
					', '
				)}: use an extract of ${region.name} (${region.extractHint}), or pass --no-quarter-check to build for another area`
		);
}

export function buildArtifacts(input: BuildInput): BuildOutput {
	const log = input.progress ?? (() => {});
	const region = input.region ?? DEFAULT_REGION;
	const osmName = input.osmName ?? 'the OSM file';
	const model = transitModelFrom({ ...DEFAULT_TRANSIT_MODEL, ...input.transitModel });
	if (input.feeds.length === 0) throw new BuildError('no GTFS feed given (--gtfs feed.zip)');

	// --- streets ------------------------------------------------------------------------------
	log(`reading ${osmName} …`);
	const raw = readOsmStreets(input.osm, keepHighway, log, osmName);
	const clip =
		input.bbox ??
		(region.bbox ? ([...region.bbox] as [number, number, number, number]) : undefined);
	const streets = streetsFromOsm(raw, clip);
	const graph = streets.graph;
	if (graph.nodeCount === 0)
		throw new BuildError(
			`${osmName} contains no streets or paths${clip ? ' inside the --bbox' : ''}: pass an OpenStreetMap extract of the area`
		);
	const isl = streets.report.islandSegments;
	log(
		`street graph: ${graph.nodeCount} nodes, ${graph.edgeTarget.length} directed edges; island segments cut off: ` +
			`walk ${isl.walk}, wheelchair ${isl.wheelchair}, bike ${isl.bike}; ${streets.report.droppedNodes} nodes dropped`
	);
	if (input.requireRegion !== false) checkCoverage(graph, region, osmName);

	let area = clip;
	if (!area) {
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
		area = [minLon - 0.003, minLat - 0.002, maxLon + 0.003, maxLat + 0.002];
	}

	// --- timetables -----------------------------------------------------------------------------
	const day = dayTimetable(input, input.date, { graph, streets, area, model, osmName });
	const { feeds, timetable, merged } = day;
	const reports = feeds.map((f) => f.report);
	for (const r of reports) {
		const stopLoss = r.stops.used ? r.stops.farFromStreet / r.stops.used : 0;
		r.loss = Math.max(r.loss, stopLoss);
		r.loss = Math.round(r.loss * 10000) / 10000;
		const dropped = Object.entries(r.trips.dropped)
			.map(([k, v]) => `${v} ${k}`)
			.join(', ');
		log(
			`feed ${r.name}: trips ${r.trips.kept} of ${r.trips.active} kept${dropped ? ` (dropped: ${dropped})` : ''}, ` +
				`${r.trips.interpolated} with interpolated times, ${r.trips.fromFrequencies} from frequencies; ` +
				`stops ${r.stops.used} used of ${r.stops.inArea} in the area (${r.stops.inFeed} in the feed), ` +
				`${r.stops.farFromStreet} more than ${STOP_SNAP_RADIUS_M} m from a walkable street, ${r.stops.onIsland} next to a walkers' island` +
				(r.namespacedIds ? `; ${r.namespacedIds} stop ids namespaced as ${r.name}:…` : '') +
				(r.licence === 'unknown' ? '; licence unknown (pass --licence after its --gtfs)' : '')
		);
	}
	const maxLoss = input.maxLoss ?? DEFAULT_MAX_LOSS;
	const lossy = reports.filter((r) => r.loss > maxLoss);
	if (lossy.length && !input.acceptLoss)
		throw new BuildError(
			lossy
				.map(
					(r) =>
						`feed ${r.name} loses ${(r.loss * 100).toFixed(1)} % of its trips or stops in the area ` +
						`(trips dropped: ${JSON.stringify(r.trips.dropped)}; stops far from a street: ${r.stops.farFromStreet}` +
						`${r.stops.examples.farFromStreet ? `, e.g. ${r.stops.examples.farFromStreet.join(', ')}` : ''})`
				)
				.join('; ') +
				`: more than ${maxLoss * 100} %. Check the feed and the extract, or pass --accept-loss to build anyway`
		);
	log(
		`${day.transfers} transfers (${model.transfers.kind}, up to ${model.transfers.radiusMeters} m)`
	);

	// --- the Sunday: weekend hours are checked on its timetable ----------------------------------
	const sunday = input.sunday
		? sundayTimetable(input, input.sunday, { graph, streets, area, model, osmName })
		: undefined;
	const streetsBin = encodeStreets(graph, { source: input.osmName ?? 'osm.pbf' });
	const transitBin = encodeTransit(timetable, { serviceDate: input.date, stopIds: merged.stopIds });
	const sundayBin = sunday?.day
		? encodeTransit(sunday.day.timetable, {
				serviceDate: sunday.manifest.date,
				stopIds: sunday.day.merged.stopIds
			})
		: undefined;
	const manifest: ReachManifest = {
		format: MANIFEST_FORMAT,
		formatVersion: MANIFEST_VERSION,
		demo: false,
		serviceDate: input.date,
		builtAt: new Date().toISOString(),
		model: 'street',
		files: {
			streets: { path: 'streets.v1.bin', bytes: streetsBin.length, formatVersion: STREETS_FORMAT },
			transit: { path: 'transit.v1.bin', bytes: transitBin.length, formatVersion: TRANSIT_FORMAT },
			...(sundayBin && {
				sunday: {
					path: SUNDAY_FILE,
					bytes: sundayBin.length,
					formatVersion: TRANSIT_FORMAT
				}
			})
		},
		sources: [
			{
				name: 'OpenStreetMap',
				file: input.osmName,
				licence: 'ODbL-1.0',
				attribution: '© OpenStreetMap contributors',
				url: 'https://www.openstreetmap.org/copyright'
			},
			...feeds.map((f) => f.source)
		],
		transitModel: model,
		feeds: reports,
		...(sunday && { sunday: sunday.manifest }),
		streets: streets.report,
		stats: {
			nodes: graph.nodeCount,
			edges: graph.edgeTarget.length,
			stops: timetable.stopCount,
			patterns: timetable.patternCount,
			trips: timetable.tripCount,
			transfers: day.transfers,
			...(sunday?.day && { sundayTrips: sunday.day.timetable.tripCount })
		}
	};
	return {
		streets: streetsBin,
		transit: transitBin,
		sunday: sundayBin,
		manifest,
		graph,
		timetable,
		stopIds: merged.stopIds
	};
}

interface DayContext {
	graph: StreetGraph;
	streets: ReturnType<typeof streetsFromOsm>;
	area: [number, number, number, number];
	model: TransitModel;
	osmName: string;
}

interface Day {
	feeds: FeedDay[];
	merged: ReturnType<typeof mergeFeeds>;
	timetable: TransitData;
	transfers: number;
}

/**
 * One day's timetable from every feed: read and merged, stops met with the streets (counted in
 * each feed's report), transfers found, RAPTOR arrays built. `feeds` may be given (read already).
 */
function dayTimetable(input: BuildInput, date: string, ctx: DayContext, read?: FeedDay[]): Day {
	const log = input.progress ?? (() => {});
	const { graph, streets, area, model, osmName } = ctx;
	const feeds =
		read ?? input.feeds.map((f) => readFeed(f.bytes, date, { meta: f.meta, area, progress: log }));
	const merged = mergeFeeds(feeds);
	const { stops } = merged.input;
	if (merged.input.trips.length === 0 && !read)
		throw new BuildError(
			`no trip of ${feeds.map((f) => f.meta.file ?? f.meta.name).join(', ')} runs on ${date} with two stops inside the area of ${osmName}: is it the feed of this region?`
		);

	// --- stops onto the walking network -----------------------------------------------------------
	const walkCosts = edgeCosts(graph, 'walk', DEFAULT_SPEEDS);
	const index = new EdgeIndex(graph, usableEdges(walkCosts));
	const sx = stops.map((s) => projectX(graph.projection, s.lon));
	const sy = stops.map((s) => projectY(graph.projection, s.lat));
	const snaps = index.snapAll(sx, sy, STOP_SNAP_RADIUS_M);
	const reports = feeds.map((f) => f.report);
	const example = (r: FeedReport, key: string, id: string) => {
		const list = (r.stops.examples[key] ??= []);
		if (list.length < EXAMPLES) list.push(id);
	};
	for (let s = 0; s < stops.length; s++) {
		const r = reports[merged.stopFeed[s]];
		const id = merged.stopIds[s];
		const island = streets.nearestWalkableIsIsland(stops[s].lon, stops[s].lat, STOP_SNAP_RADIUS_M);
		if (island) {
			r.stops.onIsland++;
			example(r, 'onIsland', id);
		}
		if (snaps.edge[s] < 0) {
			r.stops.farFromStreet++;
			example(r, 'farFromStreet', id);
		}
	}

	// --- transfers ---------------------------------------------------------------------------------
	const transfers = [
		...(merged.input.transfers ?? []),
		...(model.transfers.kind === 'street'
			? streetTransfers(graph, walkCosts, snaps, stops, model)
			: straightLineTransfers(
					Float64Array.from(stops, (s) => s.lon),
					Float64Array.from(stops, (s) => s.lat),
					model.transfers.radiusMeters,
					model.transfers.detourFactor
				))
	];
	const forbidden = new Set(merged.forbiddenTransfers.map(([a, b]) => `${a}:${b}`));
	const seen = new Set<string>();
	const kept = transfers.filter((t) => {
		const key = `${t.from}:${t.to}`;
		if (forbidden.has(key) || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const timetable = buildTransit({ ...merged.input, transfers: kept });
	return { feeds, merged, timetable, transfers: kept.length };
}

/**
 * The Sunday: each feed read for that day. A feed whose calendar covers the day but runs nothing
 * adds no trips (no bus on Sunday, which is an answer); a feed whose calendar does not reach the
 * day ('no-data') leaves the Sunday unknown, and then no Sunday timetable is built at all (weekend
 * hours stay unchecked in the app, naming the feed) rather than one that silently lacks a feed.
 */
function sundayTimetable(
	input: BuildInput,
	date: string,
	ctx: DayContext
): { manifest: SundayManifest; day?: Day } {
	const log = input.progress ?? (() => {});
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
		throw new BuildError(`--sunday wants YYYY-MM-DD, got ${date}`);
	const ymd = date.replaceAll('-', '');
	if (weekdayOf(ymd) !== 'sunday')
		throw new BuildError(`--sunday ${date} is a ${weekdayOf(ymd)}: pass a Sunday`);
	const feeds: SundayFeed[] = [];
	const read: FeedDay[] = [];
	for (const f of input.feeds) {
		try {
			const day = readFeed(f.bytes, date, {
				meta: f.meta,
				area: ctx.area,
				emptyDayOk: true,
				progress: log
			});
			read.push(day);
			feeds.push({
				name: f.meta.name,
				status: day.input.trips.length ? 'service' : 'none',
				trips: day.input.trips.length,
				calendar: day.report.calendar
			});
		} catch (e) {
			if (!(e instanceof NoServiceError)) throw e;
			feeds.push({ name: f.meta.name, status: 'no-data', trips: 0 });
			log(
				`Sunday ${date}: ${e.message.replace(/ Pass --date .*$/, '')} (pass --sunday with a Sunday every feed covers, or --no-sunday)`
			);
		}
	}
	const manifest: SundayManifest = { date, feeds };
	const missing = feeds.filter((f) => f.status === 'no-data');
	if (missing.length) {
		log(
			`Sunday ${date}: no timetable written: ${missing.map((f) => f.name).join(', ')} ha${missing.length > 1 ? 've' : 's'} no data for that day; weekend hours stay unchecked`
		);
		return { manifest };
	}
	const day = dayTimetable(input, date, ctx, read);
	log(
		`Sunday ${date}: ${day.timetable.tripCount} trips (${feeds.map((f) => `${f.name} ${f.trips}${f.status === 'none' ? ', no service' : ''}`).join('; ')}), ${day.transfers} transfers`
	);
	return { manifest, day };
}

/**
 * Walking transfers along the streets between snapped stops within the model's radius (metres
 * include both walks off the street); straight line × detour for stops too far from a street.
 */
function streetTransfers(
	graph: StreetGraph,
	walkCosts: Float32Array,
	snaps: EdgeSnaps,
	stops: { lon: number; lat: number }[],
	model: TransitModel
): { from: number; to: number; meters: number }[] {
	const radius = model.transfers.radiusMeters;
	const walk = DEFAULT_SPEEDS.walk / 3.6;
	// metres: the walk costs back to lengths
	const lengths = Float32Array.from(walkCosts, (c) => (c < Infinity ? c * walk : Infinity));
	const router = new StreetRouter(graph);
	const out: { from: number; to: number; meters: number }[] = [];
	const n = stops.length;
	const seed = (node: number, m: number) => router.seed(node, m);
	for (let s = 0; s < n; s++) {
		const e = snaps.edge[s];
		if (e < 0) continue;
		router.reset();
		seedSnap(graph, lengths, seed, e, snaps.frac[s], snaps.meters[s]);
		router.run(lengths, radius);
		for (let t = 0; t < n; t++) {
			const f = snaps.edge[t];
			if (t === s || f < 0) continue;
			let m = timeAtSnap(graph, lengths, router.times, f, snaps.frac[t], snaps.meters[t], 1);
			if (f === e)
				m = Math.min(
					m,
					snaps.meters[s] +
						alongSameEdge(graph, lengths, e, snaps.frac[s], snaps.frac[t]) +
						snaps.meters[t]
				);
			if (m <= radius) out.push({ from: s, to: t, meters: m });
		}
	}
	// stops without a street nearby: straight line × detour, both ways
	const lon = Float64Array.from(stops, (s) => s.lon);
	const lat = Float64Array.from(stops, (s) => s.lat);
	for (const t of straightLineTransfers(lon, lat, radius, model.transfers.detourFactor))
		if (snaps.edge[t.from] < 0 || snaps.edge[t.to] < 0) out.push(t);
	return out;
}
