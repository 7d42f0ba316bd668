import { createHash } from 'node:crypto';

/**
 * The id of a demo row: md5('quartierkarte-demo:' + key) laid out as an RFC 4122 version 3 uuid,
 * e.g. key 'org/project' for the project organisation, 'place/vacancy/07'. Stable across runs and
 * machines, so links to demo places survive a regenerated seed.
 */
export function demoUuid(key: string): string {
	const h = createHash('md5')
		.update('quartierkarte-demo:' + key)
		.digest('hex')
		.split('');
	h[12] = '3';
	h[16] = (8 | (parseInt(h[16], 16) & 3)).toString(16);
	const s = h.join('');
	return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/** A name as ASCII words joined by '-' (for the demo e-mail addresses and websites). */
export function slug(name: string): string {
	return name
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.replace(/ı/g, 'i')
		.replace(/ş/g, 's')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
