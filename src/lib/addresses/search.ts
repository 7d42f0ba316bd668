/**
 * Address search on the device over the decoded index (./format.ts): typo-tolerant on the street
 * name (exact: its beginning or any part of it; with typos: Damerau distance 1 from 4 letters, 2
 * from 7, against its beginning), house number and postcode read from the query, hits sorted by
 * relevance. Nothing here touches the network.
 */
import type { AddressIndex } from './format';

export interface AddressHit {
	/** entry index in the address index */
	entry: number;
	street: string;
	/** '' for the street itself */
	housenumber: string;
	postcode: string;
	/** area id of region.json, or null outside the areas */
	quarter: string | null;
	lon: number;
	lat: number;
	/** how the street matched: 0 its beginning, 1 a part of it, 2–3 with one or two typos at its
	 *  beginning (search results only) */
	streetRank?: number;
	/** 0 the number typed, 1 the same number with another suffix, 2 a number starting so, 3 the
	 *  street alone (no such number), undefined without a number */
	numberRank?: number;
}

/** Lower case, no accents, ß → ss, ä/ae → a (typed either way), "…str." → "…strasse". */
export function foldAddress(text: string): string {
	return text
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/(\p{L})str\b\.?/gu, '$1strasse')
		.replace(/([aou])e/g, '$1')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

interface ParsedQuery {
	/** street words folded and joined without spaces */
	street: string;
	words: string[];
	housenumber: string;
	postcode: string;
}

export function parseAddressQuery(query: string, postcodes: ReadonlySet<string>): ParsedQuery {
	const tokens = query
		.toLowerCase()
		.split(/[\s,;]+/)
		.filter(Boolean);
	const before: string[] = [];
	const after: string[] = [];
	let housenumber = '';
	let postcode = '';
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (!postcode && postcodes.has(t)) postcode = t;
		else if (!housenumber && /^\d/.test(t)) {
			housenumber = t.replace(/[^\p{L}\p{N}/-]/gu, '');
			// "12 a": the letter belongs to the number
			if (/^\d+$/.test(housenumber) && /^[a-z]$/.test(tokens[i + 1] ?? ''))
				housenumber += tokens[++i];
		} else {
			const f = foldAddress(t);
			if (f) (housenumber ? after : before).push(...f.split(' '));
		}
	}
	// "Elbeallee 12, 50100 Musterstadt": the words after the number name the town, not the street
	const words = before.length ? before : after;
	return { street: words.join(''), words, housenumber, postcode };
}

/** Damerau (optimal string alignment) distance of `q` to the best prefix of `name`, or
 *  Infinity when above `max`. Only the band |i - j| <= max is computed (cells outside it are
 *  above max anyway), and a row whose cells all exceed max ends it: an unrelated name costs a
 *  few dozen cells. */
function prefixDistance(
	q: string,
	name: string,
	max: number,
	rows: [Int32Array, Int32Array, Int32Array]
): number {
	const m = q.length;
	const n = name.length;
	if (n < m - max) return Infinity;
	const BIG = max + 1;
	let [prev2, prev, cur] = rows;
	for (let j = 0; j <= Math.min(n, max); j++) prev[j] = j;
	if (max + 1 <= n) prev[max + 1] = BIG;
	for (let i = 1; i <= m; i++) {
		const lo = Math.max(1, i - max);
		const hi = Math.min(n, i + max);
		cur[lo - 1] = lo === 1 ? i : BIG;
		let rowMin = cur[lo - 1];
		const qc = q.charCodeAt(i - 1);
		for (let j = lo; j <= hi; j++) {
			const nc = name.charCodeAt(j - 1);
			let v = prev[j - 1] + (qc === nc ? 0 : 1);
			if (prev[j] + 1 < v) v = prev[j] + 1;
			if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
			if (
				i > 1 &&
				j > 1 &&
				qc === name.charCodeAt(j - 2) &&
				q.charCodeAt(i - 2) === nc &&
				prev2[j - 2] + 1 < v
			)
				v = prev2[j - 2] + 1;
			cur[j] = v > BIG ? BIG : v;
			if (v < rowMin) rowMin = v;
		}
		if (hi + 1 <= n) cur[hi + 1] = BIG;
		if (rowMin > max) return Infinity;
		[prev2, prev, cur] = [prev, cur, prev2];
	}
	let best = Infinity;
	for (let j = Math.max(0, m - max); j <= Math.min(n, m + max); j++)
		if (prev[j] < best) best = prev[j];
	return best <= max ? best : Infinity;
}

export class AddressSearch {
	private folded: string[];
	private foldedWords: string[];
	private postcodes: Set<string>;
	private rows: [Int32Array, Int32Array, Int32Array];

