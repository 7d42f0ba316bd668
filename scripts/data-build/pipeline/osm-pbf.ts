/**
 * Minimal OSM PBF reader (https://wiki.openstreetmap.org/wiki/PBF_Format): file blocks, zlib
 * blobs, PrimitiveBlocks with DenseNodes and Ways. Relations and metadata are skipped; that is
 * all a street graph needs.
 */
import { PbfReader as Pbf } from 'pbf';
import { unzlibSync } from 'fflate';

export class OsmPbfError extends Error {}

export interface OsmWay {
	id: number;
	refs: number[];
	tags: Record<string, string>;
}

export interface OsmHeader {
	/** [minLon, minLat, maxLon, maxLat] when the file declares one */
	bbox?: [number, number, number, number];
	requiredFeatures: string[];
	/** e.g. "osmium/1.15.0" */
	writingProgram?: string;
}

interface Blob {
	type: string;
	data: Uint8Array;
}

function* blobs(buf: Uint8Array): Generator<Blob> {
	const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
	let pos = 0;
	while (pos < buf.length) {
		if (pos + 4 > buf.length) throw new OsmPbfError('truncated OSM PBF (block length)');
		const headerLength = view.getUint32(pos, false);
		pos += 4;
		if (headerLength > 64 * 1024 || pos + headerLength > buf.length)
			throw new OsmPbfError('not an OSM PBF file (bad block header length)');
		const header = { type: '', datasize: 0 };
		new Pbf(buf.subarray(pos, pos + headerLength)).readFields((tag, h, pbf) => {
			if (tag === 1) h.type = pbf.readString();
			else if (tag === 3) h.datasize = pbf.readVarint();
		}, header);
		pos += headerLength;
		if (!header.type || pos + header.datasize > buf.length)
			throw new OsmPbfError('not an OSM PBF file (bad blob header)');
		const blob = {
			raw: undefined as Uint8Array | undefined,
			zlib: undefined as Uint8Array | undefined,
			other: false
		};
		new Pbf(buf.subarray(pos, pos + header.datasize)).readFields((tag, b, pbf) => {
			if (tag === 1) b.raw = pbf.readBytes();
			else if (tag === 3) b.zlib = pbf.readBytes();
			else if (tag === 4 || tag === 5 || tag === 6 || tag === 7) b.other = true;
		}, blob);
		pos += header.datasize;
		let data: Uint8Array;
		if (blob.raw) data = blob.raw;
		else if (blob.zlib) data = unzlibSync(blob.zlib);
		else if (blob.other)
			throw new OsmPbfError('OSM PBF uses a compression other than zlib (re-encode with osmium)');
		else data = new Uint8Array(0);
		yield { type: header.type, data };
	}
}

const PBF_HINT = 'pass an OpenStreetMap extract in PBF format (.osm.pbf, e.g. from Geofabrik)';

/** Throw a clear error unless `buf` starts like an OSM PBF file. */
export function assertOsmPbf(buf: Uint8Array, label = 'file'): void {
	const head = new TextDecoder().decode(buf.subarray(0, 64)).trimStart();
	if (head.startsWith('<?xml') || head.startsWith('<osm'))
		throw new OsmPbfError(
			`${label} is OSM XML, not PBF: convert it (osmium cat ${label} -o out.osm.pbf) or ${PBF_HINT}`
		);
	if (buf.length >= 2 && buf[0] === 0x50 && buf[1] === 0x4b)
		throw new OsmPbfError(
			`${label} is a ZIP archive, not an OSM PBF file (is it the GTFS feed? --osm wants the street extract): ${PBF_HINT}`
		);
	try {
		const first = blobs(buf).next();
		if (first.done || first.value.type !== 'OSMHeader')
			throw new OsmPbfError(`${label} is not an OSM PBF file (no OSMHeader block): ${PBF_HINT}`);
	} catch (e) {
		if (e instanceof OsmPbfError && e.message.startsWith(label)) throw e;
		throw new OsmPbfError(`${label} is not an OSM PBF file (${(e as Error).message}): ${PBF_HINT}`);
	}
}

const SUPPORTED = new Set(['OsmSchema-V0.6', 'DenseNodes']);

