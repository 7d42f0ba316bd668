/**
 * The Snowball German stemmer as PostgreSQL 15 runs it (`german_stem`), so that a search on the
 * device stems a word exactly as `to_tsvector('german', word)` does on the server. Checked word by
 * word against `ts_lexize('german_stem', …)` in tests/integration/device-filter.test.ts.
 * (snowballstem.org/algorithms/german/stemmer.html)
 */
import { GERMAN_STOP_WORDS } from './german-stop';

const VOWELS = 'aeiouyäöü';
const S_ENDING = 'bdfghklmnrt';
const ST_ENDING = 'bdfghklmnt';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** Start of the region after the first non-vowel that follows a vowel, from `from`. */
function regionStart(w: string[], from: number): number {
	let i = from;
	while (i < w.length && !isVowel(w[i])) i++;
	if (i >= w.length) return w.length;
	while (i < w.length && isVowel(w[i])) i++;
	if (i >= w.length) return w.length;
	return i + 1;
}

const endsWith = (w: string[], suffix: string) =>
	w.slice(w.length - suffix.length).join('') === suffix;
/** The longest of `suffixes` the word ends with. */
const longest = (w: string[], suffixes: string[]) =>
	suffixes
		.filter((s) => s.length <= w.length && endsWith(w, s))
		.sort((a, b) => b.length - a.length)[0];

export function germanStem(word: string): string {
	// prelude: ß → ss; u and y between vowels are consonants (marked upper case)
	const w = [...word.replaceAll('ß', 'ss')];
	for (let i = 1; i < w.length - 1; i++) {
		if ((w[i] === 'u' || w[i] === 'y') && isVowel(w[i - 1]) && isVowel(w[i + 1]))
			w[i] = w[i].toUpperCase();
	}
	// regions: R1 at least 3 letters in
	const r1 = regionStart(w, 0);
	const p1 = Math.max(r1, 3);
	const p2 = regionStart(w, r1);
	const cut = (n: number) => w.splice(w.length - n, n);

	// step 1
	let s = longest(w, ['em', 'ern', 'er', 'e', 'en', 'es', 's']);
	if (s && w.length - s.length >= p1) {
		if (s === 's') {
			if (S_ENDING.includes(w[w.length - 2] ?? '')) cut(1);
		} else {
			cut(s.length);
			if ((s === 'e' || s === 'en' || s === 'es') && endsWith(w, 'niss')) cut(1);
		}
	}
	// step 2
	s = longest(w, ['en', 'er', 'est', 'st']);
	if (s && w.length - s.length >= p1) {
		if (s === 'st') {
			if (ST_ENDING.includes(w[w.length - 3] ?? '') && w.length - 3 >= 3) cut(2);
		} else cut(s.length);
	}
	// step 3 (d-suffixes, in R2)
	s = longest(w, ['end', 'ung', 'ig', 'ik', 'isch', 'lich', 'heit', 'keit']);
	if (s && w.length - s.length >= p2) {
		const before = w[w.length - s.length - 1];
		if (s === 'end' || s === 'ung') {
			cut(s.length);
			if (endsWith(w, 'ig') && w[w.length - 3] !== 'e' && w.length - 2 >= p2) cut(2);
		} else if (s === 'ig' || s === 'ik' || s === 'isch') {
			if (before !== 'e') cut(s.length);
		} else if (s === 'lich' || s === 'heit') {
			cut(s.length);
			if ((endsWith(w, 'er') || endsWith(w, 'en')) && w.length - 2 >= p1) cut(2);
		} else {
			cut(s.length);
			const t = longest(w, ['lich', 'ig']);
			if (t && w.length - t.length >= p2) cut(t.length);
		}
	}
	// postlude
	return w
		.join('')
		.replaceAll('Y', 'y')
		.replaceAll('U', 'u')
		.replaceAll('ä', 'a')
		.replaceAll('ö', 'o')
		.replaceAll('ü', 'u');
}

/**
 * What `to_tsvector('german', word)` makes of one word of letters and digits: nothing for a stop
 * word, the word itself (lower case) when it holds a digit (PostgreSQL's parser calls it a
 * numword, which the german configuration does not stem), else its stem.
 */
export function germanLexeme(word: string): string | null {
	const w = word.toLowerCase();
	if (/\p{N}/u.test(w)) return w;
	if (GERMAN_STOP_WORDS.has(w)) return null;
	return germanStem(w);
}
