import { readdirSync, readFileSync } from 'node:fs';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import {
	basemapOfflineUrls,
	chunkFor,
	mergeRanges,
	offlineRanges,
	parseRange,
	rangeFromCached,
	tilesOfBbox,
	type ByteRange
} from './basemap-offline';
import type { Region } from '$lib/region';
import { archiveWithLeaves } from '../../../scripts/data-build/testing/pmtiles-leaves';

const region = JSON.parse(readFileSync('regions/musterstadt/region.json', 'utf8')) as Region;
const archive = new Uint8Array(readFileSync(`regions/musterstadt/static${region.basemap!.url}`));

describe('basemap offline', () => {
	it('lists the archive and the glyphs that exist, nothing without a basemap', () => {
		const urls = basemapOfflineUrls(region);
		expect(urls[0]).toBe('/basemap/basemap.v1.pmtiles');
		// Every glyph range that npm run data:glyphs writes, no more.
		expect(urls.slice(1).sort()).toEqual(
			readdirSync('static/glyphs/noto-sans')
				.map((f) => `/glyphs/noto-sans/${f}`)
				.sort()
		);
		expect(basemapOfflineUrls({ ...region, basemap: undefined })).toEqual([]);
	});

	it('answers range requests from the cached archive well enough for the pmtiles reader', async () => {
		const cached = () => new Response(archive.slice());
		const source: Source = {
			getKey: () => 'cache',
			getBytes: async (offset, length) => {
				const r = await rangeFromCached(cached(), `bytes=${offset}-${offset + length - 1}`);
				expect(r.status).toBe(206);
				return { data: await r.arrayBuffer() };
			}
		};
		const h = await new PMTiles(source).getHeader();
		expect([h.minZoom, h.maxZoom]).toEqual([10, 16]);
		const tail = await rangeFromCached(cached(), 'bytes=-10');
		expect(tail.headers.get('content-range')).toBe(
			`bytes ${archive.length - 10}-${archive.length - 1}/${archive.length}`
		);
		expect((await rangeFromCached(cached(), `bytes=${archive.length}-`)).status).toBe(416);
		expect((await rangeFromCached(cached(), null)).status).toBe(200);
	});

	const read = async (offset: number, length: number) =>
		archive.slice(offset, offset + length).buffer as ArrayBuffer;
	const boxes = region.areas.map((a) => a.bbox);
	const full = new PMTiles(fileSource(() => new Response(archive.slice())));

	/** A pmtiles Source that has only the kept chunks, as the service worker has offline. */
	function keptSource(ranges: ByteRange[], file = archive): Source & { misses: ByteRange[] } {
		const misses: ByteRange[] = [];
		return {
			misses,
			getKey: () => 'kept',
			getBytes: async (offset, length) => {
				const want = { start: offset, end: Math.min(offset + length, file.length) - 1 };
				const chunk = chunkFor(ranges, want);
				if (!chunk) {
					misses.push(want);
					throw new Error(`not kept: ${want.start}-${want.end}`);
				}
				const part = new Response(file.slice(chunk.start, chunk.end + 1));
				const r = await rangeFromCached(part, `bytes=${offset}-${offset + length - 1}`, {
					offset: chunk.start,
					size: file.length
				});
				expect(r.status).toBe(206);
				return { data: await r.arrayBuffer() };
			}
		};
	}

	it.each([
		['merged as the worker keeps them', undefined],
		['exact, not merged', 0]
	])('keeps the ranges that draw the programme areas z12–z16 (%s)', async (_, gap) => {
		const plan = await offlineRanges(read, boxes, gap === undefined ? {} : { gap });
		expect(plan.zooms).toEqual([12, 16]);
		// Sorted, apart, inside the file; less than the whole archive (not z10–11, not the outskirts).
		plan.ranges.forEach((r, i) => {
			expect(r.start).toBeLessThanOrEqual(r.end);
			if (i > 0) expect(r.start).toBeGreaterThan(plan.ranges[i - 1].end + 1);
		});
		expect(plan.bytes).toBeLessThan(archive.length);
		// Every tile over the areas reads from the kept chunks alone, byte for byte the archive's.
		const source = keptSource(plan.ranges);
		const kept = new PMTiles(source);
		let tiles = 0;
		for (let z = 12; z <= 16; z++)
			for (const box of boxes) {
				const { x0, x1, y0, y1 } = tilesOfBbox(box, z);
				for (let x = x0; x <= x1; x++)
					for (let y = y0; y <= y1; y++) {
						const want = await full.getZxy(z, x, y);
						const got = await kept.getZxy(z, x, y);
						expect(!!got, `${z}/${x}/${y}`).toBe(!!want);
						if (want && got) {
							expect(new Uint8Array(got.data)).toEqual(new Uint8Array(want.data));
							tiles++;
						}
					}
			}
		expect(tiles).toBeGreaterThan(20);
		expect(source.misses).toEqual([]);
		// The archive's header and metadata (MapLibre's TileJSON) too.
		expect((await kept.getHeader()).maxZoom).toBe(16);
		expect(await kept.getMetadata()).toEqual(await full.getMetadata());
		// Without merging across gaps, a z16 tile outside the areas is left to the network.
		const exact = keptSource((await offlineRanges(read, boxes, { gap: 0 })).ranges);
		const far = await findOutsideTile(boxes);
		await expect(new PMTiles(exact).getZxy(...far)).rejects.toThrow(/not kept/);
	});

	it('follows leaf directories and keeps the metadata (an archive with leaves)', async () => {
		// Metadata too large for the first 16 KiB (numbers that gzip does not shrink much).
		let seed = 7;
		const noise = Array.from({ length: 8000 }, () => (seed = (seed * 48271) % 2147483647));
		const metadata = { name: 'leaves', noise };
		// 65,536 tiles at z8 of varied lengths: the writer needs leaf directories for them.
		const bytes = archiveWithLeaves(metadata).bytes;
		const readLeaves = async (offset: number, length: number) =>
			bytes.slice(offset, offset + length).buffer as ArrayBuffer;
		const whole = new PMTiles(fileSource(() => new Response(bytes.slice())));
		const h = await whole.getHeader();
		expect(h.leafDirectoryLength).toBeGreaterThan(0);
		expect(h.jsonMetadataOffset + h.jsonMetadataLength).toBeGreaterThan(16_384);
		const box: [number, number, number, number] = [27.19, 61.675, 27.26, 61.71];
		const plan = await offlineRanges(readLeaves, [box], { minZoom: 8, maxZoom: 8, gap: 0 });
		expect(plan.tiles).toBe(1);
		const source = keptSource(plan.ranges, new Uint8Array(bytes));
		const kept = new PMTiles(source);
		const { x0, y0 } = tilesOfBbox(box, 8);
		expect(new TextDecoder().decode((await kept.getZxy(8, x0, y0))!.data).replace(/\.+$/, '')).toBe(
			`${x0}/${y0}`
		);
		expect(await kept.getMetadata()).toEqual(metadata);
		expect(source.misses).toEqual([]);
		await expect(kept.getZxy(8, 0, 0)).rejects.toThrow(/not kept/);
	});

	it('leaves out whole zoom levels from the top when the budget is small', async () => {
		const all = await offlineRanges(read, boxes);
		const small = await offlineRanges(read, boxes, { maxBytes: all.bytes - 1 });
		expect(small.zooms[0]).toBe(12);
		expect(small.zooms[1]).toBeLessThan(16);
		expect(small.bytes).toBeLessThan(all.bytes);
		expect(small.tiles).toBeLessThan(all.tiles);
	});

	it('merges ranges, finds the chunk that holds a range, and refuses one across chunks', async () => {
		expect(
			mergeRanges([
				{ start: 10, end: 19 },
				{ start: 0, end: 4 },
				{ start: 20, end: 25 },
				{ start: 30, end: 31 }
			])
		).toEqual([
			{ start: 0, end: 4 },
			{ start: 10, end: 25 },
			{ start: 30, end: 31 }
		]);
		expect(
			mergeRanges(
				[
					{ start: 0, end: 4 },
					{ start: 8, end: 9 }
				],
				3
			)
		).toEqual([{ start: 0, end: 9 }]);
		const chunks = [
			{ start: 0, end: 99 },
			{ start: 200, end: 299 }
		];
		expect(chunkFor(chunks, { start: 210, end: 299 })).toEqual({ start: 200, end: 299 });
		expect(chunkFor(chunks, { start: 90, end: 210 })).toBeUndefined();
		expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
		expect(parseRange('bytes=5-', 100)).toEqual({ start: 5, end: 99 });
		expect(parseRange('bytes=100-', 100)).toBeNull();
		expect(parseRange('items=1-2', 100)).toBeNull();
		// A part of the file: its bytes answer, a range beyond it is 416 with the file's size.
		const part = () => new Response(new Uint8Array([7, 8, 9, 10]));
		const ok = await rangeFromCached(part(), 'bytes=201-202', { offset: 200, size: 1000 });
		expect(ok.status).toBe(206);
		expect(ok.headers.get('content-range')).toBe('bytes 201-202/1000');
		expect([...new Uint8Array(await ok.arrayBuffer())]).toEqual([8, 9]);
		const beyond = await rangeFromCached(part(), 'bytes=202-204', { offset: 200, size: 1000 });
		expect(beyond.status).toBe(416);
		expect(beyond.headers.get('content-range')).toBe('bytes */1000');
	});

	/** Some z16 tile of the archive outside every area's box. */
	async function findOutsideTile(areas: typeof boxes): Promise<[number, number, number]> {
		const [w, s, e, n] = region.cityBbox;
		const c = tilesOfBbox([w, s, e, n], 16);
		const inside = areas.map((b) => tilesOfBbox(b, 16));
		for (let x = c.x0; x <= c.x1; x++)
			for (let y = c.y0; y <= c.y1; y++) {
				if (inside.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1)) continue;
				if (await full.getZxy(16, x, y)) return [16, x, y];
			}
		throw new Error('no tile outside the areas');
	}
});

function fileSource(cached: () => Response): Source {
	return {
		getKey: () => 'file',
		getBytes: async (offset, length) => {
			const r = await rangeFromCached(cached(), `bytes=${offset}-${offset + length - 1}`);
			return { data: await r.arrayBuffer() };
		}
	};
}