function readHeader(data: Uint8Array): OsmHeader {
	const h: OsmHeader & { bb: number[] } = { requiredFeatures: [], bb: [] };
	new Pbf(data).readFields((tag, o, pbf) => {
		if (tag === 1) {
			const bb = [0, 0, 0, 0];
			pbf.readMessage((t, b, p) => {
				if (t >= 1 && t <= 4) b[t - 1] = p.readSVarint();
			}, bb);
			o.bb = bb; // left, right, top, bottom (nanodegrees)
		} else if (tag === 4) o.requiredFeatures.push(pbf.readString());
		else if (tag === 16) o.writingProgram = pbf.readString();
	}, h);
	for (const f of h.requiredFeatures)
		if (!SUPPORTED.has(f)) throw new OsmPbfError(`OSM PBF requires unsupported feature ${f}`);
	const bbox: OsmHeader['bbox'] =
		h.bb.length === 4 ? [h.bb[0] / 1e9, h.bb[3] / 1e9, h.bb[1] / 1e9, h.bb[2] / 1e9] : undefined;
	return { bbox, requiredFeatures: h.requiredFeatures, writingProgram: h.writingProgram };
}

interface Block {
	strings: string[];
	groups: [number, number][];
	granularity: number;
	latOffset: number;
	lonOffset: number;
	pbf: Pbf;
}

function readBlock(data: Uint8Array): Block {
	const pbf = new Pbf(data);
	const block: Block = {
		strings: [],
		groups: [],
		granularity: 100,
		latOffset: 0,
		lonOffset: 0,
		pbf
	};
	const decoder = new TextDecoder();
	pbf.readFields((tag, b, p) => {
		if (tag === 1) {
			p.readMessage((t, bb, q) => {
				if (t === 1) bb.strings.push(decoder.decode(q.readBytes()));
			}, b);
		} else if (tag === 2) {
			const end = p.readVarint() + p.pos;
			b.groups.push([p.pos, end]);
			p.pos = end;
		} else if (tag === 17) b.granularity = p.readVarint();
		else if (tag === 19) b.latOffset = p.readVarint(true);
		else if (tag === 20) b.lonOffset = p.readVarint(true);
	}, block);
	return block;
}

/** Visit every way (tags decoded) in the file. */
export function forEachWay(buf: Uint8Array, visit: (w: OsmWay) => void): void {
	for (const blob of blobs(buf)) {
		if (blob.type !== 'OSMData') continue;
		const b = readBlock(blob.data);
		for (const [start, end] of b.groups) {
			b.pbf.pos = start;
			b.pbf.readFields(
				(tag, _o, p) => {
					if (tag !== 3) return;
					const w = { id: 0, keys: [] as number[], vals: [] as number[], refs: [] as number[] };
					p.readMessage((t, ww, q) => {
						if (t === 1) ww.id = q.readVarint();
						else if (t === 2) q.readPackedVarint(ww.keys);
						else if (t === 3) q.readPackedVarint(ww.vals);
						else if (t === 8) q.readPackedSVarint(ww.refs);
					}, w);
					for (let i = 1; i < w.refs.length; i++) w.refs[i] += w.refs[i - 1];
					const tags: Record<string, string> = {};
					for (let i = 0; i < w.keys.length; i++) tags[b.strings[w.keys[i]]] = b.strings[w.vals[i]];
					visit({ id: w.id, refs: w.refs, tags });
				},
				{},
				end
			);
		}
	}
}

