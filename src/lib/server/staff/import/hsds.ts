import type { RawRow, ParsedFile } from './parse';
import { fileError } from './parse';
import type { RowError } from './rows';

/**
 * Open Referral HSDS 3 services → import rows (support services). Reads an HSDS API page
 * (`{contents: [...]}`), an array of services or one service. Only what we keep is read: name,
 * description, url, email, application process, eligibility, fees, the first physical location
 * (coordinates, first address), the first phone, languages, the organization's name. A service
 * without a location with coordinates is reported (we cannot place it on the map).
 */
type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null =>
	v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export function hsdsToRows(
	json: unknown
): Pick<ParsedFile, 'headers' | 'ignored' | 'rows' | 'errors'> {
	const page = obj(json);
	const services = Array.isArray(json)
		? json
		: page && Array.isArray(page.contents)
			? page.contents
			: page && 'name' in page
				? [page]
				: null;
	if (!services) return { headers: {}, ignored: [], rows: [], errors: [fileError('hsds')] };
	const rows: RawRow[] = [];
	const errors: RowError[] = [];
	services.forEach((s, i) => {
		const row = i + 1;
		const service = obj(s);
		if (!service || typeof service.name !== 'string') {
			errors.push({ row, column: 'name', code: 'required' });
			return;
		}
		const locations = arr(service.service_at_locations)
			.map((sal) => obj(obj(sal)?.location))
			.filter((l): l is Json => !!l && l.location_type !== 'virtual');
		const location = locations.find((l) => typeof l.latitude === 'number') ?? locations[0];
		const address = obj(arr(location?.addresss)[0]);
		const fees = str(service.fees_description);
		rows.push({
			row,
			values: {
				kind: 'support_service',
				title: service.name,
				description: str(service.description),
				website: str(service.url),
				contact_email: str(service.email),
				contact_phone: str(obj(arr(service.phones)[0])?.number),
				organisation: str(obj(service.organization)?.name),
				application_process: str(service.application_process),
				eligibility: str(service.eligibility_description),
				fees_description: /^(kostenlos|free|gratis)$/i.test(fees.trim()) ? '' : fees,
				cost: fees === '' || /^(kostenlos|free|gratis)$/i.test(fees.trim()) ? 'free' : 'paid',
				languages: arr(service.languages)
					.map((l) => str(obj(l)?.code) || str(obj(l)?.name))
					.filter(Boolean)
					.join(','),
				lat: location && typeof location.latitude === 'number' ? String(location.latitude) : '',
				lon: location && typeof location.longitude === 'number' ? String(location.longitude) : '',
				address: address
					? [
							str(address.address_1),
							[str(address.postal_code), str(address.city)].filter(Boolean).join(' ')
						]
							.filter(Boolean)
							.join(', ')
					: ''
			}
		});
	});
	const headers = {
		title: 'name',
		description: 'description',
		website: 'url',
		contact_email: 'email',
		contact_phone: 'phones[0].number',
		organisation: 'organization.name',
		application_process: 'application_process',
		eligibility: 'eligibility_description',
		fees_description: 'fees_description',
		cost: 'fees_description',
		languages: 'languages[].code',
		lat: 'service_at_locations[].location.latitude',
		lon: 'service_at_locations[].location.longitude',
		address: 'service_at_locations[].location.addresss[0]'
	};
	return { headers, ignored: [], rows, errors };
}
