import { describe, expect, it } from 'vitest';
import OpeningHours from 'opening_hours';
import { daysText, osmToRows, rowsToOsm } from './hours-rows';

describe('opening-hours rows', () => {
	it('writes days as OSM ranges and lists', () => {
		expect(daysText([0, 1, 2, 3, 4])).toBe('Mo-Fr');
		expect(daysText([0, 2, 4])).toBe('Mo,We,Fr');
		expect(daysText([5, 0, 1])).toBe('Mo,Tu,Sa');
		expect(daysText([0, 1, 2, 5, 6])).toBe('Mo-We,Sa,Su');
	});

	it('merges rows of the same days into one rule, which the opening_hours library accepts', () => {
		const text = rowsToOsm([
			{ days: [0, 1, 2, 3, 4], from: '08:00', to: '12:00' },
			{ days: [5], from: '09:00', to: '13:00' },
			{ days: [0, 1, 2, 3, 4], from: '13:00', to: '16:30' },
			{ days: [], from: '10:00', to: '11:00' },
			{ days: [6], from: '', to: '11:00' }
		]);
		expect(text).toBe('Mo-Fr 08:00-12:00,13:00-16:30; Sa 09:00-13:00');
		const oh = new OpeningHours(text, null, { mode: 0 } as never);
		// Wednesday 2026-12-02 at 12:30 is the lunch break, 14:00 is open.
		expect(oh.getState(new Date(2026, 11, 2, 12, 30))).toBe(false);
		expect(oh.getState(new Date(2026, 11, 2, 14, 0))).toBe(true);
	});

	it('reads back what it writes, and nothing richer', () => {
		const text = 'Mo-Fr 08:00-12:00,13:00-16:30; Sa 09:00-13:00';
		expect(rowsToOsm(osmToRows(text)!)).toBe(text);
		expect(osmToRows('')).toEqual([]);
		expect(osmToRows('Mo-Fr 08:00-16:00; PH off')).toBeNull();
		expect(osmToRows('24/7')).toBeNull();
	});
});
