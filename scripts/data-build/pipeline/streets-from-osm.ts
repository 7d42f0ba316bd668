/** OSM ways → StreetGraph with edge flags for the three profiles. */
import { buildStreetGraph, EdgeFlag, type StreetGraph } from '../../../src/lib/reach/street-graph';
import { haversineMeters } from '../../../src/lib/reach/geo';
import type { OsmStreetsRaw } from './osm-pbf';

const ROUTABLE = new Set([
	'motorway',
	'motorway_link',
	'trunk',
	'trunk_link',
	'primary',
	'primary_link',
	'secondary',
	'secondary_link',
	'tertiary',
	'tertiary_link',
	'unclassified',
	'residential',
	'living_street',
	'service',
	'pedestrian',
	'track',
	'road',
	'footway',
	'path',
	'cycleway',
	'bridleway',
	'steps',
	'corridor'
]);
const NO_FOOT_HIGHWAY = new Set(['motorway', 'motorway_link', 'trunk', 'trunk_link']);
const FOOT_ONLY = new Set(['footway', 'pedestrian', 'steps', 'corridor']);
const NO = new Set(['no', 'private']);

export function keepHighway(tags: Record<string, string>): boolean {
	return ROUTABLE.has(tags.highway ?? '') && tags.area !== 'yes' && tags.access !== 'no';
}

/** Flags for the forward and backward direction of a way. */
export function wayFlags(tags: Record<string, string>): [number, number] {
	const hw = tags.highway ?? '';
	let f = 0;
	const footYes = tags.foot === 'yes' || tags.foot === 'designated';
	if ((NO_FOOT_HIGHWAY.has(hw) && !footYes) || NO.has(tags.foot ?? '') || tags.motorroad === 'yes')
		f |= EdgeFlag.NO_WALK;
	if (hw === 'steps') f |= EdgeFlag.STEPS | EdgeFlag.NO_BIKE;
	const bikeYes = tags.bicycle === 'yes' || tags.bicycle === 'designated';
	if ((FOOT_ONLY.has(hw) && !bikeYes) || tags.bicycle === 'dismount') f |= EdgeFlag.NO_BIKE;
	if (NO.has(tags.bicycle ?? '') || (NO_FOOT_HIGHWAY.has(hw) && !bikeYes))
		f |= EdgeFlag.NO_BIKE | EdgeFlag.NO_BIKE_PUSH;
	if (
		tags.wheelchair === 'no' ||
		['very_bad', 'horrible', 'very_horrible', 'impassable'].includes(tags.smoothness ?? '')
	)
		f |= EdgeFlag.NO_WHEELCHAIR;
	let fwd = f;
	let bwd = f;
	const oneway = tags.oneway ?? (tags.junction === 'roundabout' ? 'yes' : 'no');
	const bikeBothWays = tags['oneway:bicycle'] === 'no' || tags['cycleway'] === 'opposite';
	if (!bikeBothWays) {
		if (oneway === 'yes' || oneway === '1' || oneway === 'true') bwd |= EdgeFlag.NO_BIKE;
		else if (oneway === '-1') fwd |= EdgeFlag.NO_BIKE;
	}
	return [fwd, bwd];
}

export function streetsFromOsm(
	raw: OsmStreetsRaw,
	bbox?: [number, number, number, number]
): { graph: StreetGraph; osmNodeIds: number[] } {
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
	const from: number[] = [];
	const to: number[] = [];
	const fwd: number[] = [];
	const bwd: number[] = [];
	for (const w of raw.ways) {
		const [ff, fb] = wayFlags(w.tags);
		for (let k = 1; k < w.refs.length; k++) {
			const a = raw.coords.get(w.refs[k - 1]);
			const b = raw.coords.get(w.refs[k]);
			if (!a || !b || !inside(a) || !inside(b) || w.refs[k - 1] === w.refs[k]) continue;
			const kerb =
				raw.highKerbs.has(w.refs[k - 1]) || raw.highKerbs.has(w.refs[k]) ? EdgeFlag.HIGH_KERB : 0;
			from.push(nodeOf(w.refs[k - 1]));
			to.push(nodeOf(w.refs[k]));
			fwd.push(ff | kerb);
			bwd.push(fb | kerb);
		}
	}
	// Keep the largest connected component: isolated pieces (private yards, clipped fragments)
	// would otherwise catch snapped origins and places.
	const n = lon.length;
	const parent = Int32Array.from({ length: n }, (_, i) => i);
	const find = (x: number): number => {
		while (parent[x] !== x) x = parent[x] = parent[parent[x]];
		return x;
	};
	for (let i = 0; i < from.length; i++) parent[find(from[i])] = find(to[i]);
	const size = new Int32Array(n);
	for (let i = 0; i < n; i++) size[find(i)]++;
	let root = 0;
	for (let i = 0; i < n; i++) if (size[i] > size[root]) root = i;
	const keep = new Int32Array(n).fill(-1);
	const keptIds: number[] = [];
	const keptLon: number[] = [];
	const keptLat: number[] = [];
	for (let i = 0; i < n; i++)
		if (find(i) === root) {
			keep[i] = keptLon.length;
			keptLon.push(lon[i]);
			keptLat.push(lat[i]);
			keptIds.push(ids[i]);
		}
	const sf: number[] = [];
	const st: number[] = [];
	const sfw: number[] = [];
	const sbw: number[] = [];
	const len: number[] = [];
	for (let i = 0; i < from.length; i++) {
		if (keep[from[i]] < 0) continue;
		sf.push(keep[from[i]]);
		st.push(keep[to[i]]);
		sfw.push(fwd[i]);
		sbw.push(bwd[i]);
		len.push(haversineMeters(lon[from[i]], lat[from[i]], lon[to[i]], lat[to[i]]));
	}
	const graph = buildStreetGraph({
		nodeLon: Float64Array.from(keptLon),
		nodeLat: Float64Array.from(keptLat),
		segFrom: Int32Array.from(sf),
		segTo: Int32Array.from(st),
		segFlagsForward: Uint8Array.from(sfw),
		segFlagsBackward: Uint8Array.from(sbw),
		segLength: Float32Array.from(len)
	});
	return { graph, osmNodeIds: keptIds };
}
