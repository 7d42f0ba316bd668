/**
 * OSM features (as GeoJSON from `osmium export`, tags as properties) → the basemap's layers.
 * Each kept feature gets a small set of properties: `class`, `name` and `name:xx` for the app's
 * languages, and `minzoom` (read by the tiler, not written into the tiles). Everything else is
 * dropped: the tiles carry only what the style draws.
 */

export const BASEMAP_LAYERS = [
	'landcover',
	'water',
	'buildings',
	'paths',
	'roads',
	'rail',
	'places',
	'stops'
] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** name:xx kept for labels in the reader's script (the app's catalogues). */
export const LABEL_LANGUAGES = ['de', 'en', 'tr', 'ar', 'uk', 'ru'] as const;

export interface BasemapFeature {
	layer: BasemapLayer;
	feature: GeoJSON.Feature;
}

type Tags = Record<string, unknown>;

const ROAD_CLASS: Record<string, [string, number]> = {
	motorway: ['major', 10],
	trunk: ['major', 10],
	primary: ['major', 10],
	motorway_link: ['major', 12],
	trunk_link: ['major', 12],
	primary_link: ['major', 12],
	secondary: ['medium', 11],
	secondary_link: ['medium', 12],
	tertiary: ['medium', 11],
	tertiary_link: ['medium', 12],
	unclassified: ['minor', 12],
	residential: ['minor', 12],
	living_street: ['minor', 12],
	road: ['minor', 12],
	pedestrian: ['pedestrian', 13],
	service: ['service', 14]
};
const PATHS = new Set(['footway', 'path', 'cycleway', 'steps', 'track', 'bridleway', 'corridor']);
const RAIL: Record<string, [string, number]> = {
	rail: ['rail', 10],
	light_rail: ['tram', 11],
	subway: ['tram', 11],
	tram: ['tram', 11],
	narrow_gauge: ['rail', 11]
};
const PLACE_MINZOOM: Record<string, number> = {
	city: 10,
	town: 10,
	borough: 11,
	suburb: 11,
	village: 11,
	quarter: 12,
	neighbourhood: 13,
	hamlet: 13
};
const LANDCOVER: [string, string, string][] = [
	['leisure', 'park', 'park'],
	['leisure', 'garden', 'park'],
	['leisure', 'playground', 'park'],
	['landuse', 'recreation_ground', 'park'],
	['landuse', 'village_green', 'park'],
	['landuse', 'cemetery', 'cemetery'],
	['landuse', 'forest', 'wood'],
	['natural', 'wood', 'wood'],
	['natural', 'scrub', 'wood'],
	['landuse', 'grass', 'grass'],
	['landuse', 'meadow', 'grass'],
	['landuse', 'allotments', 'grass']
];

const isArea = (g: GeoJSON.Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';
const isLine = (g: GeoJSON.Geometry) => g.type === 'LineString' || g.type === 'MultiLineString';

function names(tags: Tags): Record<string, string> {
	const out: Record<string, string> = {};
	if (typeof tags.name === 'string' && tags.name) out.name = tags.name;
	for (const lang of LABEL_LANGUAGES) {
		const v = tags[`name:${lang}`];
		if (typeof v === 'string' && v && v !== tags.name) out[`name:${lang}`] = v;
	}
	return out;
}

const make = (
	layer: BasemapLayer,
	geometry: GeoJSON.Geometry,
	props: Record<string, string | number>
): BasemapFeature => ({ layer, feature: { type: 'Feature', geometry, properties: props } });

/** The basemap feature for one OSM feature, or null when the map does not draw it. */
export function classify(f: GeoJSON.Feature): BasemapFeature | null {
	const tags = (f.properties ?? {}) as Tags;
	const g = f.geometry;
	if (!g) return null;
	const hw = tags.highway as string | undefined;
	if (g.type === 'Point') {
		const n = names(tags);
		const place = tags.place as string | undefined;
		if (place && PLACE_MINZOOM[place] !== undefined && n.name)
			return make('places', g, { class: place, minzoom: PLACE_MINZOOM[place], ...n });
		const stop =
			hw === 'bus_stop' ||
			tags.railway === 'tram_stop' ||
			tags.railway === 'station' ||
			tags.railway === 'halt' ||
			tags.public_transport === 'station';
		if (stop && n.name) {
			const station = tags.railway === 'station' || tags.public_transport === 'station';
			return make('stops', g, {
				class: station ? 'station' : hw === 'bus_stop' ? 'bus' : 'tram',
				minzoom: station ? 12 : 14,
				...n
			});
		}
		return null;
	}
	if (isLine(g) && hw && ROAD_CLASS[hw] && tags.area !== 'yes') {
		const [cls, minzoom] = ROAD_CLASS[hw];
		return make('roads', g, { class: cls, minzoom, ...names(tags) });
	}
	if (isLine(g) && hw && PATHS.has(hw)) {
		return make('paths', g, { class: hw === 'steps' ? 'steps' : 'path', minzoom: 14 });
	}
	const rail = typeof tags.railway === 'string' ? RAIL[tags.railway] : undefined;
	if (isLine(g) && rail && !tags.service) {
		return make('rail', g, { class: rail[0], minzoom: rail[1] });
	}
	if (isLine(g) && typeof tags.waterway === 'string') {
		const big = tags.waterway === 'river' || tags.waterway === 'canal';
		return make('water', g, {
			class: big ? 'river' : 'stream',
			minzoom: big ? 10 : 13,
			...names(tags)
		});
	}
	if (!isArea(g)) return null;
	if (
		tags.natural === 'water' ||
		tags.waterway === 'riverbank' ||
		tags.landuse === 'reservoir' ||
		tags.landuse === 'basin'
	)
		return make('water', g, { class: 'water', minzoom: 10 });
	if (typeof tags.building === 'string' && tags.building !== 'no')
		return make('buildings', g, { class: 'building', minzoom: 14 });
	for (const [key, value, cls] of LANDCOVER)
		if (tags[key] === value) return make('landcover', g, { class: cls, minzoom: 10 });
	return null;
}

/** The osmium tags-filter expressions for everything `classify` may keep. */
export const OSMIUM_FILTERS = [
	'nwr/highway',
	'w/railway',
	'n/railway=tram_stop,station,halt',
	'n/public_transport=station',
	'nwr/waterway',
	'wr/natural=water,wood,scrub',
	'wr/landuse=reservoir,basin,cemetery,forest,grass,meadow,allotments,recreation_ground,village_green',
	'wr/leisure=park,garden,playground',
	'wr/building',
	'n/place'
];
