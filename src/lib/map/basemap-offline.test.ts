import { readdirSync, readFileSync } from 'node:fs';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { basemapOfflineUrls, rangeFromCached } from './basemap-offline';
import type { Region } from '$lib/region';

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
});
