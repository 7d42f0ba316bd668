/**
 * search_hits (supabase/migrations/20261202010000_search_forgives.sql) on the device: which places a
 * term finds, and how relevant each is, with the server's rules step for step — each word (stop
 * words skipped) with its synonyms matches German full text as a prefix (stemmed), the translated
 * texts (unstemmed), a part of a title word, a typo (only when the word as written finds nothing),
 * or the name of the quarter or organisation; every word must match; "-word" excludes. The rank
 * is ts_rank of both text vectors plus the trigram word similarity of the term to the titles,
 * computed in float4 as PostgreSQL does, so the order matches too.
 */
import { germanLexeme } from './german-stem';
import type { DeviceSnapshot, Lexemes, SearchRow } from './snapshot';
import { similarity, wordSimilarity } from './trigram';

/** [[:alnum:]]+ of PostgreSQL's regular expressions in a UTF-8 locale. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const EXCLUDED = /(^|\s)-([\p{L}\p{M}\p{N}]+)/gu;

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const distinct = (xs: string[]) => [...new Set(xs)].sort(byCodePoint);
const tokens = (s: string) => [...s.toLowerCase().matchAll(WORD)].map((m) => m[0]);

/** What the box of the map page asks for: west, south, east, north. */
export type Box = [number, number, number, number];

const f = Math.fround;
/** ts_rank's default weights D, C, B, A (float4). */
const WEIGHT: Record<string, number> = { D: f(0.1), C: f(0.2), B: f(0.4), A: f(1) };

/** ts_rank(vector, query) for a query of prefix lexemes joined by OR (calc_rank_or). */
export function tsRank(doc: Lexemes, query: string[]): number {
	const ops = distinct(query);
	if (ops.length === 0 || doc.length === 0) return 0;
	let res = 0;
	for (const op of ops) {
		for (const [lexeme, weights] of doc) {
			if (!lexeme.startsWith(op)) continue;
			let resj = 0;
			let wjm = -1;
			let jm = 0;
			for (let j = 0; j < weights.length; j++) {
				const w = WEIGHT[weights[j]] ?? WEIGHT.D;
				resj = f(resj + f(w / ((j + 1) * (j + 1))));
				if (w > wjm) {
					wjm = w;
					jm = j;
				}
			}
			res = f(res + f(f(wjm + resj) - f(wjm / ((jm + 1) * (jm + 1)))) / 1.64493406685);
		}
	}
	return f(res / ops.length);
}

const hasPrefix = (doc: Lexemes, prefixes: string[]) =>
	prefixes.length > 0 && doc.some(([l]) => prefixes.some((p) => l.startsWith(p)));

/**
 * The distinct lexemes without those another one is a prefix of: as the server builds its prefix
 * query (the same matches, and the same operands for ts_rank).
 */
function shortest(lexemes: string[]): string[] {
	const all = distinct(lexemes);
	return all.filter((l) => !all.some((k) => k !== l && l.startsWith(k)));
}

interface Word {
	de: string[];
	simple: string[];
	/** Alternatives of 3 letters or more: parts of words. */
	parts: string[];
	quarters: Set<string>;
	orgs: Set<string>;
}

function prepare(snapshot: DeviceSnapshot, w: string): Word {
	const groups = new Set(
		snapshot.synonyms
			.filter(([, term]) => term === w || ([...w].length >= 5 && similarity(term, w) >= 0.6))
			.map(([group]) => group)
	);
	const alts = distinct([
		...snapshot.synonyms.filter(([group]) => groups.has(group)).map(([, term]) => term),
		w
	]);
	const de = shortest(
		alts.flatMap((a) =>
			tokens(a)
				.map((t) => germanLexeme(t))
				.filter((l) => l !== null)
		)
	);
	const simple = shortest(alts.flatMap(tokens));
	const parts = alts.filter((a) => [...a].length >= 3);
	const quarters = new Set(
		snapshot.quarters
			.filter(
				(q) =>
					q.name.toLowerCase() === w ||
					q.id === w ||
					([...w].length >= 4 && wordSimilarity(w, q.name.toLowerCase()) >= 0.5)
			)
			.map((q) => q.id)
	);
	const orgs = new Set(
		snapshot.orgs
			.filter(
				(o) =>
					o.lexemes.some((l) => de.some((p) => l.startsWith(p))) ||
					parts.some((p) => o.name.toLowerCase().includes(p))
			)
			.map((o) => o.id)
	);
	return { de, simple, parts, quarters, orgs };
}

function matches(row: SearchRow, word: Word, w: string, typo: boolean): boolean {
	return (
		hasPrefix(row.de, word.de) ||
		hasPrefix(row.i18n, word.simple) ||
		word.parts.some((p) => row.text.includes(p)) ||
		(typo && wordSimilarity(w, row.text) >= 0.5) ||
		(row.quarter !== null && word.quarters.has(row.quarter)) ||
		(row.orgId !== null && word.orgs.has(row.orgId))
	);
}

/**
 * The places `q` finds in `box` with their rank (id → rank), or null when the term holds no word
 * that says something (only stop words or signs): then it finds nothing.
 */
export function searchHits(snapshot: DeviceSnapshot, q: string, box: Box): Map<string, number> {
	const [west, south, east, north] = box;
	const excluded = new Set(distinct([...q.matchAll(EXCLUDED)].map((m) => m[2].toLowerCase())));
	const words = distinct(tokens(q.replace(EXCLUDED, ' ')));
	const rows: SearchRow[] = [...snapshot.places, ...snapshot.hidden];
	const inBox = rows.filter(
		(r) => r.lat >= south && r.lat <= north && r.lon >= west && r.lon <= east
	);
	let ids: Set<string> | null = null;
	let anyWord = false;
	const allDe: string[] = [];
	const allSimple: string[] = [];
	for (const w of [...words, ...excluded]) {
		const isExcluded = excluded.has(w);
		if ([...w].length < 2 || germanLexeme(w) === null || (isExcluded && ids === null)) continue;
		anyWord = true;
		const word = prepare(snapshot, w);
		allDe.push(...word.de);
		allSimple.push(...word.simple);
		const typo = [...w].length >= 4 && !isExcluded && !rows.some((r) => matches(r, word, w, false));
		const found = new Set(inBox.filter((r) => matches(r, word, w, typo)).map((r) => r.id));
		const before: string[] | null = ids ? [...ids] : null;
		ids = isExcluded
			? new Set((before ?? []).filter((id) => !found.has(id)))
			: new Set(before === null ? found : before.filter((id) => found.has(id)));
		if (ids.size === 0) break;
	}
	const hits = new Map<string, number>();
	if (!anyWord || !ids) return hits;
	const term = q.toLowerCase();
	for (const r of rows) {
		if (!ids.has(r.id)) continue;
		const rank = f(tsRank(r.de, allDe) + tsRank(r.i18n, allSimple));
		hits.set(r.id, f(rank + f(wordSimilarity(term, r.text))));
	}
	return hits;
}
