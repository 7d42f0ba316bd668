import { describe, expect, it } from 'vitest';
import { germanDate, zonedTime } from './dates.ts';

describe('dates', () => {
	it('writes German long dates', () => {
		expect(germanDate('2026-12-01')).toBe('1. Dezember 2026');
		expect(germanDate('2027-03-15')).toBe('15. März 2027');
	});

	it('reads a local time in Bielefeld in winter and in summer time', () => {
		const berlin = (t: string) => zonedTime(t, 'Europe/Berlin').toISOString();
		expect(berlin('2026-12-02T10:00')).toBe('2026-12-02T09:00:00.000Z');
		expect(berlin('2027-04-15T14:00')).toBe('2027-04-15T12:00:00.000Z');
		// Right after the clocks go forward (28 March 2027, 02:00 → 03:00) and before they go back.
		expect(berlin('2027-03-28T03:30')).toBe('2027-03-28T01:30:00.000Z');
		expect(berlin('2026-10-25T01:30')).toBe('2026-10-24T23:30:00.000Z');
		expect(() => berlin('2027-04-15 14:00')).toThrow(/local time/);
	});
});
