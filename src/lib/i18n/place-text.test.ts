import { describe, expect, it } from 'vitest';
import { pickLocale, placeText } from './place-text';

const place = {
	title: 'Lagerhelfer/in (Teilzeit)',
	description: 'Sie packen Waren ein.',
	translations: {
		en: { title: 'Warehouse helper (part-time)', description: 'You pack goods.' },
		tr: { title: 'Depo yardımcısı' },
		ar: { title: '   ', description: '' }
	}
};

describe('placeText (language fallback for a place)', () => {
	it('uses the German original in German', () => {
		expect(placeText(place, 'de')).toEqual({
			title: place.title,
			titleLang: 'de',
			description: place.description,
			descriptionLang: 'de'
		});
	});
	it('uses a full translation when there is one', () => {
		const t = placeText(place, 'en');
		expect([t.title, t.titleLang, t.description, t.descriptionLang]).toEqual([
			'Warehouse helper (part-time)',
			'en',
			'You pack goods.',
			'en'
		]);
	});
	it('falls back field by field and says which language each field is in', () => {
		const t = placeText(place, 'tr');
		expect([t.title, t.titleLang]).toEqual(['Depo yardımcısı', 'tr']);
		expect([t.description, t.descriptionLang]).toEqual([place.description, 'de']);
	});
	it('treats blank translations as missing', () => {
		expect(placeText(place, 'ar').titleLang).toBe('de');
	});
	it('copes with no or malformed translations', () => {
		expect(placeText({ title: 'X', translations: null }, 'uk').title).toBe('X');
		expect(placeText({ title: 'X', translations: { uk: 'oops' } }, 'uk').title).toBe('X');
		expect(placeText({ title: 'X' }, 'ru').description).toBe('');
	});
});

describe('pickLocale (UI language fallback)', () => {
	const locales = ['de', 'en', 'tr', 'ar', 'ru', 'uk'] as const;
	it.each([
		['ar', 'ar'],
		['en-GB', 'en'],
		['UK', 'uk'],
		['fr', 'de'],
		['', 'de'],
		[null, 'de'],
		[42, 'de']
	])('%s → %s', (input, expected) => {
		expect(pickLocale(input, locales, 'de')).toBe(expected);
	});
});
