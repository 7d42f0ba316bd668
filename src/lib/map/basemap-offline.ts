/**
 * What the service worker needs to show the basemap offline (src/service-worker.ts belongs to
 * another module; it may import this). MapLibre reads the PMTiles archive with HTTP Range
 * requests, which the Cache API cannot store one by one: cache the whole archive once (on WLAN)
 * and answer each Range request from it with `rangeFromCached`. The glyph ranges are plain files.
 */
import { REGION } from '$lib/region';

const GLYPH_RANGES = [0, 256, 512, 1024, 8192];

/** The archive and the label glyphs of this region's basemap; [] without a basemap. */
export function basemapOfflineUrls(region = REGION): string[] {
	if (!region.basemap) return [];
	return [region.basemap.url, ...GLYPH_RANGES.map((s) => `/glyphs/noto-sans/${s}-${s + 255}.pbf`)];
}

/**
 * A 206 answer for `range` ("bytes=a-b", "bytes=a-" or "bytes=-n") from the whole archive;
 * 416 when it lies outside, the whole file (200) when there is no range.
 */
export async function rangeFromCached(whole: Response, range: string | null): Promise<Response> {
	const body = new Uint8Array(await whole.arrayBuffer());
	const size = body.length;
	const type = { 'content-type': whole.headers.get('content-type') ?? 'application/octet-stream' };
	if (!range) return new Response(body, { status: 200, headers: type });
	const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
	let start = m?.[1] ? Number(m[1]) : NaN;
	let end = m?.[2] ? Number(m[2]) : size - 1;
	if (m && !m[1] && m[2]) [start, end] = [Math.max(0, size - Number(m[2])), size - 1];
	end = Math.min(end, size - 1);
	if (!m || !(start >= 0) || start > end)
		return new Response(null, { status: 416, headers: { 'content-range': `bytes */${size}` } });
	return new Response(body.slice(start, end + 1), {
		status: 206,
		headers: { ...type, 'content-range': `bytes ${start}-${end}/${size}` }
	});
}
