import { describe, expect, it } from 'vitest';
import { demoUuid, slug } from './ids.ts';

describe('demoUuid', () => {
	it('is the stable id the database already holds for a key', () => {
		// The project organisation's id in regions/<id>/seed.sql since the first seed.
		expect(demoUuid('org/project')).toBe('faef96dd-3ecf-3959-8b71-e6be36fce188');
	});

	it('is laid out as an RFC 4122 version 3 uuid', () => {
		for (const key of ['a', 'place/vacancy/07', 'org/employer/bakery-1']) {
			expect(demoUuid(key)).toMatch(
				/^[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
			);
		}
		expect(demoUuid('a')).not.toBe(demoUuid('b'));
	});
});

describe('slug', () => {
	it('writes German and Turkish letters as ASCII words', () => {
		expect(slug('Bäckerei Hüsemann')).toBe('baeckerei-huesemann');
		expect(slug('Straße & Söhne GmbH')).toBe('strasse-soehne-gmbh');
		expect(slug('Backstube Kaya-Şahin, Yıldız')).toBe('backstube-kaya-sahin-yildiz');
		expect(slug('  Café  Ünal!  ')).toBe('cafe-uenal');
	});
});
