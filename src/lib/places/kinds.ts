/** The kinds of place on the map, in the order of the legend. */
export const PLACE_KINDS = [
	'vacancy',
	'employer',
	'vacant_space',
	'support_service',
	'learning_place',
	'event',
	'public_space'
] as const;

export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies; each kind also
 * has its own letter on the map so grey-scale print still tells them apart.
 */
export const KIND_STYLE: Record<PlaceKind, { colour: string; symbol: string; label: string }> = {
	vacancy: { colour: '#D55E00', symbol: 'J', label: 'Stellenangebote' },
	employer: { colour: '#0072B2', symbol: 'B', label: 'Arbeitgeber' },
	vacant_space: { colour: '#CC79A7', symbol: 'R', label: 'Leerstand & Räume' },
	support_service: { colour: '#B07800', symbol: 'H', label: 'Beratung & Hilfe' },
	learning_place: { colour: '#3A87B8', symbol: 'L', label: 'Lernorte & WLAN' },
	event: { colour: '#222222', symbol: 'T', label: 'Termine' },
	public_space: { colour: '#009E73', symbol: 'P', label: 'Öffentliche Orte' }
};

/** The programme quarters; their boundaries come from the database. */
export const QUARTERS = [
	{ id: 'sennestadt', name: 'Sennestadt' },
	{ id: 'sieker-mitte', name: 'Sieker-Mitte' },
	{ id: 'baumheide', name: 'Baumheide' }
] as const;

/** West, south, east, north around the three quarters with a margin. */
export const PROGRAMME_BBOX: [number, number, number, number] = [8.5, 51.91, 8.66, 52.08];
