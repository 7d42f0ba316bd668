/**
 * What the service worker needs to show the basemap offline (src/service-worker.ts imports this).
 * MapLibre reads the PMTiles archive with HTTP Range requests. A city's archive is large, so the
 * worker keeps only what the programme areas need: `offlineRanges` walks the archive's directories
 * (header, root, leaves) and lists the byte ranges of the tiles z12–z16 over the areas' boxes,
 * merged into a few chunks; the worker fetches those once (on WLAN) and answers a Range request
 * from the chunk that holds it (`chunkFor` + `rangeFromCached`) when the network fails. Everything
 * else comes from the network on demand. The glyph ranges are plain files.
 */
import { bytesToHeader, findTile, readVarint, zxyToTileId, type Entry, type Header } from 'pmtiles';
import { REGION, type Bbox } from '$lib/region';

/** The glyph files of static/glyphs/noto-sans (npm run data:glyphs): Latin, Cyrillic, Arabic. */
const GLYPH_RANGES = [0, 256, 512, 1024, 1536, 8192, 64256, 65024];

/** The archive and the label glyphs of this region's basemap; [] without a basemap. */
export function basemapOfflineUrls(region = REGION): string[] {
	if (!region.basemap) return [];
	return [region.basemap.url, ...GLYPH_RANGES.map((s) => `/glyphs/noto-sans/${s}-${s + 255}.pbf`)];
}

/** Bytes `start`…`end` of the archive, both included (as in a Range header). */
export interface ByteRange {
	start: number;
	end: number;
}

/** Reads `length` bytes at `offset` of the archive (a Range request, or a file in tests). */
export type ReadBytes = (offset: number, length: number) => Promise<ArrayBuffer>;

/** The first read of every PMTiles reader: header and root directory (spec: within 16 KiB). */
export const HEAD_BYTES = 16_384;

export interface OfflinePlan {
	/** Sorted, merged, not overlapping. */
	ranges: ByteRange[];
	/** Tiles found in the archive for the boxes (z minZoom…zooms[1]). */
	tiles: number;
	/** Sum of the ranges' lengths. */
	bytes: number;
	/** The zoom levels kept: [from, to]; `to` is lower than asked when the budget ran out. */
	zooms: [number, number];
}

/** Tile columns and rows of a west/south/east/north box at zoom `z` (Web Mercator). */
export function tilesOfBbox([w, s, e, n]: Bbox, z: number) {
	const size = 2 ** z;
	const col = (lon: number) => Math.floor(((lon + 180) / 360) * size);
	const row = (lat: number) => {
		const r = (lat * Math.PI) / 180;
		return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * size);
	};
	const clamp = (v: number) => Math.min(size - 1, Math.max(0, v));
	return { x0: clamp(col(w)), x1: clamp(col(e)), y0: clamp(row(n)), y1: clamp(row(s)) };
}

async function decompress(buf: ArrayBuffer, compression: number): Promise<ArrayBuffer> {
	if (compression === 1 || compression === 0) return buf;
	if (compression !== 2)
		throw new Error(`PMTiles: internal compression ${compression} not supported`);
	const stream = new Response(buf).body!.pipeThrough(new DecompressionStream('gzip'));
	return new Response(stream).arrayBuffer();
}

/** A PMTiles v3 directory (the spec's varint columns: ids as deltas, run lengths, lengths, offsets). */
export function parseDirectory(buf: ArrayBuffer): Entry[] {
	const p = { buf: new Uint8Array(buf), pos: 0 };
	const n = readVarint(p);
	const out: Entry[] = [];
	let id = 0;
	for (let i = 0; i < n; i++) {
		id += readVarint(p);
		out.push({ tileId: id, offset: 0, length: 0, runLength: 1 });
	}
	for (const e of out) e.runLength = readVarint(p);
	for (const e of out) e.length = readVarint(p);
	out.forEach((e, i) => {
		const v = readVarint(p);
		e.offset = v === 0 && i > 0 ? out[i - 1].offset + out[i - 1].length : v - 1;
	});
	return out;
}

/** Ranges sorted and merged where they overlap or lie at most `gap` bytes apart. */
export function mergeRanges(ranges: ByteRange[], gap = 0): ByteRange[] {
	const sorted = [...ranges].sort((a, b) => a.start - b.start);
	const out: ByteRange[] = [];
	for (const r of sorted) {
		const last = out.at(-1);
		if (last && r.start <= last.end + 1 + gap) last.end = Math.max(last.end, r.end);
		else out.push({ ...r });
	}
	return out;
}

const total = (ranges: ByteRange[]) => ranges.reduce((s, r) => s + r.end - r.start + 1, 0);

/**
 * The byte ranges a PMTiles reader asks for to draw the tiles z`minZoom`…z`maxZoom` over `boxes`:
 * the header with the root directory, the metadata, every leaf directory on the way and each
 * tile's data. Whole zoom levels are dropped from the top while the total exceeds `maxBytes`.
 * Ranges closer than `gap` bytes are merged (fewer requests and cache entries for a few bytes more).
 */
