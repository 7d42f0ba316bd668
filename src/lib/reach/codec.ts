/**
 * Street graph and timetable ⇄ artifact sections. Coordinates are stored as delta-coded
 * integers and CSR targets relative to their source node, which gzip compresses far better than
 * raw floats; decoding restores the in-memory arrays of StreetGraph / TransitData.
 */
import { decodeArtifact, encodeArtifact, section, ArtifactError, type Section } from './artifact';
import { haversineMeters } from './geo';
import { fromCsr, type StreetGraph } from './street-graph';
import type { TransitData } from './transit';

/** 2: edge flag WALK_ISLAND (64); islands of each profile flagged instead of dropped */
export const STREETS_FORMAT = 2;
export const TRANSIT_FORMAT = 1;

function deltaCoords(values: Float64Array, scale: number): Int32Array {
	const out = new Int32Array(values.length);
	let prev = 0;
	for (let i = 0; i < values.length; i++) {
		const v = Math.round(values[i] * scale);
		out[i] = v - prev;
		prev = v;
	}
	return out;
}

function undeltaCoords(deltas: Int32Array, scale: number): Float64Array {
	const out = new Float64Array(deltas.length);
	let acc = 0;
	for (let i = 0; i < deltas.length; i++) {
		acc += deltas[i];
		out[i] = acc / scale;
	}
	return out;
}

/** Street node coordinates in 1e-6° (≈ 0.1 m); stops keep OSM's 1e-7°. */
const NODE_SCALE = 1e6;
const STOP_SCALE = 1e7;

export function encodeStreets(g: StreetGraph, meta: Record<string, unknown> = {}): Uint8Array {
	const degree = new Uint16Array(g.nodeCount);
	const relTarget = new Int32Array(g.edgeTarget.length);
	for (let n = 0; n < g.nodeCount; n++) {
		degree[n] = g.edgeStart[n + 1] - g.edgeStart[n];
		for (let e = g.edgeStart[n]; e < g.edgeStart[n + 1]; e++) relTarget[e] = g.edgeTarget[e] - n;
	}
	return encodeArtifact(
		'STRT',
		STREETS_FORMAT,
		{ ...meta, nodeCount: g.nodeCount },
		{
			nodeLon: deltaCoords(g.nodeLon, NODE_SCALE),
			nodeLat: deltaCoords(g.nodeLat, NODE_SCALE),
			degree,
			edgeTarget: relTarget,
			edgeFlags: g.edgeFlags
		}
	);
}

export function decodeStreets(bytes: ArrayBuffer | Uint8Array): {
	graph: StreetGraph;
	meta: Record<string, unknown>;
} {
	const a = decodeArtifact(bytes, 'STRT');
	if (a.version !== STREETS_FORMAT)
		throw new ArtifactError(
			`streets format ${a.version} not supported (expected ${STREETS_FORMAT})`
		);
	const degree = section(a, 'degree', Uint16Array);
	const n = degree.length;
	const edgeStart = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) edgeStart[i + 1] = edgeStart[i] + degree[i];
	const rel = section(a, 'edgeTarget', Int32Array);
	const edgeTarget = new Int32Array(rel.length);
	for (let i = 0; i < n; i++)
		for (let e = edgeStart[i]; e < edgeStart[i + 1]; e++) edgeTarget[e] = rel[e] + i;
	// Edge lengths are the straight segments between OSM nodes, so they are recomputed rather
	// than stored (they were half of the compressed file).
	const nodeLon = undeltaCoords(section(a, 'nodeLon', Int32Array), NODE_SCALE);
	const nodeLat = undeltaCoords(section(a, 'nodeLat', Int32Array), NODE_SCALE);
	const edgeLength = new Float32Array(edgeTarget.length);
	for (let i = 0; i < n; i++)
		for (let e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
			const j = edgeTarget[e];
			edgeLength[e] = haversineMeters(nodeLon[i], nodeLat[i], nodeLon[j], nodeLat[j]);
		}
	const graph = fromCsr({
		nodeLon,
		nodeLat,
		edgeStart,
		edgeTarget,
		edgeLength,
		edgeFlags: section(a, 'edgeFlags', Uint8Array)
	});
	return { graph, meta: a.meta };
}

