/**
 * Pure helpers of the reachability view: the places sorted by travel time, and the search over
 * stop names and place titles that sets the origin (on the device, no request).
 */
import type { NamedPoint } from './describe';

export interface Timed<T> {
	item: T;
	/** Minutes, or null when not reachable within the largest band. */
	minutes: number | null;
}

/** Places with their minutes, fastest first; unreachable ones last in their original order. */
export function sortByMinutes<T>(items: readonly T[], minutes: ArrayLike<number>): Timed<T>[] {
	return items
		.map((item, i) => {
			const v = minutes[i];
			return { item, i, minutes: Number.isFinite(v) ? Math.round(v) : null };
		})
		.sort((a, b) => (a.minutes ?? Infinity) - (b.minutes ?? Infinity) || a.i - b.i)
		.map(({ item, minutes }) => ({ item, minutes }));
}

/** Lower case without accents: "Bürgerzentrum" matches "burgerzentrum". */
export function fold(s: string): string {
	return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').trim();
}

export interface OriginCandidate extends NamedPoint {
	source: 'stop' | 'place';
}

/**
 * Candidates whose name contains every word of the query; names starting with the query first,
 * then shorter names. Duplicate stop names (one per platform) are shown once.
 */
export function searchOrigins(
	query: string,
	candidates: readonly OriginCandidate[],
	limit = 8
): OriginCandidate[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0 || words.join('').length < 2) return [];
	const q = words.join(' ');
	const seen = new Set<string>();
	const hits: { c: OriginCandidate; score: number }[] = [];
	for (const c of candidates) {
		const name = fold(c.name);
		if (!words.every((w) => name.includes(w))) continue;
		const key = `${c.source}:${name}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const score = (name.startsWith(q) ? 0 : 1000) + (c.source === 'stop' ? 0 : 500) + name.length;
		hits.push({ c, score });
	}
	return hits
		.sort((a, b) => a.score - b.score)
		.slice(0, limit)
		.map((h) => h.c);
}
