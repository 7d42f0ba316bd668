/**
 * Search that forgives (issue 13, point 2), through the map page's data path (placesPageData:
 * the list, the counts, the translated titles) on the seeded demo database: typos, synonyms kept
 * as data, parts of compound words, a quarter named in the term, translated texts, relevance
 * order, and a term that finds nothing. Runs on PostgreSQL (DATABASE_URL) and on PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import { placesPageData } from '../../src/lib/server/places/page-data';
import { testDatabase } from './setup';

let db: Database;
let locals: Parameters<typeof placesPageData>[0];

beforeAll(async () => {
	db = await testDatabase();
	locals = { db: db.as({ role: 'anon' }), claims: { role: 'anon' } };
});
afterAll(async () => {
	await db?.close();
});

async function search(q: string, locale = 'de') {
	const page = await placesPageData(locals, { filters: { q } }, locale);
	// The count above the list is the list's length (one SQL definition for both).
	expect(page.total, `${q}: count = list`).toBe(page.places.length);
	return page.places;
}
const titles = (places: { title: string }[]) => places.map((p) => p.title);

describe('search that forgives', () => {
	it('forgives a typo: "pflge" finds the care jobs', async () => {
		const found = titles(await search('pflge'));
		expect(found).toContain('Pflegehelfer/in (auch ohne Ausbildung)');
		expect(
			found.every((t) => /pflege/i.test(t)),
			found.join(' | ')
		).toBe(true);
	});

	it('knows synonyms of job titles: "Pflegekraft" finds "Pflegehelfer/in"', async () => {
		const found = titles(await search('Pflegekraft'));
		expect(found).toContain('Pflegehelfer/in (auch ohne Ausbildung)');
		// "Putzhilfe" is nowhere in the data, "Reinigungskraft" is.
		expect(titles(await search('Putzhilfe'))).toContain('Reinigungskraft am Vormittag');
	});

	it('finds parts of compound words: "pflege" in "Grünpflege", "lager" in "Logistiklager"', async () => {
		const found = titles(await search('pflege'));
		expect(found.some((t) => /Grünpflege/.test(t))).toBe(true);
		expect(titles(await search('lager')).some((t) => /Logistiklager/.test(t))).toBe(true);
	});

	it('a quarter in the term is the quarter: "Sennestadt Bäcker"', async () => {
		const places = await search('Sennestadt Bäcker');
		expect(titles(places)).toContain('Bäckerei Hüsemann');
		// The bakeries of the other quarters are not found.
		expect(titles(places)).not.toContain('Landbäckerei Brinkmann');
		expect(titles(places)).not.toContain('Backstube Kaya');
		expect(places.filter((p) => p.quarter === 'sennestadt').length).toBe(places.length);
	});

	it('finds German jobs by an English or Arabic word: "cleaning", "تنظيف"', async () => {
		for (const q of ['cleaning', 'تنظيف']) {
			const found = titles(await search(q));
			expect(found, q).toContain('Reinigungskraft am Vormittag');
			expect(found, q).toContain('Reinigungskraft abends (Büroobjekte)');
		}
	});

	it('searches the translated texts of every language', async () => {
		// Only the English title of "Bewerbungscoaching …" says "application".
		const found = titles(await search('application coaching'));
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((t) => t.startsWith('Bewerbungscoaching'))).toBe(true);
		// Arabic: "مقهى اللغة" (language café) is in the Arabic titles of the Sprachcafés.
		const arabic = await search('مقهى اللغة', 'ar');
		expect(arabic.length).toBeGreaterThan(0);
		expect(arabic.some((p) => p.lang === 'ar' && p.title.includes('مقهى اللغة'))).toBe(true);
	});

	it('ranks by relevance: the best match first', async () => {
		const found = titles(await search('Kassierer'));
		expect(found[0]).toBe('Kassierer/in');
		expect(found.length).toBeGreaterThan(3);
	});

	it('a term that means nothing finds nothing; stop words alone find nothing', async () => {
		expect(await search('xqzzvw')).toHaveLength(0);
		expect(await search('in der')).toHaveLength(0);
		// "-word" excludes
		const withAll = titles(await search('Reinigungskraft'));
		const without = titles(await search('Reinigungskraft -abends'));
		expect(without.length).toBeGreaterThan(0);
		expect(without.length).toBeLessThan(withAll.length);
		expect(without.some((t) => /abends/.test(t))).toBe(false);
	});
});
