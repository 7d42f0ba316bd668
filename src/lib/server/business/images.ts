import { businessText as t } from '$lib/business/messages';

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
	if (real.length > max) return { ok: false, message: t.fileCount(max) };
	const images: CheckedImage[] = [];
	for (const file of real) {
		if (file.size > MAX_IMAGE_BYTES)
			return { ok: false, message: t.fileSize(MAX_IMAGE_BYTES / 1024 / 1024) };
		const bytes = new Uint8Array(await file.arrayBuffer());
		const type = sniffImage(bytes);
		if (!type) return { ok: false, message: t.fileType };
		images.push({ type, bytes });
	}
	return { ok: true, images };
}
