import { REGION, type Region } from '$lib/region';

type Area = Region['areas'][number];

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
 * Marker outlines in a 24×24 box as SVG path data: the same string draws the legend and list icons
 * (inline SVG) and the map icons (canvas `Path2D`), so they always match.
 */
export const SHAPES = {
	circle: 'M12 1a11 11 0 1 1 0 22a11 11 0 1 1 0-22Z',
	square: 'M2 2h20v20H2Z',
	house: 'M12 1 23 10v13H1V10Z',
	hexagon: 'M6.5 1.5h11L23 12l-5.5 10.5h-11L1 12Z',
	diamond: 'M12 0.5 23.5 12 12 23.5 0.5 12Z',
	calendar: 'M1 3h22v20H1Z M1 8.5h22',
	triangle: 'M12 1 23.5 22.5H0.5Z'
} as const;

/**
 * White pictograms drawn inside each kind's shape (24×24 box, filled with the even-odd rule so
 * holes show the colour behind): they need no German and no glyph server, and like SHAPES the same
 * string draws the legend, the list and the map.
 */
export const PICTOGRAMS = {
	// A briefcase: body with a belt, and its handle.
	briefcase: 'M5 9.5h14v8.5H5Z M5 12.6h14v1.1H5Z M9 9.5V6.5h6v3h-1.6V8h-2.8v1.5Z',
	// A factory: saw-tooth roof, chimney, three windows.
	factory:
		'M5 18V11l4-2.6V11l4-2.6V11l3.2-2.1V5.5H19V18Z M6.8 13.2h2v2h-2Z M11 13.2h2v2h-2Z M15.2 13.2h2v2h-2Z',
	// A shop front: awning, two windows and a door.
	shop: 'M4 11h16v2.6H4Z M4.8 15h3.6v3.4H4.8Z M15.6 15h3.6v3.4h-3.6Z M10 15h4v7h-4Z',
	// "i" for information and help: dot, stem with a foot.
	info: 'M12 4.6a2 2 0 1 1 0 4a2 2 0 1 1 0-4Z M10 10.4h3.4v6.4H15v2.2H9v-2.2h1.4v-4.2H10Z',
	// An open book.
	book: 'M6 8.6c2.2-0.6 4.2-0.3 5.4 0.9v7.8c-1.4-1-3.2-1.2-5.4-0.7Z M12.6 9.5c1.2-1.2 3.2-1.5 5.4-0.9v8c-2.2-0.5-4-0.3-5.4 0.7Z',
	// A calendar's rings over its shape, and six days.
	calendar:
		'M5.6 3h2v3.6h-2Z M16.4 3h2v3.6h-2Z M4.6 11h3.4v3H4.6Z M10.3 11h3.4v3h-3.4Z M16 11h3.4v3H16Z M4.6 16.2h3.4v3H4.6Z M10.3 16.2h3.4v3h-3.4Z M16 16.2h3.4v3H16Z',
	// A tree: round crown and trunk.
	tree: 'M12 8.6a4 4 0 1 1 0 8a4 4 0 1 1 0-8Z M11.1 15.5h1.8v5.5h-1.8Z'
} as const;

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Each kind also has
 * its own shape and pictogram, so grey-scale print and colour-blind readers still tell them apart.
 * `label` is the German name for server code and exports; the interface uses the translated
 * messages (`kindLabel` in $lib/i18n/labels).
 */
export const KIND_STYLE: Record<
	PlaceKind,
	{
		colour: string;
		pictogram: keyof typeof PICTOGRAMS;
		label: string;
		shape: keyof typeof SHAPES;
	}
> = {
	vacancy: { colour: '#D55E00', pictogram: 'briefcase', label: 'Stellenangebote', shape: 'square' },
	employer: { colour: '#0072B2', pictogram: 'factory', label: 'Arbeitgeber', shape: 'circle' },
	vacant_space: {
		colour: '#AA4A88',
		pictogram: 'shop',
		label: 'Leerstand & Räume',
		shape: 'house'
	},
	support_service: {
		colour: '#8A5D00',
		pictogram: 'info',
		label: 'Beratung & Hilfe',
		shape: 'hexagon'
	},
	learning_place: {
		colour: '#2F6F99',
		pictogram: 'book',
		label: 'Lernorte & WLAN',
		shape: 'diamond'
	},
	event: { colour: '#222222', pictogram: 'calendar', label: 'Termine', shape: 'calendar' },
	public_space: {
		colour: '#007A5A',
		pictogram: 'tree',
		label: 'Öffentliche Orte',
		shape: 'triangle'
	}
};

/** The programme quarters (the region's areas); their boundaries come from the database. */
export const QUARTERS: readonly Area[] = REGION.areas;

export type QuarterId = (typeof QUARTERS)[number]['id'];
export const QUARTER_IDS = QUARTERS.map((q) => q.id) as [QuarterId, ...QuarterId[]];

export const WORKING_TIMES = ['full_time', 'part_time', 'mini_job'] as const;
export const GERMAN_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
/** public.wheelchair_access. */
export const WHEELCHAIR_ACCESS = ['yes', 'limited', 'no', 'unknown'] as const;
/** public.cost_kind. */
export const COST_KINDS = ['free', 'reduced', 'paid'] as const;
/** Languages a place can offer that the filter lists first (ISO 639-1). */
export const COMMON_LANGUAGES = [
	'de',
	'en',
	'tr',
	'ar',
	'ru',
	'uk',
	'fa',
	'ku',
	'pl',
	'ro',
	'bg',
	'fr'
] as const;
