/**
 * MapLibre glyph ranges (the `glyphs` URL's {fontstack}/{range}.pbf) from a TrueType font, with
 * our own signed-distance-field rasteriser: opentype.js gives each glyph's outline at 24 px;
 * curves are flattened into segments; every pixel's value is its exact distance to the nearest
 * segment, signed by the nonzero winding rule. Conventions of the format (as MapLibre reads it):
 * 24 px glyphs, a 3 px border around each bitmap, distances scaled by a radius of 8 px with the
 * outline at value 191 (cutoff 0.25), `top` measured from the baseline minus 24.
 */
import type { Font, PathCommand } from 'opentype.js';
import { PbfWriter as Pbf } from 'pbf';

export const GLYPH_SIZE = 24;
export const BORDER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
const TOP_OFFSET = 24;

export interface SdfGlyph {
	id: number;
	width: number;
	height: number;
	left: number;
	top: number;
	advance: number;
	/** (width + 2·BORDER) × (height + 2·BORDER) bytes, row by row; empty for blank glyphs. */
	bitmap: Uint8Array;
}

/** The outline as line segments [x0, y0, x1, y1, …] in pixels, y pointing down. */
function segments(commands: PathCommand[]): number[] {
	const out: number[] = [];
	let [cx, cy, sx, sy] = [0, 0, 0, 0];
	const line = (x: number, y: number) => {
		out.push(cx, cy, x, y);
		[cx, cy] = [x, y];
	};
	for (const c of commands) {
		if (c.type === 'M') [cx, cy, sx, sy] = [c.x!, c.y!, c.x!, c.y!];
		else if (c.type === 'L') line(c.x!, c.y!);
		else if (c.type === 'Q') {
			const [x0, y0] = [cx, cy];
			for (let i = 1; i <= 8; i++) {
				const t = i / 8;
				const u = 1 - t;
				line(
					u * u * x0 + 2 * u * t * c.x1! + t * t * c.x!,
					u * u * y0 + 2 * u * t * c.y1! + t * t * c.y!
				);
			}
		} else if (c.type === 'C') {
			const [x0, y0] = [cx, cy];
			for (let i = 1; i <= 10; i++) {
				const t = i / 10;
				const u = 1 - t;
				const [a, b, d, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
				line(a * x0 + b * c.x1! + d * c.x2! + e * c.x!, a * y0 + b * c.y1! + d * c.y2! + e * c.y!);
			}
		} else if (c.type === 'Z' && (cx !== sx || cy !== sy)) line(sx, sy);
	}
	return out;
}

/** One glyph's SDF, or null when the font has no glyph for the code point. */
export function sdfGlyph(font: Font, id: number): SdfGlyph | null {
	const ch = String.fromCodePoint(id);
	if (font.charToGlyphIndex(ch) === 0) return null;
	const glyph = font.charToGlyph(ch);
	const advance = Math.round(((glyph.advanceWidth ?? 0) * GLYPH_SIZE) / font.unitsPerEm);
	const seg = segments(glyph.getPath(0, 0, GLYPH_SIZE).commands);
	if (seg.length === 0)
		return {
			id,
			width: 0,
			height: 0,
			left: 0,
			top: -TOP_OFFSET,
			advance,
			bitmap: new Uint8Array(0)
		};
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (let i = 0; i < seg.length; i += 2) {
		minX = Math.min(minX, seg[i]);
		maxX = Math.max(maxX, seg[i]);
		minY = Math.min(minY, seg[i + 1]);
		maxY = Math.max(maxY, seg[i + 1]);
	}
	const left = Math.floor(minX);
	const top = Math.floor(minY); // y down: the glyph's top, above the baseline when negative
	const width = Math.ceil(maxX) - left;
	const height = Math.ceil(maxY) - top;
	const w = width + 2 * BORDER;
	const h = height + 2 * BORDER;
	const bitmap = new Uint8Array(w * h);
	for (let row = 0; row < h; row++) {
		const py = top - BORDER + row + 0.5;
		for (let col = 0; col < w; col++) {
			const px = left - BORDER + col + 0.5;
			let best = Infinity;
			let winding = 0;
			for (let i = 0; i < seg.length; i += 4) {
				const [x0, y0, x1, y1] = [seg[i], seg[i + 1], seg[i + 2], seg[i + 3]];
				const dx = x1 - x0;
				const dy = y1 - y0;
				const len = dx * dx + dy * dy;
				const t = len ? Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len)) : 0;
				const ex = px - x0 - t * dx;
				const ey = py - y0 - t * dy;
				const d = ex * ex + ey * ey;
				if (d < best) best = d;
				// Nonzero winding: a ray from the pixel towards +x.
				if (y0 <= py ? y1 > py : y1 <= py) {
					const xAt = x0 + ((py - y0) / dy) * dx;
					if (xAt > px) winding += y1 > y0 ? 1 : -1;
				}
			}
			const signed = (winding !== 0 ? -1 : 1) * Math.sqrt(best);
			const v = Math.round(255 - 255 * (signed / RADIUS + CUTOFF));
			bitmap[row * w + col] = Math.max(0, Math.min(255, v));
		}
	}
	return { id, width, height, left, top: -top - TOP_OFFSET, advance, bitmap };
}

/** The glyph PBF of one range (start … start + 255) for the fontstack `name`. */
export function glyphRange(
	font: Font,
	name: string,
	start: number
): { pbf: Uint8Array; glyphs: number } {
	const pbf = new Pbf();
	let glyphs = 0;
	pbf.writeMessage(
		1,
		(_: unknown, p: Pbf) => {
			p.writeStringField(1, name);
			p.writeStringField(2, `${start}-${start + 255}`);
			for (let id = start; id <= start + 255; id++) {
				const g = sdfGlyph(font, id);
				if (!g) continue;
				glyphs++;
				p.writeMessage(
					3,
					(_: unknown, q: Pbf) => {
						q.writeVarintField(1, g.id);
						if (g.bitmap.length) q.writeBytesField(2, g.bitmap);
						q.writeVarintField(3, g.width);
						q.writeVarintField(4, g.height);
						q.writeSVarintField(5, g.left);
						q.writeSVarintField(6, g.top);
						q.writeVarintField(7, g.advance);
					},
					undefined
				);
			}
		},
		undefined
	);
	return { pbf: pbf.finish(), glyphs };
}
