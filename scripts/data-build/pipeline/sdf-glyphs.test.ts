/**
 * The shipped label glyphs (static/glyphs/noto-sans, npm run data:glyphs): decoded as MapLibre
 * reads them (glyph PBF: stack, range, glyphs with an SDF bitmap and a 3 px border), inside and
 * outside of a letter where they should be, every character of the test region's labels covered,
 * and the shipped files are what the builder makes from the font.
 */
import { existsSync, readFileSync } from 'node:fs';
import { PbfReader as Pbf } from 'pbf';
import { describe, expect, it } from 'vitest';
import opentype from 'opentype.js';
import { COLUMN_STREETS, ROW_STREETS } from '../testing/musterstadt';
import { ARABIC_RANGES, FONTSTACK, GLYPH_RANGES } from '../glyphs';
import { BORDER, glyphRange } from './sdf-glyphs';

interface Decoded {
	id: number;
	bitmap?: Uint8Array;
	width: number;
	height: number;
	left: number;
	top: number;
	advance: number;
}

function decode(bytes: Uint8Array) {
	const stacks: { name: string; range: string; glyphs: Decoded[] }[] = [];
	new Pbf(bytes).readFields((tag, _, p) => {
		if (tag !== 1) return;
		const stack = { name: '', range: '', glyphs: [] as Decoded[] };
		p.readMessage((t, s, q) => {
			if (t === 1) s.name = q.readString();
			else if (t === 2) s.range = q.readString();
			else if (t === 3) {
				const g = { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 } as Decoded;
				q.readMessage((k, o, r) => {
					if (k === 1) o.id = r.readVarint();
					else if (k === 2) o.bitmap = r.readBytes();
					else if (k === 3) o.width = r.readVarint();
					else if (k === 4) o.height = r.readVarint();
					else if (k === 5) o.left = r.readSVarint();
					else if (k === 6) o.top = r.readSVarint();
					else if (k === 7) o.advance = r.readVarint();
				}, g);
				s.glyphs.push(g);
			}
		}, stack);
		stacks.push(stack);
	}, undefined);
	return stacks;
}

const file = (start: number) => `static/glyphs/${FONTSTACK}/${start}-${start + 255}.pbf`;
const shipped = (start: number) => decode(new Uint8Array(readFileSync(file(start))))[0];

describe('label glyphs', () => {
	it('are one fontstack per range file, with SDF bitmaps of the declared size', () => {
		for (const start of [...GLYPH_RANGES, ...ARABIC_RANGES]) {
			const s = shipped(start);
			expect([s.name, s.range]).toEqual([FONTSTACK, `${start}-${start + 255}`]);
			for (const g of s.glyphs) {
				expect(g.id).toBeGreaterThanOrEqual(start);
				expect(g.id).toBeLessThanOrEqual(start + 255);
				const size = g.width && g.height ? (g.width + 2 * BORDER) * (g.height + 2 * BORDER) : 0;
				expect(g.bitmap?.length ?? 0, String(g.id)).toBe(size);
			}
		}
	});

	it('are inside the letter on its stroke and outside around it', () => {
		const latin = shipped(0).glyphs;
		const I = latin.find((g) => g.id === 'I'.charCodeAt(0))!;
		const w = I.width + 2 * BORDER;
		const h = I.height + 2 * BORDER;
		// The capital I is one vertical stroke: the middle of the bitmap is ink, the corners are not.
		expect(I.bitmap![Math.floor(h / 2) * w + Math.floor(w / 2)]).toBeGreaterThan(191);
		expect(I.bitmap![0]).toBeLessThan(191);
		expect(I.bitmap![w * h - 1]).toBeLessThan(191);
		// Capitals stand on the baseline: top is the cap height (~17 px at 24 px) minus 24.
		expect(I.top).toBeGreaterThan(-9);
		expect(I.top).toBeLessThan(-5);
		const space = latin.find((g) => g.id === 32)!;
		expect(space.bitmap).toBeUndefined();
		expect(space.advance).toBeGreaterThan(3);
	});

	it('cover every character of the test region’s street, stop and quarter names', () => {
		const have = new Set(GLYPH_RANGES.flatMap((s) => shipped(s).glyphs.map((g) => g.id)));
		const names = [...ROW_STREETS, ...COLUMN_STREETS, 'Ринкова вулиця', 'Рыночная улица', '’–„“'];
		const missing = [...names.join('')].filter((ch) => !have.has(ch.codePointAt(0)!));
		expect(missing).toEqual([]);
	});

	it('cover Arabic names as MapLibre shapes them (presentation forms), in their own ranges', () => {
		const have = new Set(ARABIC_RANGES.flatMap((s) => shipped(s).glyphs.map((g) => g.id)));
		// Every letter U+0621–U+064A, unshaped (a lone letter, or text MapLibre does not join).
		for (let c = 0x621; c <= 0x64a; c++) if (c < 0x63b || c > 0x640) expect(have).toContain(c);
		// "شارع السوق" (Market Street) shaped: sheen initial, alef final, reh isolated, ain final;
		// alef isolated, lam initial, seen medial, waw final, qaf final.
		for (const c of [0xfeb7, 0xfe8e, 0xfead, 0xfeca, 0xfe8d, 0xfedf, 0xfeb4, 0xfeee, 0xfed6])
			expect(have, c.toString(16)).toContain(c);
		// Lam-alef ligatures (presentation forms B).
		for (let c = 0xfef5; c <= 0xfefc; c++) expect(have, c.toString(16)).toContain(c);
		// An Arabic letter has ink (not a blank glyph).
		const sheen = shipped(65024).glyphs.find((g) => g.id === 0xfeb7)!;
		expect(sheen.width * sheen.height).toBeGreaterThan(50);
	});

	const font = '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';
	it.skipIf(!existsSync(font))('are what the builder makes from Noto Sans (range 0–255)', () => {
		const bytes = readFileSync(font);
		const parsed = opentype.parse(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)
		);
		const built = glyphRange(parsed, FONTSTACK, 0).pbf;
		expect(Buffer.from(built).equals(readFileSync(file(0)))).toBe(true);
	});
});
