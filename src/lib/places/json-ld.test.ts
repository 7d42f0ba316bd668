import { describe, expect, it } from 'vitest';
import { jobPostingJsonLd, jsonLdScript } from './json-ld';

const vacancy = {
	kind: 'vacancy',
	title: 'Verkäufer/in',
	description: 'Brötchen verkaufen',
	updated_at: '2026-11-25T10:00:00Z',
	valid_through: '2027-01-24',
	address: 'Elbeallee 5',
	lat: 51.95,
	lon: 8.59,
	contact_email: 'jobs@example.test',
	organisation: { name: 'Bäckerei Morgenrot', website: 'https://baeckerei.example.test' },
	details: {
		working_time: 'part_time',
		fixed_term: true,
		salary_min: 14,
		salary_max: 16,
		salary_unit: 'hour',
		hours_per_week: 20,
		how_to_apply: 'Vorbeikommen'
	}
};

describe('JobPosting JSON-LD', () => {
	it('maps a vacancy onto schema.org JobPosting', () => {
		const ld = jobPostingJsonLd(vacancy, 'https://karte.example/ort/1')!;
		expect(ld).toMatchObject({
			'@type': 'JobPosting',
			title: 'Verkäufer/in',
			datePosted: '2026-11-25',
			validThrough: '2027-01-24',
			employmentType: ['PART_TIME', 'TEMPORARY'],
			hiringOrganization: { name: 'Bäckerei Morgenrot' },
			jobLocation: {
				address: { addressLocality: 'Bielefeld', streetAddress: 'Elbeallee 5' },
				geo: { latitude: 51.95 }
			},
			baseSalary: { currency: 'EUR', value: { minValue: 14, maxValue: 16, unitText: 'HOUR' } },
			url: 'https://karte.example/ort/1'
		});
	});
	it('gives nothing for other kinds', () => {
		expect(jobPostingJsonLd({ ...vacancy, kind: 'event' })).toBeNull();
	});
	it('cannot be broken out of by text in the entry', () => {
		const html = jsonLdScript(
			jobPostingJsonLd({ ...vacancy, title: '</script><script>alert(1)</script>' })
		);
		expect(html.match(/<\/script>/g)).toHaveLength(1);
		expect(html.endsWith('</script>')).toBe(true);
		expect(JSON.parse(html.slice(html.indexOf('>') + 1, -'</script>'.length)).title).toBe(
			'</script><script>alert(1)</script>'
		);
	});
});
