import { describe, expect, it } from 'vitest';
import { paraglideMiddleware } from '$lib/i18n/paraglide/server';
import { ENTRANCE_TAG, TOILET_TAG } from '$lib/business/access';
import { withLocation } from '$lib/server/business/moderation';
import { fieldLabel, fieldValue, movedBy, tagLabel } from './fields';

/** Runs `fn` the way a request in `locale` runs it on the server (language cookie set). */
function inLocale<T>(locale: string, fn: () => T): Promise<T> {
	const request = new Request('http://localhost/moderation', {
		headers: { cookie: `PARAGLIDE_LOCALE=${locale}` }
	});
	return paraglideMiddleware(request, async () => new Response(JSON.stringify(fn()))).then(
		(res) => res.json() as Promise<T>
	);
}

describe('moderation fields in words', () => {
	it('gives the access answers as the question and yes/no, never the tag', async () => {
		const tags = [`${ENTRANCE_TAG}=true`, `${TOILET_TAG}=false`, 'source:ba-jobsuche', 'gastro'];
		const de = await inLocale('de', () => fieldValue('tags', tags));
		expect(de).toBe(
			[
				'Eingang ohne Stufen (für Rollstuhl und Kinderwagen): ja',
				'Rollstuhlgerechte Toilette: nein',
				'Quelle: Bundesagentur für Arbeit (Jobsuche)',
				'gastro'
			].join('\n')
		);
		expect(de).not.toMatch(/a11y:|isLevel|source:/);
		const ar = await inLocale('ar', () => tags.map(tagLabel));
		for (const line of ar.slice(0, 3)) expect(line).not.toMatch(/a11y|source:|[A-Za-z]{4,}/);
	});

	it('labels every column a business or staff can change, in the reader’s language', async () => {
		const keys = [
			'shift_start',
			'shift_end',
			'weekend_work',
			'step_free_entrance',
			'accessible_toilet',
			'area_m2',
			'space_type',
			'languages',
			'tags'
		];
		for (const locale of ['de', 'en', 'tr', 'ar', 'uk', 'ru']) {
			const labels = await inLocale(locale, () => keys.map(fieldLabel));
			labels.forEach((label, i) => expect(label, `${locale} ${keys[i]}`).not.toBe(keys[i]));
		}
		expect(await inLocale('de', () => fieldLabel('weekend_work'))).toBe('Arbeit am Wochenende');
	});

	it('writes values as a person reads them', async () => {
		const de = await inLocale('de', () => [
			fieldValue('space_type', 'shop'),
			fieldValue('languages', ['de', 'ar']),
			fieldValue('shift_start', '06:00:00'),
			fieldValue('weekend_work', true),
			fieldValue('valid_through', '2026-12-24'),
			fieldValue('area_m2', 1250.5)
		]);
		expect(de[0]).not.toBe('shop');
		expect(de[1]).toBe('Deutsch, Arabisch');
		expect(de[2]).toBe('06:00');
		expect(de[3]).toBe('ja');
		expect(de[4]).toContain('24.12.2026');
		expect(de[5]).toBe('1.250,5');
		const en = await inLocale('en', () => fieldValue('area_m2', 1250.5));
		expect(en).toBe('1,250.5');
	});

	it('shows a moved pin as one location row with both points and the distance', async () => {
		const previous = { name: 'Laden', lat: 51.9893, lon: 8.5912 };
		// 0.001° of latitude is 111 m; only the latitude differs, the longitude is kept
		const proposed = { name: 'Laden am Markt', lat: 51.9903, lon: 8.5912 };
		const fields = withLocation(
			[
				{ field: 'name', before: 'Laden', after: 'Laden am Markt' },
				{ field: 'lat', before: 51.9893, after: 51.9903 }
			],
			previous,
			proposed
		);
		expect(fields.map((f) => f.field)).toEqual(['name', 'location']);
		const [de, ar] = await Promise.all(
			['de', 'ar'].map((l) =>
				inLocale(l, () => [
					fieldValue('location', fields[1].before),
					fieldValue('location', fields[1].after),
					movedBy(fields[1].before, fields[1].after)
				])
			)
		);
		expect(de).toEqual(['51,98930, 8,59120', '51,99030, 8,59120', '111 m vom bisherigen Punkt']);
		expect(ar[2]).not.toMatch(/[A-Za-z]/);
		// without a move there is no location row, and an unknown point says nothing about distance
		expect(withLocation([{ field: 'name', before: 'a', after: 'b' }], previous, proposed)).toEqual([
			{ field: 'name', before: 'a', after: 'b' }
		]);
		expect(movedBy(null, fields[1].after)).toBe('');
	});
});
