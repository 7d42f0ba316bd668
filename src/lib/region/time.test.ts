import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { localDay, localToInstant, offsetAt, vtimezone, wallClock } from './time';

/** Zones with DST in either hemisphere, without DST, and with a half-hour offset. */
const ZONES = ['Europe/Berlin', 'Europe/Helsinki', 'Australia/Sydney', 'Asia/Kolkata'];

describe('wall-clock time in any zone', () => {
	it('localToInstant and localDay agree with Intl, also across DST changes', () => {
		expect(localToInstant('2027-01-15T15:00', 'Europe/Berlin')).toBe('2027-01-15T14:00:00.000Z');
		expect(localToInstant('2027-07-15T15:00', 'Europe/Berlin')).toBe('2027-07-15T13:00:00.000Z');
		expect(localToInstant('2027-07-15T15:00', 'Europe/Helsinki')).toBe('2027-07-15T12:00:00.000Z');
		expect(localToInstant('2027-07-15T15:00', 'Australia/Sydney')).toBe('2027-07-15T05:00:00.000Z');
		expect(localToInstant('2027-01-15T15:00', 'Australia/Sydney')).toBe('2027-01-15T04:00:00.000Z');
		expect(localToInstant('2027-07-15T15:00', 'Asia/Kolkata')).toBe('2027-07-15T09:30:00.000Z');
		// 23:30 UTC is already the next day in Helsinki, not yet in Lisbon.
		const late = new Date('2027-03-01T23:30:00Z');
		expect(localDay(late, 'Europe/Helsinki')).toBe('2027-03-02');
		expect(localDay(late, 'Europe/Lisbon')).toBe('2027-03-01');
		const wc = wallClock(new Date('2027-07-01T09:30:00Z'), 'Europe/Helsinki');
		expect([wc.getHours(), wc.getMinutes()]).toEqual([12, 30]);
	});

	it('round-trips two years of instants in each zone (but the repeated hour)', () => {
		for (const tz of ZONES) {
			for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000 * 13) {
				if (offsetAt(t - 7_200_000, tz) !== offsetAt(t + 7_200_000, tz)) continue;
				const local = new Date(t + offsetAt(t, tz)).toISOString().slice(0, 16);
				expect(localToInstant(local, tz), `${tz} ${local}`).toBe(new Date(t).toISOString());
			}
		}
	});

	it("writes a VTIMEZONE that ical.js reads as the platform's zone", () => {
		for (const tz of ZONES) {
			const cal = ICAL.Component.fromString(
				`BEGIN:VCALENDAR\r\n${vtimezone(tz, 2026, 2028)}\r\nEND:VCALENDAR`
			);
			const zone = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
			for (let t = Date.UTC(2026, 0, 3, 10); t < Date.UTC(2028, 11, 1); t += 86_400_000 * 5) {
				const local = new Date(t + offsetAt(t, tz)).toISOString().slice(0, 16);
				const [d, h] = local.split('T');
				const time = ICAL.Time.fromData(
					{
						year: +d.slice(0, 4),
						month: +d.slice(5, 7),
						day: +d.slice(8, 10),
						hour: +h.slice(0, 2),
						minute: +h.slice(3, 5)
					},
					zone
				);
				expect(time.toJSDate().toISOString(), `${tz} ${local}`).toBe(new Date(t).toISOString());
			}
		}
		const berlin = vtimezone('Europe/Berlin', 2027, 2027);
		// 2027: summer time from 28 March 02:00, winter time from 31 October 03:00 local.
		expect(berlin).toContain('DTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200');
		expect(berlin).toContain('DTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100');
		expect(vtimezone('Asia/Kolkata', 2027, 2027).match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual([
			'BEGIN:STANDARD'
		]);
	});
});
