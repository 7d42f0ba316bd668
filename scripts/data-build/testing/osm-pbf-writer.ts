/**
 * Minimal OSM PBF writer for test fixtures: one OSMHeader block and one zlib-compressed
 * PrimitiveBlock with DenseNodes and Ways.
 */
import { PbfWriter as Pbf } from 'pbf';
import { zlibSync } from 'fflate';

export interface WriterNode {
	id: number;
	lon: number;
	lat: number;
	tags?: Record<string, string>;
}
export interface WriterWay {
	id: number;
	refs: number[];
	tags: Record<string, string>;
}

function block(type: string, payload: Uint8Array): Uint8Array {
	const blob = new Pbf();
	blob.writeVarintField(2, payload.length);
	blob.writeBytesField(3, zlibSync(payload));
	const blobBytes = blob.finish();
	const header = new Pbf();
	header.writeStringField(1, type);
	header.writeVarintField(3, blobBytes.length);
	const headerBytes = header.finish();
	const out = new Uint8Array(4 + headerBytes.length + blobBytes.length);
	new DataView(out.buffer).setUint32(0, headerBytes.length, false);
	out.set(headerBytes, 4);
	out.set(blobBytes, 4 + headerBytes.length);
	return out;
}

export function writeOsmPbf(nodes: WriterNode[], ways: WriterWay[]): Uint8Array {
	const lons = nodes.map((n) => n.lon);
	const lats = nodes.map((n) => n.lat);
	const head = new Pbf();
	head.writeMessage(
		1,
		(_: unknown, p: Pbf) => {
			p.writeSVarintField(1, Math.round(Math.min(...lons) * 1e9));
			p.writeSVarintField(2, Math.round(Math.max(...lons) * 1e9));
			p.writeSVarintField(3, Math.round(Math.max(...lats) * 1e9));
			p.writeSVarintField(4, Math.round(Math.min(...lats) * 1e9));
		},
		{}
	);
	head.writeStringField(4, 'OsmSchema-V0.6');
	head.writeStringField(4, 'DenseNodes');
	head.writeStringField(16, 'quartierkarte-fixtures');

	const strings = [''];
	const index = new Map<string, number>([['', 0]]);
	const str = (s: string) => {
		let i = index.get(s);
		if (i === undefined) {
			i = strings.length;
			strings.push(s);
			index.set(s, i);
		}
		return i;
	};
	const kv: number[] = [];
	for (const n of nodes) {
		for (const [k, v] of Object.entries(n.tags ?? {})) kv.push(str(k), str(v));
		kv.push(0);
	}
	const wayKeys = ways.map((w) => Object.keys(w.tags).map(str));
	const wayVals = ways.map((w) => Object.values(w.tags).map(str));

	const body = new Pbf();
	body.writeMessage(
		1,
		(_: unknown, p: Pbf) => {
			const enc = new TextEncoder();
			for (const s of strings) p.writeBytesField(1, enc.encode(s));
		},
		{}
	);
	const delta = (values: number[]) => values.map((v, i) => (i ? v - values[i - 1] : v));
	body.writeMessage(
		2,
		(_: unknown, p: Pbf) => {
			p.writeMessage(
				2,
				(__: unknown, q: Pbf) => {
					q.writePackedSVarint(1, delta(nodes.map((n) => n.id)));
					q.writePackedSVarint(8, delta(nodes.map((n) => Math.round(n.lat * 1e7))));
					q.writePackedSVarint(9, delta(nodes.map((n) => Math.round(n.lon * 1e7))));
					q.writePackedVarint(10, kv);
				},
				{}
			);
		},
		{}
	);
	body.writeMessage(
		2,
		(_: unknown, p: Pbf) => {
			ways.forEach((w, k) => {
				p.writeMessage(
					3,
					(__: unknown, q: Pbf) => {
						q.writeVarintField(1, w.id);
						q.writePackedVarint(2, wayKeys[k]);
						q.writePackedVarint(3, wayVals[k]);
						q.writePackedSVarint(8, delta(w.refs));
					},
					{}
				);
			});
		},
		{}
	);
	body.writeVarintField(17, 100);
	const a = block('OSMHeader', head.finish());
	const b = block('OSMData', body.finish());
	const out = new Uint8Array(a.length + b.length);
	out.set(a, 0);
	out.set(b, a.length);
	return out;
}
