/**
 * schema.org JobPosting for a vacancy's public page (Google for Jobs, the BA's crawler), built from
 * place_detail(). Returns null for other kinds. Render it with `jsonLdScript()`, which escapes `<`
 * so no text from the entry can close the script element.
 */
import { REGION } from '$lib/region';
type Detail = Record<string, unknown> & {
	kind?: string;
	details?: Record<string, unknown> | null;
	organisation?: { name?: string; website?: string | null } | null;
};

const EMPLOYMENT: Record<string, string> = {
	full_time: 'FULL_TIME',
	part_time: 'PART_TIME',
	mini_job: 'PART_TIME'
};
const UNIT: Record<string, string> = { hour: 'HOUR', month: 'MONTH', year: 'YEAR' };
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown) => (v === null || v === undefined || v === '' ? undefined : Number(v));

export function jobPostingJsonLd(place: Detail, pageUrl?: string): Record<string, unknown> | null {
	if (place.kind !== 'vacancy') return null;
	const d = place.details ?? {};
	const types = [EMPLOYMENT[String(d.working_time)] ?? 'OTHER'];
	if (d.fixed_term === true) types.push('TEMPORARY');
	const min = num(d.salary_min);
	const max = num(d.salary_max);
	const posting: Record<string, unknown> = {
		'@context': 'https://schema.org',
		'@type': 'JobPosting',
		title: place.title,
		description: str(place.description) ?? String(place.title ?? ''),
		datePosted: str(place.updated_at)?.slice(0, 10) ?? str(place.created_at)?.slice(0, 10),
		validThrough: str(place.valid_through),
		employmentType: types,
		hiringOrganization: place.organisation
			? {
					'@type': 'Organization',
					name: place.organisation.name,
					sameAs: place.organisation.website ?? undefined
				}
			: undefined,
		jobLocation: {
			'@type': 'Place',
			address: {
				'@type': 'PostalAddress',
				streetAddress: str(place.address),
				addressLocality: REGION.name,
				addressRegion: REGION.stateShort,
				addressCountry: REGION.country
			},
			geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon }
		},
		jobStartDate: str(d.start_date),
		workHours: num(d.hours_per_week) ? `${num(d.hours_per_week)} Stunden pro Woche` : undefined,
		applicationContact: str(d.how_to_apply)
			? {
					'@type': 'ContactPoint',
					description: d.how_to_apply,
					email: str(place.contact_email),
					telephone: str(place.contact_phone)
				}
			: undefined,
		url: pageUrl
	};
	if (min !== undefined || max !== undefined) {
		posting.baseSalary = {
			'@type': 'MonetaryAmount',
			currency: 'EUR',
			value: {
				'@type': 'QuantitativeValue',
				minValue: min,
				maxValue: max,
				unitText: UNIT[String(d.salary_unit)] ?? 'MONTH'
			}
		};
	}
	return JSON.parse(JSON.stringify(posting));
}

/** A `<script type="application/ld+json">` element, safe to render with {@html}. */
export function jsonLdScript(data: unknown): string {
	const json = JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
	return `<script type="application/ld+json">${json}</scr` + `ipt>`;
}
