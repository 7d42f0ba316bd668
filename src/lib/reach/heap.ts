/**
 * 4-ary min-heap (shallower than binary, fewer cache misses on pop) of (key: float seconds, value: int32 node/stop index) on typed arrays, with lazy
 * deletion: callers push duplicates and skip stale entries on pop (cheaper than decrease-key).
 */
export class MinHeap {
	private keys: Float64Array;
	private values: Int32Array;
	size = 0;

	constructor(capacity = 1024) {
		this.keys = new Float64Array(capacity);
		this.values = new Int32Array(capacity);
	}

	clear(): void {
		this.size = 0;
	}

	push(key: number, value: number): void {
		if (this.size === this.keys.length) this.grow();
		let i = this.size++;
		const keys = this.keys;
		const values = this.values;
		while (i > 0) {
			const parent = (i - 1) >> 2;
			const pk = keys[parent];
			if (pk <= key) break;
			keys[i] = pk;
			values[i] = values[parent];
			i = parent;
		}
		keys[i] = key;
		values[i] = value;
	}

	/** Key of the minimum; only valid when size > 0. */
	peekKey(): number {
		return this.keys[0];
	}

	/** Remove the minimum and return its value; read its key with peekKey() before. */
	pop(): number {
		const keys = this.keys;
		const values = this.values;
		const top = values[0];
		const n = --this.size;
		if (n > 0) {
			const key = keys[n];
			const value = values[n];
			let i = 0;
			for (;;) {
				const first = 4 * i + 1;
				if (first >= n) break;
				let c = first;
				let ck = keys[first];
				const last = Math.min(first + 4, n);
				for (let k = first + 1; k < last; k++) {
					if (keys[k] < ck) {
						ck = keys[k];
						c = k;
					}
				}
				if (ck >= key) break;
				keys[i] = ck;
				values[i] = values[c];
				i = c;
			}
			keys[i] = key;
			values[i] = value;
		}
		return top;
	}

	private grow(): void {
		const k = new Float64Array(this.keys.length * 2);
		k.set(this.keys);
		const v = new Int32Array(this.values.length * 2);
		v.set(this.values);
		this.keys = k;
		this.values = v;
	}
}
