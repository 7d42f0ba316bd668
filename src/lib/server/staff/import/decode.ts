import { cleanText } from '../../http/clean-input';

/**
 * Bytes of an uploaded file → text. Spreadsheets save CSV as UTF-8 with a byte order mark, as
 * UTF-8 without one, as UTF-16 ("Unicode text") or in Windows-1252 ("CSV (Trennzeichen-getrennt)"
 * of an older German Excel). A BOM decides; otherwise UTF-8 if the bytes are valid UTF-8, else
 * Windows-1252 (every byte sequence is valid there, so nothing is lost silently: ä stays ä).
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
	const decoded = decodeRaw(bytes);
	// NUL and other controls cannot (NUL) or should not be stored in text: dropped like in every
	// form field (http/clean-input.ts). A NUL in a cell answered 500.
	return { ...decoded, text: cleanText(decoded.text) };
}

function decodeRaw(bytes: Uint8Array): { text: string; encoding: Encoding } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}
