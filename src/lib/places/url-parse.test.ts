import { describe, expect, it } from 'vitest';
import { parseMapQuery } from './url-parse';
import {
	activeFilterCount,
	formatView,
	formToParams,
	mapQueryToParams,
	toQueryString
} from './url-state';

const parse = (qs: string) => parseMapQuery(new URLSearchParams(qs));

describe('parseMapQuery', () => {
	it('reads filters, open time, view and place', () => {
		const { query, ignored } = parse(
			'kinds=vacancy,event&quarters=baumheide&q=Lager&working_time=part_time&german_level_max=A2' +
				'&childcare_friendly=1&wheelchair=1&languages=tr,ar&open=now&map=14.5/52.01/8.57' +
				'&place=0b0e2a4c-7c0d-4a51-9d6a-1f5e2b3c4d5e&event_from=2026-12-01&event_to=2026-12-31'
		);
		expect(ignored).toEqual([]);
		expect(query.filters).toEqual({
			kinds: ['vacancy', 'event'],
			quarters: ['baumheide'],
			q: 'Lager',
			working_time: ['part_time'],
			german_level_max: 'A2',
			childcare_friendly: true,
			wheelchair: true,
			languages: ['tr', 'ar'],
			event_from: '2026-12-01',
			event_to: '2026-12-31'
		});
		expect(query.open).toBe('now');
		expect(query.view).toEqual({ zoom: 14.5, lat: 52.01, lon: 8.57 });
		expect(query.place).toBe('0b0e2a4c-7c0d-4a51-9d6a-1f5e2b3c4d5e');
	});

	it('keeps the good items of a list and reports the bad ones', () => {
		const { query, ignored } = parse('kinds=vacancy,casino,event');
		expect(query.filters.kinds).toEqual(['vacancy', 'event']);
		expect(ignored).toEqual([{ param: 'kinds', value: 'casino' }]);
	});

	it('merges repeated list parameters (a plain HTML form sends kinds=a&kinds=b)', () => {
		expect(parse('kinds=vacancy&kinds=event&kinds=vacancy').query.filters.kinds).toEqual([
			'vacancy',
			'event'
		]);
	});

	it.each([
		['german_level_max=D9', 'german_level_max'],
		['map=99/500/8', 'map'],
		['map=abc', 'map'],
		['place=not-a-uuid', 'place'],
		['open=sometimes', 'open'],
		['event_from=2026-02-30', 'event_from'],
		['wheelchair=maybe', 'wheelchair'],
		['languages=deu', 'languages'],
		['bogus=1', 'bogus'],
		[`q=${'x'.repeat(500)}`, 'q']
	])('ignores %s with a notice, never throws', (qs, param) => {
		const { query, ignored } = parse(qs);
		expect(ignored.map((i) => i.param)).toContain(param);
		expect(query.filters).toEqual({});
	});

	it('survives garbage of every kind', () => {
		for (const qs of [
			'%%%',
			'kinds=',
			'&&&=',
			'kinds=,,,',
			'map=//',
			'open=at',
			`kinds=${'a,'.repeat(5000)}`
		]) {
			expect(() => parse(qs)).not.toThrow();
		}
	});

	it('treats empty form fields and unticked values as not set', () => {
		const { query, ignored } = parse('q=&german_level_max=&open=&event_from=&wheelchair=0');
		expect(query.filters).toEqual({});
		expect(query.open).toBeUndefined();
		expect(ignored).toEqual([]);
	});

	it('takes the time of "open at" from the form', () => {
		expect(parse('open=at&open_at=2026-11-26T10:30').query.open).toBe('2026-11-26T10:30');
		const bad = parse('open=at&open_at=26.11.2026');
		expect(bad.query.open).toBeUndefined();
		expect(bad.ignored.map((i) => i.param)).toEqual(['open_at']);
	});

	it('drops an event range that ends before it starts', () => {
		const { query, ignored } = parse('event_from=2026-12-10&event_to=2026-12-01');
		expect(query.filters).toEqual({ event_from: '2026-12-10' });
		expect(ignored).toEqual([{ param: 'event_to', value: '2026-12-01' }]);
	});
});

describe('mapQueryToParams', () => {
	it('round-trips in a stable order', () => {
		const qs =
			'place=0b0e2a4c-7c0d-4a51-9d6a-1f5e2b3c4d5e&wheelchair=1&kinds=event,vacancy&map=13/52.000/8.500';
		const { query } = parse(qs);
		const out = mapQueryToParams(query).toString();
		expect(out).toBe(
			'kinds=event%2Cvacancy&wheelchair=1&map=13%2F52.00000%2F8.50000&place=0b0e2a4c-7c0d-4a51-9d6a-1f5e2b3c4d5e'
		);
		expect(parse(out).query).toEqual(query);
	});

	it('formats views with precision that grows with the zoom', () => {
		expect(formatView({ zoom: 12, lat: 52.0123456, lon: 8.5123456 })).toBe('12/52.0123/8.5123');
		expect(formatView({ zoom: 17.25, lat: 52.0123456, lon: 8.5123456 })).toBe(
			'17.25/52.012346/8.512346'
		);
	});

	it('counts active filters without the search text', () => {
		expect(activeFilterCount(parse('q=x&kinds=vacancy&wheelchair=1&open=now').query)).toBe(3);
	});
});

describe('formToParams', () => {
	it('writes the form as a canonical link', () => {
		const form = new FormData();
		form.append('q', ' Lager ');
		form.append('kinds', 'vacancy');
		form.append('kinds', 'event');
		form.append('german_level_max', '');
		form.append('open', 'at');
		form.append('open_at', '2026-11-26T10:00');
		form.append('event_from', '');
		expect(formToParams(form).toString()).toBe(
			'kinds=vacancy%2Cevent&q=Lager&open=2026-11-26T10%3A00'
		);
		expect(parse(formToParams(form).toString()).ignored).toEqual([]);
	});
});

describe('toQueryString', () => {
	it('keeps commas, slashes and colons readable and parses back the same', () => {
		const params = new URLSearchParams({
			kinds: 'vacancy,event',
			map: '14/52.0065/8.567',
			open: '2026-11-26T10:00'
		});
		const qs = toQueryString(params);
		expect(qs).toBe('kinds=vacancy,event&map=14/52.0065/8.567&open=2026-11-26T10:00');
		expect(parse(qs).query).toEqual(parse(params.toString()).query);
	});
});
