import { describe, expect, it } from 'vitest';
import { cleanFormRequest, cleanText, cleanUrl } from './clean-input';

/** Issue 9, item 8: NUL and control characters are taken out before any route sees them. */
describe('clean input', () => {
	it('drops NUL and controls, keeps tab, line breaks and every printable character', () => {
		expect(cleanText('a\u0000b\u0007c\u001bd\u007f')).toBe('abcd');
		expect(cleanText('Zeile 1\r\nZeile 2\tEnde')).toBe('Zeile 1\r\nZeile 2\tEnde');
		expect(cleanText('\u202eRTL 👩‍🍳 é ا')).toBe('\u202eRTL 👩‍🍳 é ا');
		expect(cleanText('x\ud800y')).toBe('x\ufffdy');
	});

	it('cleans the query in place', () => {
		const url = new URL('http://x/?q=B%C3%A4cker%00ei&kinds=vacancy');
		expect(cleanUrl(url)).toBe(true);
		expect(url.searchParams.get('q')).toBe('Bäckerei');
		expect(url.searchParams.get('kinds')).toBe('vacancy');
		expect(cleanUrl(new URL('http://x/?q=ok'))).toBe(false);
	});

	it('cleans url-encoded and multipart form text, keeps files as they are', async () => {
		const plain = new Request('http://x/f', {
			method: 'POST',
			body: new URLSearchParams({ title: 'Koch\u0000in', note: 'ok' })
		});
		const cleaned = await cleanFormRequest(plain);
		const form = await cleaned!.formData();
		expect(form.get('title')).toBe('Kochin');
		expect(form.get('note')).toBe('ok');

		const multi = new FormData();
		multi.append('title', 'a\u0001b');
		const file = new File([new Uint8Array([0, 1, 2, 0])], 'bild.png', { type: 'image/png' });
		multi.append('photos', file);
		const out = await (await cleanFormRequest(
			new Request('http://x/f', { method: 'POST', body: multi })
		))!.formData();
		expect(out.get('title')).toBe('ab');
		const kept = out.get('photos') as File;
		expect([...new Uint8Array(await kept.arrayBuffer())]).toEqual([0, 1, 2, 0]);
		expect(kept.name).toBe('bild.png');
	});

	it('leaves a clean form untouched and refuses one that does not parse', async () => {
		const ok = new Request('http://x/f', { method: 'POST', body: new URLSearchParams({ a: 'b' }) });
		expect(await cleanFormRequest(ok)).toBe(ok);
		const broken = new Request('http://x/f', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
			body: '--zzz\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated'
		});
		expect(await cleanFormRequest(broken)).toBeNull();
		// Not a form at all: plain text (HTML forms may send it, formData() cannot read it), JSON.
		for (const type of ['text/plain', 'application/json', '']) {
			const req = new Request('http://x/f', {
				method: 'POST',
				headers: type ? { 'content-type': type } : {},
				body: 'email=a'
			});
			if (!type) req.headers.delete('content-type');
			expect(await cleanFormRequest(req)).toBeNull();
		}
	});
});
