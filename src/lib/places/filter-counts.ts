/**
 * The numbers beside the filter panel's choices, read from the facet counts of one filter set
 * (`facetCounts` on the server). A number says how many places the list holds once that choice is
 * made — alone in its group for the multiple-choice groups (kind, quarter, working time,
 * languages), which are counted without their own filter. The property test
 * (tests/integration/filter-counts.test.ts) checks exactly that against the list on the database.
 */
import { GERMAN_LEVELS } from './kinds';
import type { PlaceFilters } from './filters';

/** Places per facet value: `counts.kind.vacancy`. */
export type Counts = Record<string, Record<string, number>>;

export type FilterChoice =
	| { key: 'kinds' | 'quarters' | 'working_time' | 'languages'; value: string }
	| { key: 'german_level_max'; value: (typeof GERMAN_LEVELS)[number] }
	| { key: 'wheelchair' | 'childcare_friendly' | 'suitable_for_refugees' | 'free_only' };

/** The filters that show vacancies only (the result holds nothing else when one is set). */
export const VACANCY_FILTERS = [
	'working_time',
	'german_level_max',
	'childcare_friendly',
	'suitable_for_refugees',
	'start_by'
] as const;

/** Whether one of the vacancy-only filters is set. */
export function vacancyFilterSet(filters: PlaceFilters): boolean {
	return VACANCY_FILTERS.some((key) => {
		const v = filters[key];
		return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false && v !== '';
	});
}

const FACET = {
	kinds: 'kind',
	quarters: 'quarter',
	working_time: 'working_time',
	languages: 'language'
};

const n = (counts: Counts, facet: string, value: string) => counts[facet]?.[value] ?? 0;

/** How many places the list would hold with `choice` made. */
export function choiceCount(counts: Counts, choice: FilterChoice): number {
	switch (choice.key) {
		case 'kinds':
		case 'quarters':
		case 'working_time':
		case 'languages':
			return n(counts, FACET[choice.key], choice.value);
		case 'german_level_max': {
			// "at most level X": every vacancy needing X or less.
			const upTo = GERMAN_LEVELS.slice(0, GERMAN_LEVELS.indexOf(choice.value) + 1);
			return upTo.reduce((sum, level) => sum + n(counts, 'german_level', level), 0);
		}
		case 'wheelchair':
			return n(counts, 'wheelchair', 'yes') + n(counts, 'wheelchair', 'limited');
		case 'childcare_friendly':
		case 'suitable_for_refugees':
			return n(counts, choice.key, 'true');
		case 'free_only':
			return n(counts, 'cost', 'free');
	}
}

/** The filters once `choice` is made (a group's choice alone in its group). */
export function withChoice(filters: PlaceFilters, choice: FilterChoice): PlaceFilters {
	if ('value' in choice)
		return {
			...filters,
			[choice.key]: choice.key === 'german_level_max' ? choice.value : [choice.value]
		};
	return { ...filters, [choice.key]: true };
}
