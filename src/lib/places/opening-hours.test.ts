import { describe, expect, it } from 'vitest';
import { isOpenAt, openUntil, resolveOpenAt, weekHours } from './opening-hours';
import { wallClock } from '$lib/region/time';

// Wednesday 25 November 2026 (local wall-clock dates, as the evaluation uses them).
const wed = (h: number, min = 0) => new Date(2026, 10, 25, h, min);

describe('isOpenAt', () => {
	it('evaluates weekday ranges', () => {
		expect(isOpenAt('Mo-Fr 09:00-17:00', wed(10))).toBe(true);
		expect(isOpenAt('Mo-Fr 09:00-17:00', wed(17, 30))).toBe(false);
		expect(isOpenAt('Mo-Fr 09:00-17:00', new Date(2026, 10, 29, 12))).toBe(false); // Sunday
	});
	it('handles split days and overnight hours', () => {
		expect(isOpenAt('Mo-Fr 09:00-12:00,14:00-16:00', wed(13))).toBe(false);
		expect(isOpenAt('Mo-Fr 09:00-12:00,14:00-16:00', wed(15))).toBe(true);
		expect(isOpenAt('We 20:00-02:00', new Date(2026, 10, 26, 1))).toBe(true);
	});
	it('knows German public holidays (NRW)', () => {
		// 25 December 2026 is a Friday and a holiday.
		expect(isOpenAt('Mo-Fr 09:00-17:00; PH off', new Date(2026, 11, 25, 10))).toBe(false);
		expect(isOpenAt('Mo-Fr 09:00-17:00; PH off', new Date(2026, 11, 22, 10))).toBe(true);
	});
	it('says "unknown" (null) for missing, invalid or unknown hours', () => {
		expect(isOpenAt(null, wed(10))).toBeNull();
		expect(isOpenAt('', wed(10))).toBeNull();
		expect(isOpenAt('whenever the owner feels like it', wed(10))).toBeNull();
		expect(isOpenAt('Mo-Fr 09:00-17:00 unknown', wed(10))).toBeNull();
	});
	it('is open all the time for 24/7', () => {
		expect(isOpenAt('24/7', wed(3))).toBe(true);
	});
});

describe('Berlin wall clock', () => {
	it('converts an instant to Bielefeld time, winter and summer', () => {
		const winter = wallClock(new Date('2026-11-25T09:30:00Z'));
		expect([winter.getHours(), winter.getMinutes()]).toEqual([10, 30]);
		const summer = wallClock(new Date('2026-07-01T09:30:00Z'));
		expect(summer.getHours()).toBe(11);
	});
	it('reads a chosen time as Bielefeld time', () => {
		const d = resolveOpenAt('2026-11-26T10:15');
		expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([
			2026, 10, 26, 10, 15
		]);
	});
});

describe('weekHours', () => {
	it('lists seven days with their intervals', () => {
		const week = weekHours('Mo-Fr 09:00-12:00,14:00-16:00; Sa 10:00-13:00', wed(8))!;
		expect(week).toHaveLength(7);
		expect(week[0].intervals).toEqual([
			['09:00', '12:00'],
			['14:00', '16:00']
		]);
		expect(week[3].intervals).toEqual([['10:00', '13:00']]); // Saturday
		expect(week[4].intervals).toEqual([]); // Sunday
	});
	it('is null for text it cannot read', () => {
		expect(weekHours('whenever the owner feels like it', wed(8))).toBeNull();
	});
});

describe('openUntil', () => {
	it('says when an open place closes today', () => {
		// Wednesday 2026-12-02.
		expect(openUntil('Mo-Fr 08:00-16:00', new Date(2026, 11, 2, 10, 0))).toBe('16:00');
		expect(openUntil('Mo-Fr 08:00-12:00,13:00-16:00', new Date(2026, 11, 2, 9, 0))).toBe('12:00');
		expect(openUntil('Mo-Fr 08:00-16:00', new Date(2026, 11, 2, 17, 0))).toBeNull();
		expect(openUntil('Mo-Fr 20:00-24:00', new Date(2026, 11, 2, 21, 0))).toBe('24:00');
		expect(openUntil('24/7', new Date(2026, 11, 2, 21, 0))).toBeNull();
	});
});
