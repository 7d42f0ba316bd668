import { describe, expect, it } from 'vitest';
import { REGION } from '$lib/region';
import { formatSheetHash, parseSheetHash, type SheetState } from './sheet-link';

const [minLon, minLat, maxLon, maxLat] = REGION.originBounds;
const inside = { lat: (minLat + maxLat) / 2, lon: (minLon + maxLon) / 2 };

const state: SheetState = {
	home: { lat: inside.lat + 0.000001234, lon: inside.lon },
	modes: ['bike', 'transit'],
	stepFree: true,
	kita: {
		lat: inside.lat + 0.01,
		lon: inside.lon,
		name: 'Kita Sonne & Mond',
		opens: '07:00',
		closes: '16:30'
	},
	lang: 'ar'
};

describe('route sheet link', () => {
	it('keeps the whole state in the fragment and reads it back (home rounded to 5 decimals)', () => {
		const hash = formatSheetHash(state);
		expect(hash.startsWith('#h=')).toBe(true);
		const r = parseSheetHash(hash);
		expect(r).toEqual({
			ok: true,
			state: { ...state, home: { lat: Math.round(state.home.lat * 1e5) / 1e5, lon: inside.lon } }
		});
	});

	it('without a Kita, step-free or language', () => {
		const r = parseSheetHash(
			formatSheetHash({ home: inside, modes: ['walk'], stepFree: false, kita: null, lang: null })
		);
		expect(r.ok && r.state).toEqual({
			home: inside,
			modes: ['walk'],
			stepFree: false,
			kita: null,
			lang: null
		});
	});

	it('carries the modes as they are: walking only, by bike, none named (walking)', () => {
		for (const modes of [['walk'], ['bike'], ['walk', 'bike', 'transit'], []] as const) {
			const hash = formatSheetHash({ ...state, modes: [...modes] });
			expect(hash).toContain(`m=${modes.join('.')}`);
			const r = parseSheetHash(hash);
			expect([modes, r.ok && r.state.modes]).toEqual([modes, modes]);
		}
		// a link made before the modes were in it: the default, walking and bus/Stadtbahn
		const old = formatSheetHash(state).replace(/&?m=[^&]*/, '');
		expect(old).not.toContain('m=');
		const r = parseSheetHash(old);
		expect(r.ok && r.state.modes).toEqual(['walk', 'transit']);
		// a word that is no mode is not guessed at
		expect(parseSheetHash(formatSheetHash(state).replace('m=bike', 'm=car'))).toEqual({
			ok: false,
			problem: 'garbled'
		});
	});

	it('says what is wrong instead of guessing', () => {
		expect(parseSheetHash('')).toEqual({ ok: false, problem: 'missing' });
		expect(parseSheetHash('#l=de')).toEqual({ ok: false, problem: 'garbled' });
		expect(parseSheetHash('#h=51.9x,8.5')).toEqual({ ok: false, problem: 'garbled' });
		expect(parseSheetHash('#h=10.00000,10.00000')).toEqual({ ok: false, problem: 'outside' });
		const noHours = formatSheetHash(state).replace(/ko=[^&]*/, 'ko=25:00');
		expect(parseSheetHash(noHours)).toEqual({ ok: false, problem: 'garbled' });
		// an unknown language is dropped, the rest holds
		const r = parseSheetHash(formatSheetHash(state).replace('l=ar', 'l=xx'));
		expect(r.ok && r.state.lang).toBeNull();
	});
});