export function encodeTransit(t: TransitData, meta: Record<string, unknown> = {}): Uint8Array {
	// Stop times per trip: first arrival absolute, then run times and dwell times.
	const runs = new Int32Array(t.arrivals.length);
	const dwell = new Uint16Array(t.arrivals.length);
	for (let p = 0; p < t.patternCount; p++) {
		const len = t.patternStopStart[p + 1] - t.patternStopStart[p];
		for (let trip = t.patternTripStart[p]; trip < t.patternTripStart[p + 1]; trip++) {
			const base = t.tripStopTimeStart[trip];
			for (let i = 0; i < len; i++) {
				runs[base + i] =
					i === 0 ? t.arrivals[base] : t.arrivals[base + i] - t.departures[base + i - 1];
				dwell[base + i] = Math.min(65535, t.departures[base + i] - t.arrivals[base + i]);
			}
		}
	}
	const sections: Record<string, Section> = {
		stopLon: deltaCoords(t.stopLon, STOP_SCALE),
		stopLat: deltaCoords(t.stopLat, STOP_SCALE),
		stopWheelchair: t.stopWheelchair,
		patternRoute: t.patternRoute,
		patternStopStart: t.patternStopStart,
		patternStops: t.patternStops,
		patternTripStart: t.patternTripStart,
		tripWheelchair: t.tripWheelchair,
		stopTimeRun: runs,
		stopTimeDwell: dwell,
		transferStart: t.transferStart,
		transferTarget: t.transferTarget,
		transferDm: Uint32Array.from(t.transferMeters, (m) => Math.round(m * 10)),
		routeType: t.routeType
	};
	return encodeArtifact(
		'TRNS',
		TRANSIT_FORMAT,
		{ ...meta, routeNames: t.routeNames, stopNames: t.stopNames },
		sections
	);
}

/** Sections of other versions (stopNode, stopNodeMeters of builds before edge snapping) are ignored. */
export function decodeTransit(bytes: ArrayBuffer | Uint8Array): {
	transit: TransitData;
	meta: Record<string, unknown>;
} {
	const a = decodeArtifact(bytes, 'TRNS');
	if (a.version !== TRANSIT_FORMAT)
		throw new ArtifactError(
			`transit format ${a.version} not supported (expected ${TRANSIT_FORMAT})`
		);
	const stopLon = undeltaCoords(section(a, 'stopLon', Int32Array), STOP_SCALE);
	const stopLat = undeltaCoords(section(a, 'stopLat', Int32Array), STOP_SCALE);
	const stopCount = stopLon.length;
	const patternStopStart = section(a, 'patternStopStart', Int32Array);
	const patternStops = section(a, 'patternStops', Int32Array);
	const patternTripStart = section(a, 'patternTripStart', Int32Array);
	const patternCount = patternStopStart.length - 1;
	const tripCount = patternTripStart[patternCount];
	const runs = section(a, 'stopTimeRun', Int32Array);
	const dwell = section(a, 'stopTimeDwell', Uint16Array);
	const arrivals = new Int32Array(runs.length);
	const departures = new Int32Array(runs.length);
	const tripStopTimeStart = new Int32Array(tripCount);
	let st = 0;
	for (let p = 0; p < patternCount; p++) {
		const len = patternStopStart[p + 1] - patternStopStart[p];
		for (let trip = patternTripStart[p]; trip < patternTripStart[p + 1]; trip++) {
			tripStopTimeStart[trip] = st;
			for (let i = 0; i < len; i++, st++) {
				arrivals[st] = i === 0 ? runs[st] : departures[st - 1] + runs[st];
				departures[st] = arrivals[st] + dwell[st];
			}
		}
	}
	if (st !== runs.length) throw new ArtifactError('transit artifact: stop time count mismatch');
	// stop → patterns index
	const counts = new Int32Array(stopCount + 1);
	const pairs = new Set<number>();
	for (let p = 0; p < patternCount; p++)
		for (let i = patternStopStart[p]; i < patternStopStart[p + 1]; i++) {
			const key = patternStops[i] * patternCount + p;
			if (!pairs.has(key)) {
				pairs.add(key);
				counts[patternStops[i] + 1]++;
			}
		}
	for (let s = 0; s < stopCount; s++) counts[s + 1] += counts[s];
	const stopPatterns = new Int32Array(counts[stopCount]);
	const fill = counts.slice(0, stopCount);
	for (const key of [...pairs].sort((x, y) => x - y)) {
		const s = Math.floor(key / patternCount);
		stopPatterns[fill[s]++] = key % patternCount;
	}
	const transferStart = section(a, 'transferStart', Int32Array);
	const transferTarget = section(a, 'transferTarget', Int32Array);
	const transferDm = section(a, 'transferDm', Uint32Array);
	const routeType = section(a, 'routeType', Int16Array);
	const meta = a.meta;
	const routeNames = Array.isArray(meta.routeNames) ? (meta.routeNames as string[]) : [];
	const stopNames = Array.isArray(meta.stopNames) ? (meta.stopNames as string[]) : [];
	const transit: TransitData = {
		stopCount,
		stopLon,
		stopLat,
		stopWheelchair: section(a, 'stopWheelchair', Uint8Array),
		stopPatternStart: counts,
		stopPatterns,
		transferStart,
		transferTarget,
		transferMeters: Float32Array.from(transferDm, (v) => v / 10),
		patternCount,
		patternRoute: section(a, 'patternRoute', Int32Array),
		patternStopStart,
		patternStops,
		patternTripStart,
		tripCount,
		tripStopTimeStart,
		tripWheelchair: section(a, 'tripWheelchair', Uint8Array),
		arrivals,
		departures,
		routeCount: routeType.length,
		routeType,
		routeNames,
		stopNames
	};
	const rest: Record<string, unknown> = { ...meta };
	delete rest.routeNames;
	delete rest.stopNames;
	return { transit, meta: rest };
}
