/**
 * Street graph in CSR (compressed sparse row) form. Every undirected OSM segment is stored as two
 * directed edges so a profile can forbid one direction (one-way for bikes).
 */
import { haversineMeters, localProjection, projectX, projectY, type LocalProjection } from './geo';

/** Bits in `edgeFlags`. */
export const EdgeFlag = {
	/** highway=steps */
	STEPS: 1,
	/** a raised kerb (barrier=kerb + kerb=raised or kerb:height > 3 cm) on the segment */
	HIGH_KERB: 2,
	/** bicycles may not ride here (footway without bicycle=yes, bicycle=no, wrong way of a one-way) */
	NO_BIKE: 4,
	/** explicitly wheelchair=no or a surface no wheelchair can use */
	NO_WHEELCHAIR: 8,
	/** pedestrians not allowed (motorway, foot=no) */
	NO_WALK: 16,
	/** bikes are forbidden entirely, not even pushed (motorway, bicycle=no on a road); also set
	 *  by the pipeline on edges cut off from the bike profile's largest component */
	NO_BIKE_PUSH: 32,
	/** cut off from the walk profile's largest component (an island for walkers) */
	WALK_ISLAND: 64
} as const;

export interface StreetGraph {
	readonly nodeCount: number;
	/** node longitude, degrees (WGS84) */
	readonly nodeLon: Float64Array;
	/** node latitude, degrees (WGS84) */
	readonly nodeLat: Float64Array;
	/** node x in metres in `projection` (for snapping and rasterising) */
	readonly nodeX: Float32Array;
	/** node y in metres in `projection` */
	readonly nodeY: Float32Array;
	/** CSR row index: edges leaving node n are edgeTarget[edgeStart[n] .. edgeStart[n+1]) */
	readonly edgeStart: Int32Array;
	/** target node of each directed edge */
	readonly edgeTarget: Int32Array;
	/** length of each directed edge in metres */
	readonly edgeLength: Float32Array;
	/** EdgeFlag bits of each directed edge */
	readonly edgeFlags: Uint8Array;
	/** source node of each directed edge (derived) */
	readonly edgeSource: Int32Array;
	/** the opposite directed edge of the same segment, -1 if none (derived) */
	readonly edgeReverse: Int32Array;
	readonly projection: LocalProjection;
}

export type StreetProfile = 'walk' | 'wheelchair' | 'bike';

/** Speeds in km/h; all adjustable per request. */
export interface Speeds {
	walk: number;
	wheelchair: number;
	bike: number;
}

export const DEFAULT_SPEEDS: Readonly<Speeds> = { walk: 4.5, wheelchair: 3.6, bike: 15 };

/** Build the CSR arrays from per-node coordinates and an undirected segment list. */
export function buildStreetGraph(input: {
	nodeLon: Float64Array;
	nodeLat: Float64Array;
	/** segment endpoints: segFrom[i] — segTo[i] */
	segFrom: Int32Array;
	segTo: Int32Array;
	/** flags of the segment in the from→to direction */
	segFlagsForward: Uint8Array;
	/** flags of the segment in the to→from direction */
	segFlagsBackward: Uint8Array;
	/** optional precomputed lengths (else haversine) */
	segLength?: Float32Array;
}): StreetGraph {
	const n = input.nodeLon.length;
	const m = input.segFrom.length;
	const degree = new Int32Array(n + 1);
	for (let i = 0; i < m; i++) {
		degree[input.segFrom[i]]++;
		degree[input.segTo[i]]++;
	}
	const edgeStart = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) edgeStart[i + 1] = edgeStart[i] + degree[i];
	const fill = edgeStart.slice(0, n);
	const edgeTarget = new Int32Array(2 * m);
	const edgeLength = new Float32Array(2 * m);
	const edgeFlags = new Uint8Array(2 * m);
	for (let i = 0; i < m; i++) {
		const a = input.segFrom[i];
		const b = input.segTo[i];
		const len =
			input.segLength?.[i] ??
			haversineMeters(input.nodeLon[a], input.nodeLat[a], input.nodeLon[b], input.nodeLat[b]);
		let e = fill[a]++;
		edgeTarget[e] = b;
		edgeLength[e] = len;
		edgeFlags[e] = input.segFlagsForward[i];
		e = fill[b]++;
		edgeTarget[e] = a;
		edgeLength[e] = len;
		edgeFlags[e] = input.segFlagsBackward[i];
	}
	return fromCsr({
		nodeLon: input.nodeLon,
		nodeLat: input.nodeLat,
		edgeStart,
		edgeTarget,
		edgeLength,
		edgeFlags
	});
}

