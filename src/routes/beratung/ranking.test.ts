import { describe, expect, it } from 'vitest';
import { ChainFlag, type ChainResult } from '$lib/reach/chains';
import { emptyProfile } from '$lib/coach/client-profile';
import { chainInputs, rankOffers, shiftKinds, type Offer } from './ranking';

function offer(id: string, over: Partial<Offer> = {}): Offer {
	return {
		id,
		kind: 'vacancy',
		title: `Stelle ${id}`,
		lon: 8.58,
		lat: 51.95,
		address: null,
		organisation: 'Bäckerei Brinkmann',
		opening_hours: null,
		languages: ['de'],
		contact_phone: null,
		contact_email: null,
		website: null,
		working_time: 'part_time',
		hours_per_week: 25,
		german_level: 'A2',
		shift_start: '08:00',
		shift_end: '13:00',
		weekend_work: false,
		childcare_friendly: false,
		how_to_apply: null,
		...over
	};
}

function result(n: number, fill: Partial<Record<keyof ChainResult, number[]>>): ChainResult {
	const f = (k: keyof ChainResult, d: number) => Float32Array.from(fill[k] ?? Array(n).fill(d));
	return {
		toWork: f('toWork', 20),
		back: f('back', 20),
		slackTo: f('slackTo', 5),
		slackBack: f('slackBack', 5),
		flags: Uint16Array.from(fill.flags ?? Array(n).fill(0))
	};
}

describe('shift check', () => {
	it('names early, late, night (across midnight) and weekend shifts', () => {
		const s = (a: string | null, b: string | null, w = false) =>
			shiftKinds({ shift_start: a, shift_end: b, weekend_work: w });
		expect(s('05:30', '13:30')).toEqual(['early']);
		expect(s('14:00', '22:00')).toEqual(['late']);
		expect(s('22:00', '06:00')).toEqual(['night']);
		expect(s('08:00', '16:30', true)).toEqual(['weekend']);
		expect(s(null, null)).toEqual([]);
	});

	it('gives the worker shift seconds, −1 for unknown hours, and hours per day', () => {
		const i = chainInputs([
			offer('a', { shift_start: '22:00', shift_end: '06:00', hours_per_week: null }),
			offer('b', { shift_start: null, shift_end: null, hours_per_week: 40 }),
			offer('c', { shift_start: null, shift_end: null, hours_per_week: null })
		]);
		expect(Array.from(i.start)).toEqual([22 * 3600, -1, -1]);
		expect(Array.from(i.end)).toEqual([6 * 3600, -1, -1]);
		expect(Array.from(i.dayHours)).toEqual([8, 8, NaN]);
	});
});

