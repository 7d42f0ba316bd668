import { describe, expect, it } from 'vitest';
import { checkImages, MAX_IMAGE_BYTES, sniffImage } from './images';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]);
const webp = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ');

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
	it('ignores the empty file an untouched file input sends', async () => {
		const result = await checkImages([new File([], ''), new File([png], 'a.png')]);
		expect(result.ok && result.images.map((i) => i.type)).toEqual(['image/png']);
	});
});
