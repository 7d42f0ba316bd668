import { m } from '$lib/i18n';

/**
 * Uploaded images are checked by their first bytes (the browser's content type and the file name
 * are the sender's claim, not a fact) and by size. Anything else — SVG (may carry script), GIF,
 * PDF, HTML renamed to .jpg — is refused with a message.
 */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_PHOTOS = 5;

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';

export function sniffImage(bytes: Uint8Array): ImageType | null {
	const b = bytes;
	if (
		b.length >= 8 &&
		b[0] === 0x89 &&
		b[1] === 0x50 &&
		b[2] === 0x4e &&
		b[3] === 0x47 &&
		b[4] === 0x0d &&
		b[5] === 0x0a &&
		b[6] === 0x1a &&
		b[7] === 0x0a
	) {
		return 'image/png';
	}
	if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
	if (
		b.length >= 12 &&
		String.fromCharCode(b[0], b[1], b[2], b[3]) === 'RIFF' &&
		String.fromCharCode(b[8], b[9], b[10], b[11]) === 'WEBP'
	) {
		return 'image/webp';
	}
	return null;
}

/** Largest image accepted, in pixels: a small PNG can unpack to gigabytes (decompression bomb). */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * Width and height from the image's header, read before anything decodes it; null when the header
 * is missing or malformed.
 */
export function imageDimensions(
	bytes: Uint8Array,
	type: ImageType
): { width: number; height: number } | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (type === 'image/png') {
		// Signature (8), IHDR length (4) and type (4), then width and height (big-endian).
		if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
		return { width: view.getUint32(16), height: view.getUint32(20) };
	}
	if (type === 'image/jpeg') {
		let i = 2;
		while (i + 9 < bytes.length) {
			if (bytes[i] !== 0xff) return null;
			const marker = bytes[i + 1];
			if (marker === 0xff) {
				i++;
				continue;
			}
			const length = view.getUint16(i + 2);
			// Start of frame (baseline, progressive, …; not DHT C4, JPG C8, DAC CC).
			if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
				return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
			if (length < 2) return null;
			i += 2 + length;
		}
		return null;
	}
	// WebP: RIFF header (12), then a VP8 / VP8L / VP8X chunk.
	if (bytes.length < 30) return null;
	const chunk = String.fromCharCode(...bytes.subarray(12, 16));
	if (chunk === 'VP8 ')
		return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
	if (chunk === 'VP8L') {
		const b = view.getUint32(21, true);
		return { width: (b & 0x3fff) + 1, height: ((b >>> 14) & 0x3fff) + 1 };
	}
	if (chunk === 'VP8X') {
		const w = bytes[24] | (bytes[25] << 8) | (bytes[26] << 16);
		const h = bytes[27] | (bytes[28] << 8) | (bytes[29] << 16);
		return { width: w + 1, height: h + 1 };
	}
	return null;
}

export interface CheckedImage {
	type: ImageType;
	bytes: Uint8Array;
}

/** Checks the non-empty files of a form field; an empty file input sends one empty File. */
export async function checkImages(
	files: FormDataEntryValue[],
	max = MAX_PHOTOS
): Promise<{ ok: true; images: CheckedImage[] } | { ok: false; message: string }> {
	const real = files.filter((f): f is File => typeof f !== 'string' && f.size > 0);
	if (real.length > max) return { ok: false, message: m.biz_file_count({ n: max }) };
	const images: CheckedImage[] = [];
	for (const file of real) {
		if (file.size > MAX_IMAGE_BYTES)
			return { ok: false, message: m.biz_file_size({ mb: MAX_IMAGE_BYTES / 1024 / 1024 }) };
		const bytes = new Uint8Array(await file.arrayBuffer());
		const type = sniffImage(bytes);
		if (!type) return { ok: false, message: m.biz_file_type() };
		const size = imageDimensions(bytes, type);
		if (!size || size.width === 0 || size.height === 0)
			return { ok: false, message: m.biz_file_type() };
		if (size.width * size.height > MAX_IMAGE_PIXELS)
			return {
				ok: false,
				message: m.biz_image_too_many_pixels({
					megapixels: Math.round(MAX_IMAGE_PIXELS / 1_000_000)
				})
			};
		images.push({ type, bytes });
	}
	return { ok: true, images };
}
