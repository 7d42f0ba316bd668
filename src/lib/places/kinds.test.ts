import { describe, expect, it } from 'vitest';
import { KIND_STYLE, PICTOGRAMS, PLACE_KINDS, SHAPES } from './kinds';

/** Every coordinate of a path of absolute and relative commands (M, L, H, V, Z, a, c, …). */
function numbers(d: string) {
	return (d.match(/-?\d*\.?\d+/g) ?? []).map(Number);
}

describe('kind icons', () => {
	it('every kind has its own shape and its own pictogram, no letter', () => {
		const shapes = PLACE_KINDS.map((k) => KIND_STYLE[k].shape);
		const pictograms = PLACE_KINDS.map((k) => KIND_STYLE[k].pictogram);
		expect(new Set(shapes).size).toBe(PLACE_KINDS.length);
		expect(new Set(pictograms).size).toBe(PLACE_KINDS.length);
		expect(new Set(pictograms.map((p) => PICTOGRAMS[p])).size).toBe(PLACE_KINDS.length);
		for (const k of PLACE_KINDS) expect(Object.keys(KIND_STYLE[k])).not.toContain('symbol');
	});

	it('pictograms are path data inside the 24-unit box', () => {
		for (const [name, d] of Object.entries(PICTOGRAMS)) {
			expect(d, name).toMatch(/^[MmLlHhVvCcAaZz0-9.\s-]+$/);
			// Absolute move-tos start inside the box.
			for (const [, x, y] of d.matchAll(/M(-?[\d.]+)[ ,](-?[\d.]+)/g)) {
				expect(Number(x), name).toBeGreaterThanOrEqual(0);
				expect(Number(x), name).toBeLessThanOrEqual(24);
				expect(Number(y), name).toBeGreaterThanOrEqual(0);
				expect(Number(y), name).toBeLessThanOrEqual(24);
			}
			expect(numbers(d).length, name).toBeGreaterThan(4);
		}
		for (const d of Object.values(SHAPES)) expect(d).toMatch(/^M/);
	});
});