describe('ranked list', () => {
	it('says why it fits and what does not, and puts blocking problems last', () => {
		const p = emptyProfile('Rose');
		p.german = 'A2';
		p.workingTimes = ['part_time'];
		p.kita = { id: 'k', name: 'Kita', lon: 8.58, lat: 51.95, opens: '07:00', closes: '16:00' };
		const offers = [
			offer('b1', { german_level: 'B1' }),
			offer('late', {
				shift_start: '08:00',
				shift_end: '16:30',
				hours_per_week: 38,
				working_time: 'full_time'
			}),
			offer('ok', { languages: ['de', 'tr'] }),
			offer('unknown', { shift_start: null, shift_end: null }),
			offer('far', { hours_per_week: 20 })
		];
		p.languages = ['tr'];
		const r = result(5, {
			flags: [0, ChainFlag.KITA_CLOSED, 0, ChainFlag.HOURS_UNKNOWN, ChainFlag.OVER_140],
			toWork: [20, 20, 15, 25, 70],
			back: [20, 20, 15, 25, 65]
		});
		const rows = rankOffers(offers, r, p);
		expect(rows.map((x) => x.offer.id)).toEqual(['ok', 'unknown', 'b1', 'far', 'late']);
		const by = (id: string) => rows.find((x) => x.offer.id === id)!;
		expect(by('b1').problems).toContainEqual({ key: 'german_low', needed: 'B1', has: 'A2' });
		expect(by('late').problems).toContainEqual({
			key: 'kita_closed',
			closes: '16:00',
			end: '16:30'
		});
		expect(by('late').problems).toContainEqual({ key: 'working_time', offer: 'full_time' });
		expect(by('ok').fits).toContainEqual({ key: 'language', language: 'tr' });
		expect(by('unknown').notes).toEqual([{ key: 'hours_unknown' }]);
		// SGB III § 140(4): 4 h a day (20 h a week) → 2 h limit
		expect(by('far').problems).toContainEqual({ key: 'over_140', minutes: 135, limit: 120 });
	});

	it('names the assumed Kita hours when the Kita gives none', () => {
		const p = emptyProfile('Rose');
		p.kita = { id: 'k', name: 'Kita', lon: 8.58, lat: 51.95, opens: '', closes: '' };
		const offers = [offer('early', { shift_start: '06:00', shift_end: '14:00' })];
		const r = result(1, { flags: [ChainFlag.KITA_NOT_OPEN], toWork: [20], back: [20] });
		expect(rankOffers(offers, r, p)[0].problems).toContainEqual({
			key: 'kita_not_open',
			opens: '07:00',
			start: '06:00'
		});
	});

	it('weekend rows checked on Sunday: fine, no bus by the start, none home; unchecked names the feed', () => {
		const p = emptyProfile('Rose');
		p.shifts = ['weekend', 'early'];
		p.german = 'B2';
		p.workingTimes = ['part_time'];
		const offers = [
			offer('sun-ok', { weekend_work: true }),
			offer('sun-early', { weekend_work: true, shift_start: '06:00', shift_end: '14:00' }),
			offer('sun-late', { weekend_work: true, shift_start: '14:00', shift_end: '18:30' }),
			offer('weekday', {})
		];
		const N = ChainFlag;
		// both days combined (what combineWeekend leaves), and the Sunday's own flags
		const weekdayFlags = Uint16Array.from([0, 0, 0, 0]);
		const sundayFlags = Uint16Array.from([0, N.NO_WAY_TO_WORK, N.NO_WAY_BACK, 0]);
		const r = {
			...result(4, { flags: Array.from(sundayFlags) }),
			sunday: {
				status: 'checked' as const,
				date: '2026-12-06',
				flags: sundayFlags,
				weekdayFlags
			}
		};
		const rows = rankOffers(offers, r, p);
		const by = (id: string) => rows.find((x) => x.offer.id === id)!;
		expect(by('sun-ok').fits).toContainEqual({ key: 'sunday_ok' });
		expect(by('sun-early').problems).toEqual([{ key: 'sunday_no_way_to_work', start: '06:00' }]);
		expect(by('sun-early').fits).not.toContainEqual({ key: 'sunday_ok' });
		expect(by('sun-late').problems).toEqual([{ key: 'sunday_last_bus', end: '18:30' }]);
		expect(by('weekday').fits).not.toContainEqual({ key: 'sunday_ok' });
		// the Sunday's failures block; the weekday's own problems are not said twice
		expect(
			rows
				.slice(-2)
				.map((x) => x.offer.id)
				.sort()
		).toEqual(['sun-early', 'sun-late']);
		expect(by('sun-early').problems.some((x) => x.key === 'no_way_to_work')).toBe(false);

		// without Sunday data: unchecked, with the feed that lacks it
		const unchecked = {
			...result(4, { flags: [N.WEEKEND_UNCHECKED, N.WEEKEND_UNCHECKED, N.WEEKEND_UNCHECKED, 0] }),
			sunday: { status: 'unchecked' as const, date: '2026-12-06', feeds: ['regio'] }
		};
		const u = rankOffers(offers, unchecked, p);
		expect(u.find((x) => x.offer.id === 'sun-ok')!.notes).toEqual([
			{ key: 'weekend_no_data', feeds: 'regio' }
		]);
		expect(u.find((x) => x.offer.id === 'sun-ok')!.fits).not.toContainEqual({ key: 'sunday_ok' });
		const none = { ...unchecked, sunday: { status: 'unchecked' as const, feeds: [] } };
		expect(rankOffers(offers, none, p).find((x) => x.offer.id === 'sun-ok')!.notes).toEqual([
			{ key: 'weekend_unchecked' }
		]);
	});
});
