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
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Each kind also has
 * its own shape and letter, so grey-scale print and colour-blind readers still tell them apart.
 * `label` is the German name for server code and exports; the interface uses the translated
 * messages (`kindLabel` in $lib/i18n/labels).
 */
export const KIND_STYLE: Record<
	PlaceKind,
	{ colour: string; symbol: string; label: string; shape: keyof typeof SHAPES }
> = {
	vacancy: { colour: '#D55E00', symbol: 'J', label: 'Stellenangebote', shape: 'square' },
	employer: { colour: '#0072B2', symbol: 'B', label: 'Arbeitgeber', shape: 'circle' },
	vacant_space: { colour: '#AA4A88', symbol: 'R', label: 'Leerstand & Räume', shape: 'house' },
	support_service: { colour: '#8A5D00', symbol: 'H', label: 'Beratung & Hilfe', shape: 'hexagon' },
	learning_place: { colour: '#2F6F99', symbol: 'L', label: 'Lernorte & WLAN', shape: 'diamond' },
	event: { colour: '#222222', symbol: 'T', label: 'Termine', shape: 'calendar' },
	public_space: { colour: '#007A5A', symbol: 'P', label: 'Öffentliche Orte', shape: 'triangle' }
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
