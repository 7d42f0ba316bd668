/**
 * Map icons drawn at run time on a canvas: there is no glyph server (the map must work offline),
 * so symbol layers carry no text. Each kind gets its shape, colour and pictogram; clusters get a
 * white count. Shapes and pictograms are the same SVG paths the legend and the list use.
 */
import { KIND_STYLE, PICTOGRAMS, SHAPES, type PlaceKind } from '$lib/places/kinds';

export const ICON_SIZE = 26;

function canvas(size: number, ratio: number) {
	const c = document.createElement('canvas');
	c.width = c.height = Math.round(size * ratio);
	const ctx = c.getContext('2d');
	if (!ctx) throw new Error('no 2d canvas');
	return { c, ctx };
}

export function kindIcon(kind: PlaceKind, ratio: number): ImageData {
	const { shape, colour, pictogram } = KIND_STYLE[kind];
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
	ctx.fill(new Path2D(PICTOGRAMS[pictogram]), 'evenodd');
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
