/**
 * Deterministic randomness for the demo seed: one seeded generator (mulberry32) drives every choice,
 * so the same catalogue and open data always give the same files. The order of the calls is part
 * of the output: a new draw inserted early changes every place after it.
 */
export class SeededRandom {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0;
	}

	/** A number in [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let t = this.#state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer from `min` to `max`, both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(this.next() * items.length)];
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	/** A shuffled copy (Fisher–Yates); the input stays as it is. */
	shuffle<T>(items: readonly T[]): T[] {
		const a = items.slice();
		for (let i = a.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[a[i], a[j]] = [a[j], a[i]];
		}
		return a;
	}

	/** One value, drawn with probability proportional to its weight. */
	weighted<T>(pairs: readonly (readonly [T, number])[]): T {
		if (pairs.length === 0) throw new Error('weighted draw from an empty list');
		const total = pairs.reduce((s, [, w]) => s + w, 0);
		let r = this.next() * total;
		for (const [value, weight] of pairs) {
			r -= weight;
			if (r <= 0) return value;
		}
		return pairs[pairs.length - 1][0];
	}
}
