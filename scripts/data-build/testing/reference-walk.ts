/**
 * Independent walking reference for the pipeline tests: a graph built straight from an OSM XML
 * file (its own parser, no code of the pipeline or the engine), with the list of walkable ways
 * given by the test, islands removed, points inserted by splitting their nearest segment, and a
 * plain Dijkstra (binary heap of [time, node] pairs).
 */
import { readFileSync } from 'node:fs';

const R = 6371008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle metres between two [lon, lat] points. */
export function distance(a: [number, number], b: [number, number]): number {
	const dLat = rad(b[1] - a[1]);
	const dLon = rad(b[0] - a[0]);
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface XmlOsm {
	nodes: Map<number, [number, number]>;
	ways: { id: number; refs: number[]; tags: Record<string, string> }[];
}

export function parseOsmXml(path: string): XmlOsm {
	const xml = readFileSync(path, 'utf8');
	const nodes = new Map<number, [number, number]>();
	for (const m of xml.matchAll(/<node id="(-?\d+)"[^>]*?lat="([-\d.]+)" lon="([-\d.]+)"/g))
		nodes.set(Number(m[1]), [Number(m[3]), Number(m[2])]);
	const ways: XmlOsm['ways'] = [];
	for (const m of xml.matchAll(/<way id="(\d+)"[^>]*>([\s\S]*?)<\/way>/g)) {
		const refs = [...m[2].matchAll(/<nd ref="(-?\d+)"/g)].map((x) => Number(x[1]));
		const tags: Record<string, string> = {};
		for (const t of m[2].matchAll(/<tag k="([^"]*)" v="([^"]*)"/g)) tags[t[1]] = t[2];
		ways.push({ id: Number(m[1]), refs, tags });
	}
	return { nodes, ways };
}

export class ReferenceWalk {
	private readonly coords: [number, number][] = [];
	private readonly adj: { to: number; m: number }[][] = [];
	private readonly ids = new Map<number, number>();
	private segments: [number, number][] = [];

	/**
	 * @param walkable ids of the ways walkers may use
	 * @param extraSegments further walkable pairs of OSM node ids (e.g. across a square)
	 */
	constructor(osm: XmlOsm, walkable: Set<number>, extraSegments: [number, number][] = []) {
		const pairs: [number, number][] = [...extraSegments];
		for (const w of osm.ways)
			if (walkable.has(w.id))
				for (let k = 1; k < w.refs.length; k++) pairs.push([w.refs[k - 1], w.refs[k]]);
		const node = (id: number) => {
			let i = this.ids.get(id);
			if (i === undefined) {
				i = this.coords.length;
				this.ids.set(id, i);
				this.coords.push(osm.nodes.get(id) as [number, number]);
				this.adj.push([]);
			}
			return i;
		};
		const all = pairs.map(([a, b]) => [node(a), node(b)] as [number, number]);
		// the largest connected component only
		const comp = new Array(this.coords.length).fill(-1);
		const nb: number[][] = this.coords.map(() => []);
		for (const [a, b] of all) {
			nb[a].push(b);
			nb[b].push(a);
		}
		let best = -1;
		let bestSize = 0;
		for (let s = 0, c = 0; s < comp.length; s++) {
			if (comp[s] >= 0) continue;
			const stack = [s];
			comp[s] = c;
			let size = 0;
			while (stack.length) {
				const u = stack.pop() as number;
				size++;
				for (const v of nb[u])
					if (comp[v] < 0) {
						comp[v] = c;
						stack.push(v);
					}
			}
			if (size > bestSize) {
				bestSize = size;
				best = c;
			}
			c++;
		}
		for (const [a, b] of all) {
			if (comp[a] !== best) continue;
			const m = distance(this.coords[a], this.coords[b]);
			this.adj[a].push({ to: b, m });
			this.adj[b].push({ to: a, m });
			this.segments.push([a, b]);
		}
	}

	/** Nearest point on any segment (local metres), and where on it. */
	private nearest(p: [number, number]) {
		const k = Math.cos(rad(p[1])) * 111195;
		const xy = (c: [number, number]) => [(c[0] - p[0]) * k, (c[1] - p[1]) * 111195];
		let best = { d: Infinity, a: -1, b: -1, f: 0 };
		for (const [a, b] of this.segments) {
			const [ax, ay] = xy(this.coords[a]);
			const [bx, by] = xy(this.coords[b]);
			const dx = bx - ax;
			const dy = by - ay;
			const len2 = dx * dx + dy * dy;
			const f = len2 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
			const d = Math.hypot(ax + f * dx, ay + f * dy);
			if (d < best.d) best = { d, a, b, f };
		}
		return best;
	}

	/**
	 * Metres walked from `from` to every target: through the network (the point joined to its
	 * nearest segment, which is split there) or, on the same segment, along it. Infinity when a
	 * point is more than maxSnap metres from the network.
	 */
	metres(from: [number, number], targets: [number, number][], maxSnap = 1000): number[] {
		const o = this.nearest(from);
		if (o.d > maxSnap) return targets.map(() => Infinity);
		const n = this.coords.length;
		const dist = new Array(n).fill(Infinity);
		const heap: [number, number][] = [];
		const push = (t: number, v: number) => {
			if (t >= dist[v]) return;
			dist[v] = t;
			heap.push([t, v]);
			for (let i = heap.length - 1; i > 0;) {
				const p = (i - 1) >> 1;
				if (heap[p][0] <= heap[i][0]) break;
				[heap[p], heap[i]] = [heap[i], heap[p]];
				i = p;
			}
		};
		const segLen = (a: number, b: number) => distance(this.coords[a], this.coords[b]);
		push(o.d + o.f * segLen(o.a, o.b), o.a);
		push(o.d + (1 - o.f) * segLen(o.a, o.b), o.b);
		while (heap.length) {
			const top = heap[0];
			const last = heap.pop() as [number, number];
			if (heap.length) {
				heap[0] = last;
				for (let i = 0; ;) {
					const l = 2 * i + 1;
					const r = l + 1;
					let m = i;
					if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
					if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
					if (m === i) break;
					[heap[m], heap[i]] = [heap[i], heap[m]];
					i = m;
				}
			}
			const [t, u] = top;
			if (t > dist[u]) continue;
			for (const { to, m } of this.adj[u]) push(t + m, to);
		}
		return targets.map((p) => {
			const h = this.nearest(p);
			if (h.d > maxSnap) return Infinity;
			const len = segLen(h.a, h.b);
			let m = Math.min(dist[h.a] + h.f * len, dist[h.b] + (1 - h.f) * len) + h.d;
			const same = (h.a === o.a && h.b === o.b) || (h.a === o.b && h.b === o.a);
			if (same) {
				const fo = h.a === o.a ? o.f : 1 - o.f;
				m = Math.min(m, o.d + Math.abs(h.f - fo) * len + h.d);
			}
			return m;
		});
	}

	/** Metres from the point to the network (Infinity if no segment). */
	offNetwork(p: [number, number]): number {
		return this.nearest(p).d;
	}
}
