import { describe, expect, it } from 'vitest';
import { checkImages, imageDimensions, MAX_IMAGE_BYTES, sniffImage } from './images';

/** A PNG header (signature + IHDR) of the given size: enough for the checks, nothing decoded. */
function pngHeader(width: number, height: number) {
	const b = new Uint8Array(33);
	b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
	b.set(new TextEncoder().encode('IHDR'), 12);
	const v = new DataView(b.buffer);
	v.setUint32(16, width);
	v.setUint32(20, height);
	b.set([8, 6, 0, 0, 0], 24);
	return b;
}
/** A JPEG: SOI, an APP0 segment, then a baseline SOF0 with the size. */
function jpegHeader(width: number, height: number) {
	const b = new Uint8Array([
		0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xc0,
		0, 17, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1
	]);
	const v = new DataView(b.buffer);
	v.setUint16(25, height);
	v.setUint16(27, width);
	return b;
}
/** A lossy WebP (RIFF, VP8 chunk with the key-frame header). */
function webpHeader(width: number, height: number) {
	const b = new Uint8Array(30);
	b.set(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '));
	b.set([0, 0, 0, 0, 0, 0, 0, 0x9d, 0x01, 0x2a], 16);
	const v = new DataView(b.buffer);
	v.setUint16(26, width, true);
	v.setUint16(28, height, true);
	return b;
}
const png = pngHeader(800, 600);
const jpeg = jpegHeader(1024, 768);
const webp = webpHeader(640, 480);

describe('uploaded images', () => {
	it('recognises PNG, JPEG and WebP by their bytes', () => {
		expect(sniffImage(png)).toBe('image/png');
		expect(sniffImage(jpeg)).toBe('image/jpeg');
		expect(sniffImage(webp)).toBe('image/webp');
	});
	it('refuses SVG, HTML renamed to .jpg, GIF and PDF with a clear message', async () => {
		for (const [name, body, type] of [
			['logo.svg', '<svg onload="alert(1)"/>', 'image/svg+xml'],
			['foto.jpg', '<script>alert(1)</script>', 'image/jpeg'],
			['anim.gif', 'GIF89a....', 'image/gif'],
			['flyer.pdf', '%PDF-1.7', 'application/pdf']
		]) {
			const result = await checkImages([new File([body], name, { type })]);
			expect(result).toEqual({
				ok: false,
				message: 'Nur Bilder im Format JPEG, PNG oder WebP sind erlaubt.'
			});
		}
	});
	it('refuses oversize files and too many files', async () => {
		const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
		big.set(png);
		expect(await checkImages([new File([big], 'gross.png')])).toEqual({
			ok: false,
			message: 'Das Bild ist zu groß (höchstens 2 MB).'
		});
		const six = Array.from({ length: 6 }, (_, i) => new File([png], `${i}.png`));
		expect(await checkImages(six)).toEqual({ ok: false, message: 'Höchstens 5 Bilder.' });
	});
	it('reads the size from the header of each format', () => {
		expect(imageDimensions(png, 'image/png')).toEqual({ width: 800, height: 600 });
		expect(imageDimensions(jpeg, 'image/jpeg')).toEqual({ width: 1024, height: 768 });
		expect(imageDimensions(webp, 'image/webp')).toEqual({ width: 640, height: 480 });
	});
	it('refuses a decompression bomb by its header, before decoding anything', async () => {
		// 16000 × 16000 = 256 megapixels in a file of a few bytes (issue 9, item 9).
		for (const [bytes, name] of [
			[pngHeader(16000, 16000), 'bomb.png'],
			[jpegHeader(16000, 16000), 'bomb.jpg'],
			[webpHeader(16000, 16000), 'bomb.webp']
		] as const) {
			expect(await checkImages([new File([bytes], name)])).toEqual({
				ok: false,
				message: 'Das Bild hat zu viele Pixel (höchstens 40 Megapixel). Bitte verkleinern Sie es.'
			});
		}
		// A truncated header is no image.
		expect((await checkImages([new File([png.subarray(0, 12)], 'kaputt.png')])).ok).toBe(false);
		// A photo of 6000 × 4000 (24 megapixels) is fine.
		expect((await checkImages([new File([pngHeader(6000, 4000)], 'foto.png')])).ok).toBe(true);
	});
	it('ignores the empty file an untouched file input sends', async () => {
		const result = await checkImages([new File([], ''), new File([png], 'a.png')]);
		expect(result.ok && result.images.map((i) => i.type)).toEqual(['image/png']);
	});
});