/** Wrap already-built CSR arrays (e.g. decoded from an artifact) and add the projection. */
export function fromCsr(a: {
	nodeLon: Float64Array;
	nodeLat: Float64Array;
	edgeStart: Int32Array;
	edgeTarget: Int32Array;
	edgeLength: Float32Array;
	edgeFlags: Uint8Array;
}): StreetGraph {
	const n = a.nodeLon.length;
	let minLon = Infinity,
		maxLon = -Infinity,
		minLat = Infinity,
		maxLat = -Infinity;
	for (let i = 0; i < n; i++) {
		if (a.nodeLon[i] < minLon) minLon = a.nodeLon[i];
		if (a.nodeLon[i] > maxLon) maxLon = a.nodeLon[i];
		if (a.nodeLat[i] < minLat) minLat = a.nodeLat[i];
		if (a.nodeLat[i] > maxLat) maxLat = a.nodeLat[i];
	}
	const projection = n
		? localProjection((minLon + maxLon) / 2, (minLat + maxLat) / 2)
		: localProjection(0, 0);
	const nodeX = new Float32Array(n);
	const nodeY = new Float32Array(n);
	for (let i = 0; i < n; i++) {
		nodeX[i] = projectX(projection, a.nodeLon[i]);
		nodeY[i] = projectY(projection, a.nodeLat[i]);
	}
	const { edgeSource, edgeReverse } = edgeTopology(a.edgeStart, a.edgeTarget, a.edgeLength);
	return { nodeCount: n, ...a, edgeSource, edgeReverse, nodeX, nodeY, projection };
}

/** Source node and opposite edge of every directed edge (parallel segments paired by length). */
function edgeTopology(
	edgeStart: Int32Array,
	edgeTarget: Int32Array,
	edgeLength: Float32Array
): { edgeSource: Int32Array; edgeReverse: Int32Array } {
	const m = edgeTarget.length;
	const n = edgeStart.length - 1;
	const edgeSource = new Int32Array(m);
	for (let u = 0; u < n; u++)
		for (let e = edgeStart[u]; e < edgeStart[u + 1]; e++) edgeSource[e] = u;
	const edgeReverse = new Int32Array(m).fill(-1);
	for (let e = 0; e < m; e++) {
		if (edgeReverse[e] >= 0) continue;
		const u = edgeSource[e];
		const v = edgeTarget[e];
		let pick = -1;
		for (let f = edgeStart[v]; f < edgeStart[v + 1]; f++) {
			if (edgeTarget[f] !== u || edgeReverse[f] >= 0 || f === e) continue;
			if (
				pick < 0 ||
				Math.abs(edgeLength[f] - edgeLength[e]) < Math.abs(edgeLength[pick] - edgeLength[e])
			)
				pick = f;
		}
		if (pick >= 0) {
			edgeReverse[e] = pick;
			edgeReverse[pick] = e;
		}
	}
	return { edgeSource, edgeReverse };
}

/** Speed of the final walking-type leg for a profile (m/s). */
export function profileSpeedMs(profile: StreetProfile, speeds: Speeds): number {
	return speeds[profile] / 3.6;
}

/**
 * Seconds to traverse each directed edge for a profile; Infinity where the profile may not pass.
 * Wheelchair/stroller avoids steps, high kerbs and wheelchair=no; bikes are pushed at walking
 * speed where riding is not allowed (footways, wrong way of a one-way) and avoid steps.
 */
export function edgeCosts(
	graph: StreetGraph,
	profile: StreetProfile,
	speeds: Speeds
): Float32Array {
	const out = new Float32Array(graph.edgeTarget.length);
	const walk = speeds.walk / 3.6;
	const own = speeds[profile] / 3.6;
	const len = graph.edgeLength;
	const flags = graph.edgeFlags;
	for (let e = 0; e < out.length; e++) {
		const f = flags[e];
		if (profile === 'walk') {
			out[e] = f & (EdgeFlag.NO_WALK | EdgeFlag.WALK_ISLAND) ? Infinity : len[e] / walk;
		} else if (profile === 'wheelchair') {
			const blocked =
				EdgeFlag.NO_WALK | EdgeFlag.STEPS | EdgeFlag.HIGH_KERB | EdgeFlag.NO_WHEELCHAIR;
			out[e] = f & blocked ? Infinity : len[e] / own;
		} else {
			if (f & (EdgeFlag.STEPS | EdgeFlag.NO_BIKE_PUSH)) out[e] = Infinity;
			else if (f & EdgeFlag.NO_BIKE) out[e] = f & EdgeFlag.NO_WALK ? Infinity : len[e] / walk;
			else out[e] = len[e] / own;
		}
	}
	return out;
}
