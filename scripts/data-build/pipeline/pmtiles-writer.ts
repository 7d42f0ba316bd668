/**
 * A small PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * one file = 127-byte header, root directory, JSON metadata, leaf directories, tile data.
 * Directories and metadata are gzip-compressed, tiles are stored as given (the caller gzips
 * them and says so). Tiles are clustered (ordered by tile id); identical tiles are stored once
 * and consecutive identical ones share one entry with a run length (a sea of empty water).
 * Read back by the `pmtiles` library in basemap.test.ts, not by this file.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export const HEADER_BYTES = 127;
/** The root directory must fit with the header into the first 16 KiB (one request). */
const ROOT_LIMIT = 16384 - HEADER_BYTES;

export const Compression = { none: 1, gzip: 2 } as const;
export const TileType = { mvt: 1 } as const;

/** Hilbert-curve tile id of z/x/y (the spec's order: all tiles of lower zooms come first). */
export function tileId(z: number, x: number, y: number): number {
	if (z > 26) throw new Error('zoom above 26 does not fit a safe integer tile id');
	const n = 2 ** z;
	if (x < 0 || y < 0 || x >= n || y >= n) throw new Error(`tile ${z}/${x}/${y} out of range`);
	let acc = (4 ** z - 1) / 3;
	let [px, py] = [x, y];
	for (let s = n / 2; s >= 1; s /= 2) {
		const rx = (px & s) > 0 ? 1 : 0;
		const ry = (py & s) > 0 ? 1 : 0;
		acc += s * s * ((3 * rx) ^ ry);
		if (ry === 0) {
			if (rx === 1) {
				px = n - 1 - px;
				py = n - 1 - py;
			}
			[px, py] = [py, px];
		}
	}
	return acc;
}

interface Entry {
	tileId: number;
	offset: number;
	length: number;
	runLength: number;
}

class Bytes {
	private parts: number[] = [];
	varint(v: number) {
		while (v >= 0x80) {
			this.parts.push((v % 0x80) | 0x80);
			v = Math.floor(v / 0x80);
		}
		this.parts.push(v);
	}
	get bytes() {
		return Uint8Array.from(this.parts);
	}
}

/** A directory in the spec's column layout, gzip-compressed. */
function directory(entries: Entry[]): Uint8Array {
	const b = new Bytes();
	b.varint(entries.length);
	let last = 0;
	for (const e of entries) {
		b.varint(e.tileId - last);
		last = e.tileId;
	}
	for (const e of entries) b.varint(e.runLength);
	for (const e of entries) b.varint(e.length);
	entries.forEach((e, i) => {
		const prev = entries[i - 1];
		b.varint(i > 0 && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
	});
	return gzipSync(b.bytes, { level: 9 });
}

/** Root and leaf directories: the root alone when it fits, else leaves of growing size. */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
	const root = directory(entries);
	if (root.length <= ROOT_LIMIT) return { root, leaves: new Uint8Array(0) };
	for (let perLeaf = 4096; ; perLeaf *= 2) {
		const rootEntries: Entry[] = [];
		const leafParts: Uint8Array[] = [];
		let offset = 0;
		for (let i = 0; i < entries.length; i += perLeaf) {
			const leaf = directory(entries.slice(i, i + perLeaf));
			rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
			leafParts.push(leaf);
			offset += leaf.length;
		}
		const r = directory(rootEntries);
		if (r.length <= ROOT_LIMIT) return { root: r, leaves: Buffer.concat(leafParts) };
	}
}

export interface ArchiveInfo {
	minZoom: number;
	maxZoom: number;
	/** West, south, east, north. */
	bounds: [number, number, number, number];
	center: [number, number, number];
	metadata: Record<string, unknown>;
	tileCompression: (typeof Compression)[keyof typeof Compression];
}

export interface Archive {
	bytes: Uint8Array;
	addressedTiles: number;
	tileEntries: number;
	tileContents: number;
}

/** Writes the archive. `tiles` maps z/x/y to the tile's bytes (already compressed as declared). */
export function writePmtiles(
	tiles: { z: number; x: number; y: number; data: Uint8Array }[],
	info: ArchiveInfo
): Archive {
	const sorted = tiles
		.map((t) => ({ id: tileId(t.z, t.x, t.y), data: t.data }))
		.sort((a, b) => a.id - b.id);
	const entries: Entry[] = [];
	const parts: Uint8Array[] = [];
	const seen = new Map<string, { offset: number; length: number }>();
	let dataLength = 0;
	for (const t of sorted) {
		const hash = createHash('sha256').update(t.data).digest('hex');
		let at = seen.get(hash);
		const last = entries[entries.length - 1];
		if (
			at &&
			last &&
			last.offset === at.offset &&
			last.tileId + last.runLength === t.id &&
			last.length === at.length
		) {
			last.runLength++;
			continue;
		}
		if (!at) {
			at = { offset: dataLength, length: t.data.length };
			seen.set(hash, at);
			parts.push(t.data);
			dataLength += t.data.length;
		}
		entries.push({ tileId: t.id, offset: at.offset, length: at.length, runLength: 1 });
	}
	const { root, leaves } = directories(entries);
	const metadata = gzipSync(JSON.stringify(info.metadata));
	const header = new DataView(new ArrayBuffer(HEADER_BYTES));
	const u64 = (pos: number, v: number) => header.setBigUint64(pos, BigInt(v), true);
	const e7 = (pos: number, v: number) => header.setInt32(pos, Math.round(v * 1e7), true);
	new Uint8Array(header.buffer).set(new TextEncoder().encode('PMTiles'), 0);
	header.setUint8(7, 3);
	const rootOffset = HEADER_BYTES;
	const metaOffset = rootOffset + root.length;
	const leafOffset = metaOffset + metadata.length;
	const tileOffset = leafOffset + leaves.length;
	u64(8, rootOffset);
	u64(16, root.length);
	u64(24, metaOffset);
	u64(32, metadata.length);
	u64(40, leafOffset);
	u64(48, leaves.length);
	u64(56, tileOffset);
	u64(64, dataLength);
	u64(72, sorted.length);
	u64(80, entries.length);
	u64(88, parts.length);
	header.setUint8(96, 1); // clustered
	header.setUint8(97, Compression.gzip); // directories and metadata
	header.setUint8(98, info.tileCompression);
	header.setUint8(99, TileType.mvt);
	header.setUint8(100, info.minZoom);
	header.setUint8(101, info.maxZoom);
	e7(102, info.bounds[0]);
	e7(106, info.bounds[1]);
	e7(110, info.bounds[2]);
	e7(114, info.bounds[3]);
	header.setUint8(118, info.center[2]);
	e7(119, info.center[0]);
	e7(123, info.center[1]);
	return {
		bytes: new Uint8Array(
			Buffer.concat([new Uint8Array(header.buffer), root, metadata, leaves, ...parts])
		),
		addressedTiles: sorted.length,
		tileEntries: entries.length,
		tileContents: parts.length
	};
}
