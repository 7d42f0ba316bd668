import { createHash } from 'node:crypto';
import { DATA_LICENCE, licenceStatement } from './licence';
import type { ExportPlace } from './places';
import { REGION } from '$lib/region';

/**
 * Support services and learning places as Open Referral HSDS 3 `service` objects (with their
 * organization, one service_at_location with its location and address, phones, languages), in an
 * HSDS API page. Checked against HSDS's published JSON schemas in the tests
 * (tests/fixtures/hsds). Ids of the sub-objects are derived from the place id, so they stay the
 * same from one export to the next.
 */
export function derivedId(placeId: string, part: string): string {
	const h = createHash('sha1').update(`${placeId}/${part}`).digest('hex');
	// A version-5-shaped UUID (name based, SHA-1).
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The region's postcode (region.json `postcode`) as a word of its own. */
const POSTCODE = new RegExp(String.raw`\b(${REGION.postcode})\b`);
/** ", <postcode> <city>" at the end of an address: the city goes in its own field. */
const CITY_NAME = REGION.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CITY_SUFFIX = new RegExp(String.raw`,?\s*(?:${REGION.postcode})\s+${CITY_NAME}\s*$`);

/**
 * HSDS asks for a valid address (format: email); one that is not (a domain label ending in a
 * hyphen, as some demo addresses have) is left out rather than published broken.
 */
export function validEmail(v: string | null | undefined): v is string {
	if (!v) return false;
	const [local, domain, ...rest] = v.split('@');
	if (rest.length || !local || !domain || local.length > 64) return false;
	if (!/^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/i.test(local) || /^\.|\.$|\.\./.test(local)) return false;
	const labels = domain.split('.');
	return (
		labels.length > 1 &&
		labels.every((l) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(l)) &&
		/[a-z]/i.test(labels[labels.length - 1])
	);
}

export function hsdsService(p: ExportPlace, origin: string) {
	const d = p.details ?? {};
	const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
	const locationId = derivedId(p.id, 'location');
	const service: Record<string, unknown> = {
		id: p.id,
		name: p.title,
		description: p.description || p.title,
		url: p.website ?? new URL(`/ort/${p.id}`, origin).toString(),
		email: validEmail(p.contact_email) ? p.contact_email : undefined,
		status: 'active',
		application_process: str(d.application_process),
		fees_description: str(d.fees_description) ?? (d.cost === 'free' ? 'kostenlos' : undefined),
		eligibility_description: str(d.eligibility),
		alert: p.is_demo ? 'Demo-Daten: fiktiv' : undefined,
		assured_date: p.updated_at.slice(0, 10),
		languages: p.languages.map((code) => ({
			id: derivedId(p.id, `language/${code}`),
			service_id: p.id,
			code
		})),
		phones: p.contact_phone
			? [{ id: derivedId(p.id, 'phone'), service_id: p.id, number: p.contact_phone }]
			: [],
		service_at_locations: [
			{
				id: derivedId(p.id, 'service_at_location'),
				service_id: p.id,
				location_id: locationId,
				location: {
					id: locationId,
					location_type: 'physical',
					name: p.title,
					latitude: p.lat,
					longitude: p.lon,
					addresss: p.address
						? [
								{
									id: derivedId(p.id, 'address'),
									location_id: locationId,
									address_1: p.address.replace(CITY_SUFFIX, ''),
									city: REGION.name,
									state_province: REGION.state,
									postal_code: p.address.match(POSTCODE)?.[1] ?? '',
									country: REGION.country,
									address_type: 'physical'
								}
							]
						: []
				}
			}
		]
	};
	if (p.organisation) {
		service.organization_id = p.organisation.id;
		service.organization = {
			id: p.organisation.id,
			name: p.organisation.name,
			description: p.organisation.name,
			website: p.organisation.website ?? undefined
		};
	}
	return JSON.parse(JSON.stringify(service)) as Record<string, unknown>;
}

/** An HSDS API page of services, with our licence beside it. */
export function hsdsPage(places: ExportPlace[], origin: string) {
	const contents = places
		.filter((p) => p.kind === 'support_service' || p.kind === 'learning_place')
		.map((p) => hsdsService(p, origin));
	return {
		total_items: contents.length,
		total_pages: 1,
		page_number: 1,
		size: contents.length,
		first_page: true,
		last_page: true,
		empty: contents.length === 0,
		contents,
		license: DATA_LICENCE.url,
		attribution: licenceStatement(places.filter((p) => p.is_demo).length)
	};
}