	constructor(readonly index: AddressIndex) {
		this.foldedWords = index.streetNames.map(foldAddress);
		this.folded = this.foldedWords.map((s) => s.replaceAll(' ', ''));
		this.postcodes = new Set(index.header.postcodes);
		const longest = Math.max(64, ...this.folded.map((s) => s.length + 1));
		this.rows = [new Int32Array(longest), new Int32Array(longest), new Int32Array(longest)];
	}

	/** How well street s matches the folded query street: 0 best, Infinity not at all. */
	private streetRank(s: number, q: string, words: string[]): number {
		const name = this.folded[s];
		if (name.startsWith(q)) return 0;
		if (name.includes(q)) return 1;
		if (words.length > 1 && words.every((w) => this.foldedWords[s].includes(w))) return 1;
		const max = q.length >= 7 ? 2 : q.length >= 4 ? 1 : 0;
		if (max === 0) return Infinity;
		const d = prefixDistance(q, name, max, this.rows);
		return d < Infinity ? 1 + d : Infinity;
	}

	search(query: string, limit = 8): AddressHit[] {
		const q = parseAddressQuery(query, this.postcodes);
		if (q.street.length < 2) return [];
		const { index } = this;
		const streets: { s: number; rank: number }[] = [];
		for (let s = 0; s < this.folded.length; s++) {
			const rank = this.streetRank(s, q.street, q.words);
			if (rank < Infinity) streets.push({ s, rank });
		}
		streets.sort(
			(a, b) =>
				a.rank - b.rank ||
				this.folded[a.s].length - this.folded[b.s].length ||
				(index.streetNames[a.s] < index.streetNames[b.s] ? -1 : 1)
		);
		const pcIndex = q.postcode ? index.header.postcodes.indexOf(q.postcode) + 1 : 0;
		const hn = q.housenumber;
		const hnNumber = parseInt(hn, 10);
		const scored: { e: number; key: number[] }[] = [];
		for (const [order, { s, rank }] of streets.slice(0, 40).entries()) {
			const start = index.streetStart[s];
			const end = index.streetStart[s + 1];
			let found = false;
			let streetEntry = -1;
			for (let e = start; e < end; e++) {
				const h = index.housenumbers[e];
				if (h === '') streetEntry = e;
				let hnRank: number;
				if (!hn) hnRank = h === '' ? 0 : Infinity;
				else if (h === '') continue;
				else if (h.toLowerCase().replace(/\s+/g, '') === hn) hnRank = 0;
				else if (parseInt(h, 10) === hnNumber && /^\d+$/.test(hn)) hnRank = 1;
				else if (h.toLowerCase().startsWith(hn)) hnRank = 2;
				else continue;
				if (hnRank === Infinity) continue;
				found = true;
				const pcMiss = pcIndex && index.postcode[e] !== pcIndex ? 1 : 0;
				scored.push({ e, key: [rank, pcMiss, hnRank, order, e] });
			}
			// A number the street does not have, or a street without its own entry: the street.
			if (!found) {
				const e = streetEntry >= 0 ? streetEntry : start;
				if (e < end) {
					const pcMiss = pcIndex && index.postcode[e] !== pcIndex ? 1 : 0;
					scored.push({ e, key: [rank, pcMiss, 3, order, e] });
				}
			}
		}
		scored.sort((a, b) => {
			for (let k = 0; k < a.key.length; k++) if (a.key[k] !== b.key[k]) return a.key[k] - b.key[k];
			return 0;
		});
		return scored.slice(0, limit).map(({ e, key }) => ({
			...this.hit(e),
			streetRank: key[0],
			numberRank: hn ? key[2] : undefined
		}));
	}

	/** The address a postal line means, when the street is clear (at most one typo) and the
	 *  number is there exactly; null otherwise. */
	match(text: string): AddressHit | null {
		const [hit] = this.search(text, 1);
		return hit && hit.housenumber && (hit.streetRank ?? 9) <= 2 && hit.numberRank === 0
			? hit
			: null;
	}

	/** One entry as a hit. */
	hit(e: number): AddressHit {
		const { index } = this;
		let lo = 0;
		let hi = index.streetNames.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (index.streetStart[mid] <= e) lo = mid;
			else hi = mid - 1;
		}
		const pc = index.postcode[e];
		const quarter = index.quarter[e];
		return {
			entry: e,
			street: index.streetNames[lo],
			housenumber: index.housenumbers[e],
			postcode: pc ? index.header.postcodes[pc - 1] : '',
			quarter: quarter ? (index.header.quarters[quarter - 1] ?? null) : null,
			lon: index.lon[e],
			lat: index.lat[e]
		};
	}
}