/** Visit every node (dense or plain) with coordinates and tags. */
export function forEachNode(
	buf: Uint8Array,
	visit: (id: number, lon: number, lat: number, tags: Record<string, string> | null) => void
): void {
	for (const blob of blobs(buf)) {
		if (blob.type !== 'OSMData') continue;
		const b = readBlock(blob.data);
		const lonOf = (v: number) => (b.lonOffset + b.granularity * v) / 1e9;
		const latOf = (v: number) => (b.latOffset + b.granularity * v) / 1e9;
		for (const [start, end] of b.groups) {
			b.pbf.pos = start;
			b.pbf.readFields(
				(tag, _o, p) => {
					if (tag === 2) {
						const d = {
							ids: [] as number[],
							lats: [] as number[],
							lons: [] as number[],
							kv: [] as number[]
						};
						p.readMessage((t, dd, q) => {
							if (t === 1) q.readPackedSVarint(dd.ids);
							else if (t === 8) q.readPackedSVarint(dd.lats);
							else if (t === 9) q.readPackedSVarint(dd.lons);
							else if (t === 10) q.readPackedVarint(dd.kv);
						}, d);
						let id = 0,
							lat = 0,
							lon = 0,
							k = 0;
						for (let i = 0; i < d.ids.length; i++) {
							id += d.ids[i];
							lat += d.lats[i];
							lon += d.lons[i];
							let tags: Record<string, string> | null = null;
							if (d.kv.length) {
								while (k < d.kv.length && d.kv[k] !== 0) {
									(tags ??= {})[b.strings[d.kv[k]]] = b.strings[d.kv[k + 1]];
									k += 2;
								}
								k++;
							}
							visit(id, lonOf(lon), latOf(lat), tags);
						}
					} else if (tag === 1) {
						const n = { id: 0, lat: 0, lon: 0, keys: [] as number[], vals: [] as number[] };
						p.readMessage((t, nn, q) => {
							if (t === 1) nn.id = q.readSVarint();
							else if (t === 2) q.readPackedVarint(nn.keys);
							else if (t === 3) q.readPackedVarint(nn.vals);
							else if (t === 8) nn.lat = q.readSVarint();
							else if (t === 9) nn.lon = q.readSVarint();
						}, n);
						let tags: Record<string, string> | null = null;
						for (let i = 0; i < n.keys.length; i++)
							(tags ??= {})[b.strings[n.keys[i]]] = b.strings[n.vals[i]];
						visit(n.id, lonOf(n.lon), latOf(n.lat), tags);
					}
				},
				{},
				end
			);
		}
	}
}

export interface OsmStreetsRaw {
	header: OsmHeader;
	ways: OsmWay[];
	/** node id → [lon, lat] for nodes used by the kept ways */
	coords: Map<number, [number, number]>;
	/** node ids tagged as a raised kerb */
	highKerbs: Set<number>;
}

/** Two passes: ways accepted by `keepWay`, then coordinates and kerb tags of their nodes. */
export function readOsmStreets(
	buf: Uint8Array,
	keepWay: (tags: Record<string, string>) => boolean,
	progress?: (msg: string) => void,
	label = 'the OSM file'
): OsmStreetsRaw {
	assertOsmPbf(buf, label);
	try {
		return readStreets(buf, keepWay, progress);
	} catch (e) {
		if (e instanceof OsmPbfError) throw new OsmPbfError(`${label}: ${e.message}`);
		throw new OsmPbfError(`${label} is damaged (${(e as Error).message}): ${PBF_HINT}`);
	}
}

function readStreets(
	buf: Uint8Array,
	keepWay: (tags: Record<string, string>) => boolean,
	progress?: (msg: string) => void
): OsmStreetsRaw {
	const first = blobs(buf).next();
	const header = first.done ? { requiredFeatures: [] } : readHeader(first.value.data);
	const ways: OsmWay[] = [];
	const needed = new Set<number>();
	forEachWay(buf, (w) => {
		if (!keepWay(w.tags)) return;
		ways.push(w);
		for (const r of w.refs) needed.add(r);
	});
	progress?.(`${ways.length} ways, ${needed.size} nodes referenced`);
	const coords = new Map<number, [number, number]>();
	const highKerbs = new Set<number>();
	forEachNode(buf, (id, lon, lat, tags) => {
		if (!needed.has(id)) return;
		coords.set(id, [lon, lat]);
		if (tags && isHighKerb(tags)) highKerbs.add(id);
	});
	return { header, ways, coords, highKerbs };
}

export function isHighKerb(tags: Record<string, string>): boolean {
	if (tags.kerb === 'raised' || tags.kerb === 'rolled') return tags.kerb === 'raised';
	const h = parseFloat(tags['kerb:height'] ?? '');
	if (!Number.isNaN(h)) return (tags['kerb:height'].includes('cm') ? h / 100 : h) > 0.03;
	return false;
}
