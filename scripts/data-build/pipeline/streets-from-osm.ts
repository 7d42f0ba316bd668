/**
 * OSM ways → StreetGraph with edge flags for the three profiles (walk, wheelchair, bike).
 *
 * Islands are found per profile, from the edges that profile may use (a yard behind a private
 * gate is an island for walkers even when cars reach it): edges outside the profile's largest
 * component get the profile's island flag, so nothing snaps there, and nodes no profile can
 * reach are dropped. Pedestrian areas (area=yes squares, platforms) are walked along their
 * outline and across, between the ways that enter them.
 */
import {
	buildStreetGraph,
	DEFAULT_SPEEDS,
	edgeCosts,
	EdgeFlag,
	type StreetGraph,
	type StreetProfile
} from '../../../src/lib/reach/street-graph';
import { EdgeIndex, usableEdges } from '../../../src/lib/reach/edge-snap';
import { haversineMeters, projectX, projectY } from '../../../src/lib/reach/geo';
import type { StreetReport } from '../../../src/lib/reach/manifest';
import { routedHighway, wayFlags } from './osm-access';
import type { OsmStreetsRaw } from './osm-pbf';

const PROFILES: StreetProfile[] = ['walk', 'wheelchair', 'bike'];
const ISLAND_FLAG: Record<StreetProfile, number> = {
	walk: EdgeFlag.WALK_ISLAND,
	wheelchair: EdgeFlag.NO_WHEELCHAIR,
	bike: EdgeFlag.NO_BIKE_PUSH
};
/** squares with more entrances are only walked along their outline */
const MAX_AREA_ENTRANCES = 24;

interface Segments {
	from: number[];
	to: number[];
	fwd: number[];
	bwd: number[];
}

export interface StreetsResult {
	graph: StreetGraph;
	osmNodeIds: number[];
	report: StreetReport;
	/** Is the nearest street walkers may use (ignoring islands) within `radius` of the point on
	 *  a walkers' island? (For the stop report.) */
	nearestWalkableIsIsland(lon: number, lat: number, radius: number): boolean;
}

