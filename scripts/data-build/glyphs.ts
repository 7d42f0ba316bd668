/**
 * npm run data:glyphs [-- --font /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf]
 *
 * Writes the map's label glyphs, static/glyphs/noto-sans/<start>-<end>.pbf (MapLibre's glyph
 * ranges), with our own SDF rasteriser (pipeline/sdf-glyphs.ts): Latin with its extensions,
 * Cyrillic and punctuation from Noto Sans; Arabic from Noto Sans Arabic into the same font stack
 * (its ranges do not overlap): the base block and the presentation forms A and B, which MapLibre's
 * own Arabic shaping draws (it shapes and orders right-to-left text itself since its RTL plugin
 * was deprecated; nothing else is loaded). Both fonts: SIL Open Font License 1.1
 * (static/glyphs/OFL.txt). Committed: built once, not per region.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import opentype from 'opentype.js';
import { glyphRange } from './pipeline/sdf-glyphs.ts';

export const FONTSTACK = 'noto-sans';
/** Basic Latin + Latin-1, Latin Extended-A and -B, Cyrillic, General Punctuation. */
export const GLYPH_RANGES = [0, 256, 512, 1024, 8192];
/** Arabic (U+0600–06FF), presentation forms A (U+FB00–FBFF: the part MapLibre's shaping uses) and B. */
export const ARABIC_RANGES = [1536, 64256, 65024];
const ARABIC_FONT = '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf';

if (process.argv[1]?.endsWith('glyphs.ts')) {
	const argv = process.argv.slice(2);
	const font =
		argv[0] === '--font' ? argv[1] : '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';
	const started = performance.now();
	const parse = (path: string) => {
		const bytes = readFileSync(path);
		return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
	};
	const dir = join('static', 'glyphs', FONTSTACK);
	mkdirSync(dir, { recursive: true });
	let total = 0;
	for (const [path, ranges] of [
		[font, GLYPH_RANGES],
		[ARABIC_FONT, ARABIC_RANGES]
	] as const) {
		const parsed = parse(path);
		for (const start of ranges) {
			const { pbf, glyphs } = glyphRange(parsed, FONTSTACK, start);
			writeFileSync(join(dir, `${start}-${start + 255}.pbf`), pbf);
			total += pbf.length;
			process.stderr.write(`${start}-${start + 255}: ${glyphs} glyphs, ${pbf.length} B\n`);
		}
	}
	// The licence travels with the glyphs (OFL-1.1 §2: distributed with the Font Software).
	const copyright = readFileSync('/usr/share/doc/fonts-noto-core/copyright', 'utf8');
	// The stanza "License: OFL-1.1" with the full text: its indented lines up to the next field.
	const lines = copyright.slice(copyright.lastIndexOf('License: OFL-1.1')).split('\n').slice(1);
	const end = lines.findIndex((l) => !l.startsWith(' '));
	const body = lines
		.slice(0, end < 0 ? undefined : end)
		.map((l) => (l === ' .' ? '' : l.replace(/^ /, '')))
		.join('\n');
	writeFileSync(
		join('static', 'glyphs', 'OFL.txt'),
		`Noto Sans — Copyright 2010, 2012–2020 Google Inc., 2015–2020 Google LLC.\n` +
			`Noto Sans Arabic — Copyright 2015–2020 Google LLC.\n` +
			`The glyph files in this folder are SDF renderings of Noto Sans Regular and Noto Sans Arabic\n` +
			`Regular (a Modified Version; Arabic in the ranges 1536-1791, 64256-64511, 65024-65279)\n` +
			`made by scripts/data-build/glyphs.ts, licensed under the SIL Open Font License, Version 1.1:\n\n` +
			body.trim() +
			'\n'
	);
	process.stderr.write(
		`data:glyphs: ${total} B in ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`
	);
}
