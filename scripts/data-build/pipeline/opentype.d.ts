// opentype.js 2 ships no types: the part the glyph builder uses.
declare module 'opentype.js' {
	export interface PathCommand {
		type: 'M' | 'L' | 'Q' | 'C' | 'Z';
		x?: number;
		y?: number;
		x1?: number;
		y1?: number;
		x2?: number;
		y2?: number;
	}
	export interface Glyph {
		index: number;
		advanceWidth?: number;
		getPath(x: number, y: number, fontSize: number): { commands: PathCommand[] };
	}
	export interface Font {
		unitsPerEm: number;
		names: Record<string, Record<string, string>>;
		charToGlyphIndex(s: string): number;
		charToGlyph(s: string): Glyph;
	}
	const opentype: { parse(buffer: ArrayBuffer): Font };
	export default opentype;
}