export function streetsFromOsm(
	raw: OsmStreetsRaw,
	bbox?: [number, number, number, number]
): StreetsResult {
	const index = new Map<number, number>();
	const lon: number[] = [];
	const lat: number[] = [];
	const ids: number[] = [];
	const inside = (c: [number, number]) =>
		!bbox || (c[0] >= bbox[0] && c[1] >= bbox[1] && c[0] <= bbox[2] && c[1] <= bbox[3]);
	const nodeOf = (id: number): number => {
		let i = index.get(id);
		if (i === undefined) {
			const c = raw.coords.get(id) as [number, number];
			i = lon.length;
			index.set(id, i);
			lon.push(c[0]);
			lat.push(c[1]);
			ids.push(id);
		}
		return i;
	};
	const seg: Segments = { from: [], to: [], fwd: [], bwd: [] };
	const useCount = new Map<number, number>();
	for (const w of raw.ways)
		for (const r of new Set(w.refs)) useCount.set(r, (useCount.get(r) ?? 0) + 1);
	for (const w of raw.ways) {
		const [ff, fb] = wayFlags(w.tags);
		for (let k = 1; k < w.refs.length; k++) {
			const a = raw.coords.get(w.refs[k - 1]);
			const b = raw.coords.get(w.refs[k]);
			if (!a || !b || !inside(a) || !inside(b) || w.refs[k - 1] === w.refs[k]) continue;
			const kerb =
				raw.highKerbs.has(w.refs[k - 1]) || raw.highKerbs.has(w.refs[k]) ? EdgeFlag.HIGH_KERB : 0;
			seg.from.push(nodeOf(w.refs[k - 1]));
			seg.to.push(nodeOf(w.refs[k]));
			seg.fwd.push(ff | kerb);
			seg.bwd.push(fb | kerb);
		}
		if (isWalkableArea(w.tags, w.refs)) crossArea(w.refs, raw, useCount, inside, nodeOf, ff, seg);
	}

	// Per profile: the largest component over the edges the profile may use.
	const g0 = makeGraph(lon, lat, seg);
	const segOfEdge = new Int32Array(g0.edgeTarget.length);
	{
		const fill = g0.edgeStart.slice(0, g0.nodeCount);
		for (let i = 0; i < seg.from.length; i++) {
			segOfEdge[fill[seg.from[i]]++] = i;
			segOfEdge[fill[seg.to[i]]++] = i;
		}
	}
	const islandSegments = { walk: 0, wheelchair: 0, bike: 0 };
	const walkIsland = new Uint8Array(seg.from.length);
	for (const profile of PROFILES) {
		const costs = edgeCosts(g0, profile, DEFAULT_SPEEDS);
		const usable = new Uint8Array(seg.from.length);
		for (let e = 0; e < costs.length; e++) if (costs[e] < Infinity) usable[segOfEdge[e]] = 1;
		const root = largestComponent(lon.length, seg, usable);
		for (let i = 0; i < seg.from.length; i++) {
			if (!usable[i] || root.find(seg.from[i]) === root.root) continue;
			seg.fwd[i] |= ISLAND_FLAG[profile];
			seg.bwd[i] |= ISLAND_FLAG[profile];
			islandSegments[profile]++;
			if (profile === 'walk') walkIsland[i] = 1;
		}
	}

	// Keep the segments some profile may still use, and their nodes.
	const probe = makeGraph(lon, lat, seg);
	const keepSeg = new Uint8Array(seg.from.length);
	for (const profile of PROFILES) {
		const costs = edgeCosts(probe, profile, DEFAULT_SPEEDS);
		for (let e = 0; e < costs.length; e++) if (costs[e] < Infinity) keepSeg[segOfEdge[e]] = 1;
	}
	const keep = new Int32Array(lon.length).fill(-1);
	const out = { lon: [] as number[], lat: [] as number[], ids: [] as number[] };
	const kept: Segments = { from: [], to: [], fwd: [], bwd: [] };
	const keepNode = (i: number) => {
		if (keep[i] < 0) {
			keep[i] = out.lon.length;
			out.lon.push(lon[i]);
			out.lat.push(lat[i]);
			out.ids.push(ids[i]);
		}
		return keep[i];
	};
	for (let i = 0; i < seg.from.length; i++) {
		if (!keepSeg[i]) continue;
		kept.from.push(keepNode(seg.from[i]));
		kept.to.push(keepNode(seg.to[i]));
		kept.fwd.push(seg.fwd[i]);
		kept.bwd.push(seg.bwd[i]);
	}
	const graph = makeGraph(out.lon, out.lat, kept);

	// For the stop report: the nearest street walkers may use, islands included.
	let walkIndex: EdgeIndex | undefined;
	const nearestWalkableIsIsland = (plon: number, plat: number, radius: number) => {
		walkIndex ??= new EdgeIndex(g0, usableEdges(edgeCosts(g0, 'walk', DEFAULT_SPEEDS)));
		const hit = walkIndex.nearest(
			projectX(g0.projection, plon),
			projectY(g0.projection, plat),
			radius
		);
		return hit !== null && walkIsland[segOfEdge[hit.edge]] === 1;
	};

	return {
		graph,
		osmNodeIds: out.ids,
		report: {
			nodes: graph.nodeCount,
			edges: graph.edgeTarget.length,
			islandSegments,
			droppedNodes: lon.length - out.lon.length
		},
		nearestWalkableIsIsland
	};
}

function makeGraph(lon: number[], lat: number[], seg: Segments): StreetGraph {
	return buildStreetGraph({
		nodeLon: Float64Array.from(lon),
		nodeLat: Float64Array.from(lat),
		segFrom: Int32Array.from(seg.from),
		segTo: Int32Array.from(seg.to),
		segFlagsForward: Uint8Array.from(seg.fwd),
		segFlagsBackward: Uint8Array.from(seg.bwd),
		segLength: Float32Array.from(seg.from, (a, i) =>
			haversineMeters(lon[a], lat[a], lon[seg.to[i]], lat[seg.to[i]])
		)
	});
}

