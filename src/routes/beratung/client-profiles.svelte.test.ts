import { describe, expect, it } from 'vitest';
import { emptyProfile } from '$lib/coach/client-profile';
import {
	ClientBook,
	CLIENTS_KEY,
	homeInRegion,
	KITA_ASSUMED,
	kitaHours,
	parseClients,
	weekdayHours
} from './client-profiles.svelte';

function memory(initial: Record<string, string> = {}) {
	const data = { ...initial };
	return {
		data,
		get: (k: string) => data[k] ?? null,
		set: (k: string, v: string) => (data[k] = v)
	};
}

describe('client profiles on the device', () => {
	it('keeps several clients under pseudonyms and clears them all at once', () => {
		const store = memory();
		const book = new ClientBook(store);
		expect(book.add('Klientin A')).toBe(true);
		expect(book.add('Klientin A')).toBe(false);
		expect(book.add('   ')).toBe(false);
		expect(book.add('Klientin B')).toBe(true);
		book.setHome({ lat: 51.945621234, lon: 8.585881234 }, 'Zuhause');
		book.save();
		const again = new ClientBook(store);
		expect(again.clients.map((c) => c.pseudonym)).toEqual(['Klientin A', 'Klientin B']);
		expect(again.clients[1].home).toEqual({ lat: 51.94562, lon: 8.58588, name: 'Zuhause' });
		again.clearAll();
		expect(JSON.parse(store.data[CLIENTS_KEY])).toEqual([]);
		expect(new ClientBook(store).clients).toEqual([]);
	});

	it('drops a broken client and bad fields, keeps the rest (a home outside the region too)', () => {
		const raw = JSON.stringify([
			{ pseudonym: '' },
			{
				pseudonym: 'X',
				home: { lat: 48.1, lon: 11.5, name: 'München' },
				german: 'Z9',
				modes: ['car'],
				languages: ['tr', 'Turkish'],
				kita: { id: 'k', name: 'Kita', lon: 8.5, lat: 52, opens: '7', closes: '16:30' }
			},
			'nonsense'
		]);
		const [x, ...rest] = parseClients(raw);
		expect(rest).toEqual([]);
		expect(x.pseudonym).toBe('X');
		// outside the region: kept (the page says so and asks for a new one), never a start
		expect(x.home).toEqual({ lat: 48.1, lon: 11.5, name: 'München' });
		expect(homeInRegion(x)).toBeNull();
		expect(x.german).toBe('none');
		expect(x.modes).toEqual([]);
		expect(x.languages).toEqual([]);
		// an unreadable opening time is left empty, the Kita stays
		expect(x.kita).toEqual({
			id: 'k',
			name: 'Kita',
			lon: 8.5,
			lat: 52,
			opens: '',
			closes: '16:30'
		});
		expect(parseClients('{not json')).toEqual([]);
	});

	it("reads a Kita's weekday hours from its opening hours", () => {
		expect(weekdayHours('Mo-Fr 07:00-16:30')).toEqual({ opens: '07:00', closes: '16:30' });
		expect(weekdayHours('Sa 08:00-12:00; Mo-Fr 06:30-17:00')).toEqual({
			opens: '06:30',
			closes: '17:00'
		});
		expect(weekdayHours('We 09:00-11:30')).toBeNull();
		expect(weekdayHours(null)).toBeNull();
	});

	it('fills a missing Kita time with the stated assumption, keeps an entered one', () => {
		expect(kitaHours({ opens: '06:30', closes: '17:00' })).toEqual({
			opens: '06:30',
			closes: '17:00',
			assumed: false
		});
		expect(kitaHours({ opens: '', closes: '15:00' })).toEqual({
			opens: KITA_ASSUMED.opens,
			closes: '15:00',
			assumed: true
		});
		expect(kitaHours({ opens: '', closes: '' })).toEqual({ ...KITA_ASSUMED, assumed: true });
	});

	it('takes a client from a link in without replacing anybody on the device', () => {
		const store = memory();
		const book = new ClientBook(store);
		book.add('Rose');
		book.current!.german = 'B2';
		const linked = { ...emptyProfile('Rose'), german: 'A1' as const };
		expect(book.addFrom(linked, 'Aus Link')).toBe('Rose (2)');
		expect(book.addFrom(linked, 'Aus Link')).toBe('Rose (3)');
		expect(book.addFrom(emptyProfile(''), 'Aus Link')).toBe('Aus Link');
		expect(book.current?.pseudonym).toBe('Aus Link');
		const again = new ClientBook(store).clients;
		expect(again.map((c) => [c.pseudonym, c.german])).toEqual([
			['Rose', 'B2'],
			['Rose (2)', 'A1'],
			['Rose (3)', 'A1'],
			['Aus Link', 'none']
		]);
	});
});
