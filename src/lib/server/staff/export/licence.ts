import { REGION } from '$lib/region';
import { regionFile } from '../../region-files';

/** regions/<id>/static/data/ATTRIBUTION.json: one entry per shipped layer. */
const attribution = JSON.parse(regionFile('data/ATTRIBUTION.json')) as {
	layer: string;
	text: string;
	licence: string;
}[];

/**
 * What every export says about its licence (DATA-LICENSES.md): the entries of the map under the
 * project's data licence, the demo entries as fictional, the quarter boundaries (each row's
 * quarter is derived from them) with their attribution. One place, so every format says the same.
 */
export const DATA_LICENCE = {
	id: 'dl-de/by-2-0',
	name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
	url: 'https://www.govdata.de/dl-de/by-2-0',
	attribution: REGION.attribution.export
} as const;

const demo = attribution.find((a) => a.layer === 'places');
const quarters = attribution.find((a) => a.layer === 'quarters');

/** The quarter boundaries' source and licence, as one line (the open-data page). */
export const QUARTERS_ATTRIBUTION = `${quarters?.text ?? ''} (${quarters?.licence ?? ''})`;

export const DEMO_NOTE =
	demo?.text ?? 'Demo-Daten: fiktiv (Betriebe, Stellen, Räume, Angebote und Termine sind erfunden)';

/** The licence of one row: demo rows are invented and go with the project (EUPL-1.2). */
export function rowLicence(isDemo: boolean): string {
	return isDemo ? `${demo?.licence ?? 'EUPL-1.2'} (Demo-Daten, fiktiv)` : DATA_LICENCE.id;
}

/** The licence statement as structured data (GeoJSON foreign member, JSON feeds). */
export function licenceStatement(demoRows: number) {
	return {
		license: DATA_LICENCE.id,
		license_name: DATA_LICENCE.name,
		license_url: DATA_LICENCE.url,
		attribution: DATA_LICENCE.attribution,
		quarters_attribution: `${quarters?.text ?? ''} (${quarters?.licence ?? 'CC BY 4.0'})`,
		demo_rows: demoRows,
		demo_note: demoRows > 0 ? DEMO_NOTE : undefined,
		details: '/daten'
	};
}

/** The same as one line of text (iCalendar, CSV header comment, HTTP header). */
export function licenceLine(demoRows: number): string {
	const parts = [
		`Lizenz: ${DATA_LICENCE.name} (${DATA_LICENCE.id}), ${DATA_LICENCE.url}; Namensnennung: ${DATA_LICENCE.attribution}`,
		`Quartiersgrenzen: ${quarters?.text ?? ''}`
	];
	if (demoRows > 0) parts.push(`${DEMO_NOTE} – ${demoRows} Einträge sind als is_demo markiert`);
	return parts.join('. ');
}

/** HTTP headers stating the licence of a download. */
export function licenceHeaders(): Record<string, string> {
	return { link: `<${DATA_LICENCE.url}>; rel="license"` };
}
