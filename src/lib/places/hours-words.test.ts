import { describe, expect, it } from 'vitest';
import { hoursInWords } from './hours-words';

describe('opening hours in words', () => {
	it('uses the reader’s day names and clock', () => {
		expect(hoursInWords('Mo-Fr 08:00-16:00', 'de')).toBe('Mo–Fr 8:00–16:00');
		expect(hoursInWords('Mo-Fr 08:00-12:00,13:00-16:30; Sa 09:00-12:00', 'en')).toBe(
			'Mon–Fri 08:00–12:00, 13:00–16:30; Sat 09:00–12:00'
		);
		expect(hoursInWords('Mo,We 10:00-12:00', 'tr')).toBe('Pzt, Çar 10:00–12:00');
		expect(hoursInWords('Mo-Fr 08:00-16:00', 'uk')).toMatch(/^пн–пт 8:00–16:00$/i);
		// Arabic day names (and the reader's digits).
		expect(hoursInWords('Mo-Fr 08:00-16:00', 'ar')).toContain('الاثنين');
	});

	it('leaves richer texts to the week table', () => {
		expect(hoursInWords('Mo-Fr 08:00-16:00; PH off', 'de')).toBeNull();
		expect(hoursInWords('', 'de')).toBeNull();
		expect(hoursInWords(null, 'de')).toBeNull();
	});
});
