import { describe, expect, it } from 'vitest';
import { MinHeap } from './heap';

describe('MinHeap', () => {
	it('pops values in key order, including duplicates and growth', () => {
		const h = new MinHeap(2);
		const keys: number[] = [];
		let seed = 7;
		for (let i = 0; i < 500; i++) {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			const k = seed % 1000;
			keys.push(k);
			h.push(k, i);
		}
		const popped: number[] = [];
		while (h.size > 0) {
			const k = h.peekKey();
			const v = h.pop();
			expect(keys[v]).toBe(k);
			popped.push(k);
		}
		expect(popped).toEqual([...keys].sort((a, b) => a - b));
	});
});
