import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, foldLine, writeCalendar } from './ical-writer';

describe('iCalendar writer', () => {
	it('escapes TEXT values (RFC 5545 3.3.11)', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});

	it('folds at 75 octets without splitting a UTF-8 character', () => {
		const line = `SUMMARY:${'Ü'.repeat(60)}`;
		const folded = foldLine(line);
		const enc = new TextEncoder();
		for (const part of folded.split('\r\n'))
			expect(enc.encode(part).length).toBeLessThanOrEqual(75);
		expect(
			folded
				.split('\r\n')
				.map((p, i) => (i ? p.slice(1) : p))
				.join('')
		).toBe(line);
		expect(folded).not.toContain('\uFFFD');
	});

	it('writes a calendar that a real parser reads back', () => {
		const text = writeCalendar(
			{
				name: 'Termine',
				description: 'Lizenz: dl-de/by-2-0',
				extra: { 'X-LICENSE': 'dl-de/by-2-0' }
			},
			[
				{
					uid: 'abc@quartierkarte',
					title: 'Jobmesse; Sennestadt, Halle 1',
					description: 'Zeile 1\nZeile 2 – mit Umlauten äöü '.repeat(5),
					start: new Date('2026-12-03T09:00:00Z'),
					end: new Date('2026-12-03T14:00:00Z'),
					lat: 51.94,
					lon: 8.58,
					url: 'https://example.org/ort/abc'
				},
				{
					uid: 'day@quartierkarte',
					title: 'Tag der offenen Tür',
					start: new Date('2026-12-04T23:00:00Z'),
					end: new Date('2026-12-05T23:00:00Z'),
					allDay: true
				}
			]
		);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
		const cal = new ICAL.Component(ICAL.parse(text));
		expect(cal.getFirstPropertyValue('x-license')).toBe('dl-de/by-2-0');
		const [first, second] = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(first.summary).toBe('Jobmesse; Sennestadt, Halle 1');
		expect(first.description).toContain('Zeile 1\nZeile 2 – mit Umlauten äöü');
		expect(first.startDate.toJSDate().toISOString()).toBe('2026-12-03T09:00:00.000Z');
		// 5 December in Berlin (the instant is 00:00 CET), all day.
		expect(second.startDate.isDate).toBe(true);
		expect(second.startDate.toString()).toBe('2026-12-05');
	});
});
