/**
 * Property test (issue 13, point 1): for many random filter combinations on the seeded database,
 * every number the filter panel shows equals the length of the list that choosing it gives, and
 * the result count equals the list's length. The counts come from placesPageData — exactly what
 * the map page shows — and each choice's list from pageListRows, the list query placesPageData
 * itself runs (without the counts, quarters and titles around it, which cost four queries per
 * choice here), so a count computed by another query than the list's would fail here.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/lib/server/db';
import { pageListRows, placesPageData } from '../../src/lib/server/places/page-data';
import { choiceCount, withChoice, type FilterChoice } from '../../src/lib/places/filter-counts';
import { GERMAN_LEVELS, PLACE_KINDS, QUARTER_IDS, WORKING_TIMES } from '../../src/lib/places/kinds';
import type { MapQuery } from '../../src/lib/places/url-state';
import { LANGUAGES, randomQuery, rng } from '../fixtures/filter-cases';
import { testDatabase } from './setup';

let db: Database;
let locals: Parameters<typeof placesPageData>[0];

beforeAll(async () => {
	// A fixed clock: "open now" must not change between the count and the list.
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date('2026-12-02T09:30:00Z'));
	db = await testDatabase();
	locals = { db: db.as({ role: 'anon' }), claims: { role: 'anon' } };
});
afterAll(async () => {
	vi.useRealTimers();
	await db?.close();
});

const CHOICES: FilterChoice[] = [
	...PLACE_KINDS.map((value) => ({ key: 'kinds' as const, value })),
	...QUARTER_IDS.map((value) => ({ key: 'quarters' as const, value })),
	...WORKING_TIMES.map((value) => ({ key: 'working_time' as const, value })),
	...LANGUAGES.map((value) => ({ key: 'languages' as const, value })),
	...GERMAN_LEVELS.map((value) => ({ key: 'german_level_max' as const, value })),
	{ key: 'wheelchair' },
	{ key: 'childcare_friendly' },
	{ key: 'suitable_for_refugees' },
	{ key: 'free_only' }
];

const listLength = async (query: MapQuery) => (await pageListRows(locals, query)).length;

describe('filter counts = list lengths (property test on the database)', () => {
	const SEED = 13;
	const COMBINATIONS = 24;

	it(`${COMBINATIONS} random filter combinations, every choice and "open now"`, async () => {
		const random = rng(SEED);
		let nonEmpty = 0;
		let vacancyOnly = 0;
		for (let i = 0; i < COMBINATIONS; i++) {
			const query = i === 0 ? { filters: {} } : randomQuery(random);
			const label = `combination ${i} (seed ${SEED}): ${JSON.stringify(query)}`;
			const page = await placesPageData(locals, query, 'de');
			expect(page.total, `${label}: result count`).toBe(page.places.length);
			expect(await listLength(query), `${label}: pageListRows is the page's list`).toBe(
				page.places.length
			);
			if (page.places.length > 0) nonEmpty++;

			const shown: Record<string, number> = {};
			const actual: Record<string, number> = {};
			for (const choice of CHOICES) {
				const name = 'value' in choice ? `${choice.key}=${choice.value}` : choice.key;
				shown[name] = choiceCount(page.counts, choice);
				actual[name] = await listLength({ ...query, filters: withChoice(query.filters, choice) });
			}
			shown.open_now = page.openCount;
			actual.open_now = await listLength({ ...query, open: 'now' });
			expect(shown, label).toEqual(actual);

			// A vacancy filter shows vacancies only.
			if (query.filters.working_time || query.filters.childcare_friendly) {
				vacancyOnly++;
				expect(
					page.places.every((p) => p.kind === 'vacancy'),
					label
				).toBe(true);
			}
		}
		// The combinations are not all empty or all trivial (the test could not fail otherwise).
		expect(nonEmpty).toBeGreaterThan(COMBINATIONS / 3);
		expect(vacancyOnly).toBeGreaterThan(0);
	});

	it('the first combination (no filters) is the whole map', async () => {
		const page = await placesPageData(locals, { filters: {} }, 'de');
		expect(page.total).toBeGreaterThan(100);
		expect(choiceCount(page.counts, { key: 'kinds', value: 'employer' })).toBeGreaterThan(0);
	});
});
