/**
 * Map icons drawn at run time on a canvas: there is no glyph server (the map must work offline),
 * so symbol layers carry no text. Each kind gets its shape, colour and letter; clusters get a
 * white count. The shapes are the same SVG paths the legend and the list use.
 */
import { KIND_STYLE, SHAPES, type PlaceKind } from '$lib/places/kinds';

export const ICON_SIZE = 26;

function canvas(size: number, ratio: number) {
	const c = document.createElement('canvas');
	c.width = c.height = Math.round(size * ratio);
	const ctx = c.getContext('2d');
	if (!ctx) throw new Error('no 2d canvas');
	return { c, ctx };
}

/** Letter baseline per shape, in the 24-unit box (triangles and houses carry the letter low). */
const LETTER_Y: Partial<Record<keyof typeof SHAPES, number>> = {
	triangle: 19,
	house: 18,
	calendar: 19.5
};

export function kindIcon(kind: PlaceKind, ratio: number): ImageData {
	const { shape, colour, symbol } = KIND_STYLE[kind];
	const { ctx, c } = canvas(ICON_SIZE, ratio);
	const scale = (ICON_SIZE * ratio) / 25;
	ctx.scale(scale, scale);
	ctx.translate(0.5, 0.5);
	const path = new Path2D(SHAPES[shape]);
	ctx.fillStyle = colour;
	ctx.fill(path);
	ctx.lineWidth = 1.6;
	ctx.strokeStyle = '#ffffff';
	ctx.lineJoin = 'round';
	ctx.stroke(path);
	ctx.fillStyle = '#ffffff';
	ctx.font = `700 ${shape === 'triangle' ? 10 : 12}px system-ui, sans-serif`;
	ctx.textAlign = 'center';
	ctx.textBaseline = 'alphabetic';
	ctx.fillText(symbol, 12, LETTER_Y[shape] ?? 16.5);
	return ctx.getImageData(0, 0, c.width, c.height);
}

/** White number for a cluster bubble (the bubble itself is a circle layer). */
export function countIcon(count: string, ratio: number): ImageData {
	const size = 34;
	const { ctx, c } = canvas(size, ratio);
	ctx.scale(ratio, ratio);
	ctx.fillStyle = '#ffffff';
	ctx.font = `700 ${count.length > 3 ? 11 : 13}px system-ui, sans-serif`;
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	ctx.fillText(count, size / 2, size / 2 + 1);
	return ctx.getImageData(0, 0, c.width, c.height);
}
