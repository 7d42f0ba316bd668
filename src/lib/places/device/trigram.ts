/**
 * pg_trgm's `similarity` and `word_similarity` (PostgreSQL 15, contrib/pg_trgm/trgm_op.c), for the
 * search on the device: the same trigrams (words of letters, marks and digits in lower case, padded with
 * two blanks in front and one behind) and the same formulas, so a typo is forgiven on the phone
 * exactly when the server forgives it. Checked against the database in
 * tests/integration/device-filter.test.ts.
 */

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The trigrams of a text in order, word by word (duplicates kept). */
function trigrams(text: string): string[] {
	const out: string[] = [];
	for (const m of text.toLowerCase().matchAll(WORD)) {
		const chars = [' ', ' ', ...m[0], ' '];
		for (let i = 0; i + 3 <= chars.length; i++) out.push(chars[i] + chars[i + 1] + chars[i + 2]);
	}
	return out;
}

/** `similarity(a, b)`: shared trigrams / all trigrams of both. */
export function similarity(a: string, b: string): number {
	const ta = new Set(trigrams(a));
	const tb = new Set(trigrams(b));
	if (ta.size === 0 || tb.size === 0) return 0;
	let common = 0;
	for (const t of ta) if (tb.has(t)) common++;
	return common / (ta.size + tb.size - common);
}

const sml = (count: number, len1: number, len2: number) => count / (len1 + len2 - count);

/**
 * `word_similarity(word, text)`: the greatest similarity between the trigrams of `word` and any
 * continuous run of the (ordered) trigrams of `text` (iterate_word_similarity, not strict).
 */
export function wordSimilarity(word: string, text: string): number {
	const t1 = trigrams(word);
	const t2 = trigrams(text);
	if (t1.length === 0 || t2.length === 0) return 0;
	const inWord = new Set(t1);
	const ulen1 = inWord.size;
	// Each trigram of `text` as the index of its distinct value; found: the value is in `word`.
	const index = new Map<string, number>();
	const found: boolean[] = [];
	const trg2 = t2.map((t) => {
		let j = index.get(t);
		if (j === undefined) {
			j = index.size;
			index.set(t, j);
			found[j] = inWord.has(t);
		}
		return j;
	});

	const lastpos = new Array<number>(index.size).fill(-1);
	let ulen2 = 0;
	let count = 0;
	let lower = -1;
	let best = 0;
	for (let i = 0; i < trg2.length; i++) {
		const j = trg2[i];
		if (lower >= 0 || found[j]) {
			if (lastpos[j] < 0) {
				ulen2++;
				if (found[j]) count++;
			}
			lastpos[j] = i;
		}
		if (!found[j]) continue;
		const upper = i;
		if (lower === -1) {
			lower = i;
			ulen2 = 1;
		}
		let cur = sml(count, ulen1, ulen2);
		// Try moving the lower bound up for a greater similarity.
		let tmpCount = count;
		let tmpUlen2 = ulen2;
		const prevLower = lower;
		for (let tmpLower = lower; tmpLower <= upper; tmpLower++) {
			const s = sml(tmpCount, ulen1, tmpUlen2);
			if (s > cur) {
				cur = s;
				ulen2 = tmpUlen2;
				lower = tmpLower;
				count = tmpCount;
			}
			const tj = trg2[tmpLower];
			if (lastpos[tj] === tmpLower) {
				tmpUlen2--;
				if (found[tj]) tmpCount--;
			}
		}
		best = Math.max(best, cur);
		for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
			const tj = trg2[tmpLower];
			if (lastpos[tj] === tmpLower) lastpos[tj] = -1;
		}
	}
	return best;
}
