import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressResponse } from './compress';

const html = '<!doctype html><p>' + 'Quartierkarte '.repeat(500) + '</p>';
const request = (encoding?: string) =>
	new Request('http://x/', { headers: encoding ? { 'accept-encoding': encoding } : {} });
const page = (body = html, headers: Record<string, string> = {}) =>
	new Response(body, {
		headers: { 'content-type': 'text/html; charset=utf-8', vary: 'Cookie', ...headers }
	});

describe('compressResponse', () => {
	it('gzips a page for a client that accepts gzip, byte for byte the same after gunzip', async () => {
		const res = compressResponse(request('gzip, deflate, br'), page());
		expect(res.headers.get('content-encoding')).toBe('gzip');
		expect(res.headers.get('vary')).toBe('Cookie, Accept-Encoding');
		const bytes = Buffer.from(await res.arrayBuffer());
		expect(bytes.length).toBeLessThan(html.length / 10);
		expect(gunzipSync(bytes).toString()).toBe(html);
	});

	it('leaves alone what must not or need not be compressed', async () => {
		expect(compressResponse(request(), page()).headers.get('content-encoding')).toBeNull();
		const encoded = page(html, { 'content-encoding': 'br' });
		expect(compressResponse(request('gzip'), encoded)).toBe(encoded);
		const png = new Response('x'.repeat(5000), { headers: { 'content-type': 'image/png' } });
		expect(compressResponse(request('gzip'), png)).toBe(png);
		const tiny = page('<p>ok</p>', { 'content-length': '9' });
		expect(compressResponse(request('gzip'), tiny)).toBe(tiny);
	});
});
