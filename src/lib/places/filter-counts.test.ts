import { describe, expect, it } from 'vitest';
import { choiceCount, vacancyFilterSet, withChoice } from './filter-counts';

const counts = {
	kind: { vacancy: 5, employer: 3 },
	german_level: { none: 1, A2: 2, B1: 4 },
	wheelchair: { yes: 2, limited: 1, no: 7 },
	childcare_friendly: { true: 2 },
	cost: { free: 3, paid: 1 }
};

describe('choiceCount', () => {
	it('reads one facet value', () => {
		expect(choiceCount(counts, { key: 'kinds', value: 'vacancy' })).toBe(5);
		expect(choiceCount(counts, { key: 'kinds', value: 'event' })).toBe(0);
	});
	it('adds up "at most" German levels', () => {
		expect(choiceCount(counts, { key: 'german_level_max', value: 'A1' })).toBe(1);
		expect(choiceCount(counts, { key: 'german_level_max', value: 'B1' })).toBe(7);
	});
	it('counts wheelchair yes and limited, free services, flags', () => {
		expect(choiceCount(counts, { key: 'wheelchair' })).toBe(3);
		expect(choiceCount(counts, { key: 'free_only' })).toBe(3);
		expect(choiceCount(counts, { key: 'childcare_friendly' })).toBe(2);
		expect(choiceCount(counts, { key: 'suitable_for_refugees' })).toBe(0);
	});
});

describe('withChoice', () => {
	it('makes a group choice alone in its group', () => {
		expect(
			withChoice({ kinds: ['event', 'vacancy'], q: 'x' }, { key: 'kinds', value: 'employer' })
		).toEqual({
			kinds: ['employer'],
			q: 'x'
		});
		expect(withChoice({}, { key: 'german_level_max', value: 'B1' })).toEqual({
			german_level_max: 'B1'
		});
		expect(withChoice({}, { key: 'wheelchair' })).toEqual({ wheelchair: true });
	});
});

describe('vacancyFilterSet', () => {
	it('is true for the vacancy-only filters and false for the others', () => {
		expect(vacancyFilterSet({ working_time: ['part_time'] })).toBe(true);
		expect(vacancyFilterSet({ start_by: '2027-01-01' })).toBe(true);
		expect(vacancyFilterSet({ working_time: [], childcare_friendly: false })).toBe(false);
		expect(vacancyFilterSet({ wheelchair: true, languages: ['ar'], quarters: ['baumheide'] })).toBe(
			false
		);
	});
});