export async function offlineRanges(
	read: ReadBytes,
	boxes: Bbox[],
	{ minZoom = 12, maxZoom = 16, maxBytes = 40_000_000, gap = 8_192 } = {}
): Promise<OfflinePlan> {
	const head = await read(0, HEAD_BYTES);
	const h: Header = bytesToHeader(head.slice(0, 127));
	const dirs = new Map<number, Entry[]>();
	const root = parseDirectory(
		await decompress(
			head.slice(h.rootDirectoryOffset, h.rootDirectoryOffset + h.rootDirectoryLength),
			h.internalCompression
		)
	);
	const fixed: ByteRange[] = [{ start: 0, end: HEAD_BYTES - 1 }];
	if (h.jsonMetadataLength > 0)
		fixed.push({
			start: h.jsonMetadataOffset,
			end: h.jsonMetadataOffset + h.jsonMetadataLength - 1
		});

	async function leaf(offset: number, length: number) {
		let dir = dirs.get(offset);
		if (!dir) {
			dir = parseDirectory(await decompress(await read(offset, length), h.internalCompression));
			dirs.set(offset, dir);
		}
		return dir;
	}

	/** The ranges of tile `id`: the leaves read on the way and its data; [] when not in the archive. */
	async function rangesOf(id: number): Promise<ByteRange[]> {
		const out: ByteRange[] = [];
		let dir = root;
		for (let depth = 0; depth <= 3; depth++) {
			const e = findTile(dir, id);
			if (!e) return [];
			if (e.runLength > 0) {
				const start = h.tileDataOffset + e.offset;
				return [...out, { start, end: start + e.length - 1 }];
			}
			const offset = h.leafDirectoryOffset + e.offset;
			out.push({ start: offset, end: offset + e.length - 1 });
			dir = await leaf(offset, e.length);
		}
		throw new Error('PMTiles: directories deeper than the spec allows');
	}

	let kept = mergeRanges(fixed, gap);
	let tiles = 0;
	const from = Math.max(minZoom, h.minZoom);
	let to = from - 1;
	for (let z = from; z <= Math.min(maxZoom, h.maxZoom); z++) {
		const level: ByteRange[] = [];
		let found = 0;
		const seen = new Set<number>();
		for (const box of boxes) {
			const { x0, x1, y0, y1 } = tilesOfBbox(box, z);
			for (let x = x0; x <= x1; x++)
				for (let y = y0; y <= y1; y++) {
					const id = zxyToTileId(z, x, y);
					if (seen.has(id)) continue;
					seen.add(id);
					const r = await rangesOf(id);
					if (r.length) found++;
					level.push(...r);
				}
		}
		const next = mergeRanges([...kept, ...level], gap);
		if (total(next) > maxBytes) break;
		kept = next;
		tiles += found;
		to = z;
	}
	return { ranges: kept, tiles, bytes: total(kept), zooms: [from, to] };
}

/** The kept range that holds all of `want`, if any. */
export function chunkFor(chunks: ByteRange[], want: ByteRange): ByteRange | undefined {
	return chunks.find((c) => c.start <= want.start && want.end <= c.end);
}

/** "bytes=a-b", "bytes=a-" or "bytes=-n" as a range of a file of `size` bytes; null if invalid. */
export function parseRange(range: string, size: number): ByteRange | null {
	const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
	if (!m || (!m[1] && !m[2])) return null;
	let start = m[1] ? Number(m[1]) : NaN;
	let end = m[2] ? Number(m[2]) : size - 1;
	if (!m[1]) [start, end] = [Math.max(0, size - Number(m[2])), size - 1];
	end = Math.min(end, size - 1);
	return start >= 0 && start <= end ? { start, end } : null;
}

/**
 * A 206 answer for `range` ("bytes=a-b", "bytes=a-" or "bytes=-n") from `part`, the bytes of the
 * archive from `offset` on (the whole archive by default) of `size` bytes in all; 416 when the
 * range lies outside the file, or outside `part` (`size` is then the archive's); the whole file
 * (200) when there is no range.
 */
export async function rangeFromCached(
	part: Response,
	range: string | null,
	opts: { offset?: number; size?: number } = {}
): Promise<Response> {
	const body = new Uint8Array(await part.arrayBuffer());
	const offset = opts.offset ?? 0;
	const size = opts.size ?? body.length;
	const headers: Record<string, string> = {
		'content-type': part.headers.get('content-type') ?? 'application/octet-stream'
	};
	const etag = part.headers.get('etag');
	if (etag) headers.etag = etag;
	if (!range && offset === 0 && body.length === size)
		return new Response(body, { status: 200, headers });
	const want = range ? parseRange(range, size) : null;
	if (!want || want.start < offset || want.end >= offset + body.length)
		return new Response(null, { status: 416, headers: { 'content-range': `bytes */${size}` } });
	return new Response(body.slice(want.start - offset, want.end - offset + 1), {
		status: 206,
		headers: { ...headers, 'content-range': `bytes ${want.start}-${want.end}/${size}` }
	});
}