/** Union-find over the usable segments; the root of the component with most nodes. */
function largestComponent(n: number, seg: Segments, usable: Uint8Array) {
	const parent = Int32Array.from({ length: n }, (_, i) => i);
	const find = (x: number): number => {
		while (parent[x] !== x) x = parent[x] = parent[parent[x]];
		return x;
	};
	for (let i = 0; i < seg.from.length; i++)
		if (usable[i]) parent[find(seg.from[i])] = find(seg.to[i]);
	const size = new Int32Array(n);
	const touched = new Uint8Array(n);
	for (let i = 0; i < seg.from.length; i++)
		if (usable[i]) touched[seg.from[i]] = touched[seg.to[i]] = 1;
	for (let i = 0; i < n; i++) if (touched[i]) size[find(i)]++;
	let root = 0;
	for (let i = 0; i < n; i++) if (size[i] > size[root]) root = i;
	return { root, find };
}

/** A closed way that is an area people walk across (square, pedestrian area, platform). */
function isWalkableArea(tags: Record<string, string>, refs: number[]): boolean {
	if (refs.length < 4 || refs[0] !== refs[refs.length - 1]) return false;
	const hw = routedHighway(tags);
	if (hw === 'platform') return true;
	return tags.area === 'yes' && (hw === 'pedestrian' || hw === 'footway' || hw === 'living_street');
}

/**
 * Straight walks across an area between the nodes where other ways enter it, where the straight
 * line stays inside the outline (a concave square is not cut across its missing corner).
 */
function crossArea(
	refs: number[],
	raw: OsmStreetsRaw,
	useCount: Map<number, number>,
	inside: (c: [number, number]) => boolean,
	nodeOf: (id: number) => number,
	flags: number,
	seg: Segments
): void {
	const ring = refs.slice(0, -1);
	const coords = ring.map((r) => raw.coords.get(r));
	if (coords.some((c) => !c || !inside(c))) return;
	const pts = coords as [number, number][];
	const entrances = ring.map((r, i) => i).filter((i) => (useCount.get(ring[i]) ?? 0) > 1);
	if (entrances.length < 2 || entrances.length > MAX_AREA_ENTRANCES) return;
	for (let x = 0; x < entrances.length; x++)
		for (let y = x + 1; y < entrances.length; y++) {
			const i = entrances[x];
			const j = entrances[y];
			// neighbours on the ring are joined by the outline already
			if (j === i + 1 || (i === 0 && j === ring.length - 1)) continue;
			if (!chordInside(pts, i, j)) continue;
			seg.from.push(nodeOf(ring[i]));
			seg.to.push(nodeOf(ring[j]));
			seg.fwd.push(flags);
			seg.bwd.push(flags);
		}
}

/** Does the chord between ring vertices i and j stay inside the ring (no crossing, midpoint in)? */
function chordInside(pts: [number, number][], i: number, j: number): boolean {
	const [ax, ay] = pts[i];
	const [bx, by] = pts[j];
	const n = pts.length;
	for (let k = 0; k < n; k++) {
		const k2 = (k + 1) % n;
		if (k === i || k === j || k2 === i || k2 === j) continue;
		if (segmentsCross(ax, ay, bx, by, pts[k][0], pts[k][1], pts[k2][0], pts[k2][1])) return false;
	}
	const mx = (ax + bx) / 2;
	const my = (ay + by) / 2;
	let inside = false;
	for (let k = 0, l = n - 1; k < n; l = k++) {
		const [xk, yk] = pts[k];
		const [xl, yl] = pts[l];
		if (yk > my !== yl > my && mx < ((xl - xk) * (my - yk)) / (yl - yk) + xk) inside = !inside;
	}
	return inside;
}

function segmentsCross(
	ax: number,
	ay: number,
	bx: number,
	by: number,
	cx: number,
	cy: number,
	dx: number,
	dy: number
): boolean {
	const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
		Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
	return (
		o(ax, ay, bx, by, cx, cy) * o(ax, ay, bx, by, dx, dy) < 0 &&
		o(cx, cy, dx, dy, ax, ay) * o(cx, cy, dx, dy, bx, by) < 0
	);
}
