import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

/**
 * Our style for the region's own basemap (scripts/data-build/basemap.ts: layers landcover, water,
 * buildings, paths, roads, rail, places, stops). Muted on purpose: the places, stops and quarter
 * outlines drawn above it by layers/ must stay the strongest thing on the map. `contrast: 'more'`
 * (the reader's system asks for more contrast) darkens lines and labels. Labels in the reader's
 * script where OSM has name:xx, Arabic included: MapLibre shapes Arabic and orders right-to-left
 * text itself (its RTL text plugin is deprecated; nothing is loaded for it), and our glyphs carry
 * the Arabic block and its presentation forms (npm run data:glyphs, Noto Sans Arabic).
 * Glyphs come from us (static/glyphs, Noto Sans and Noto Sans Arabic, OFL).
 */
export interface BasemapOptions {
	/** The archive's absolute URL (`https://…/basemap/basemap.v1.pmtiles`). */
	archiveUrl: string;
	/** Absolute origin for the glyphs (`https://host`). */
	origin: string;
	attribution: string;
	locale: string;
	contrast: 'normal' | 'more';
	/** Place names the app draws itself (the quarters): not repeated by the basemap. */
	hiddenPlaces: string[];
}

export const FONT = ['noto-sans'];
/** Languages whose names MapLibre can draw with our glyphs (Latin, Cyrillic, Arabic). */
const LABEL_LANGS = new Set(['de', 'en', 'tr', 'uk', 'ru', 'ar']);
/** The layer with the street names: tests read its rendered features. */
export const ROAD_LABEL_LAYER = 'basemap-road-labels';

export function labelField(locale: string): ExpressionSpecification {
	return LABEL_LANGS.has(locale)
		? ['coalesce', ['get', `name:${locale}`], ['get', 'name']]
		: ['get', 'name'];
}

/** What labelField shows for a feature's properties (for the rendered-label report). */
export function labelText(props: Record<string, unknown>, locale: string): string {
	const own = LABEL_LANGS.has(locale) ? props[`name:${locale}`] : undefined;
	return String(own ?? props.name ?? '');
}

const PALETTE = {
	normal: {
		land: '#f4f2ec',
		park: '#e1e8d6',
		wood: '#d5e0c8',
		water: '#cddde6',
		building: '#e7e2d9',
		buildingLine: '#d6cfc2',
		casing: '#d8d1c4',
		road: '#ffffff',
		major: '#fbf3df',
		path: '#bdb5a6',
		rail: '#aaa397',
		label: '#5e584e',
		halo: '#fbfaf7'
	},
	more: {
		land: '#fbfaf6',
		park: '#d3e2c2',
		wood: '#bcd3a8',
		water: '#a9c8dc',
		building: '#dcd5c8',
		buildingLine: '#8f8676',
		casing: '#6f6758',
		road: '#ffffff',
		major: '#fff1c9',
		path: '#6f6758',
		rail: '#4f4a42',
		label: '#1d1b17',
		halo: '#ffffff'
	}
};

const byZoom = (...stops: number[]): ExpressionSpecification =>
	['interpolate', ['exponential', 1.6], ['zoom'], ...stops] as ExpressionSpecification;

export function basemapStyle(o: BasemapOptions): StyleSpecification {
	const c = PALETTE[o.contrast];
	const text = labelField(o.locale);
	const cls = (...v: string[]): ExpressionSpecification => ['in', ['get', 'class'], ['literal', v]];
	// Zoom must be the outermost expression: one interpolation, a match per class at each stop.
	const roadWidth = (extra: number): ExpressionSpecification => {
		const at = (
			major: number,
			medium: number,
			minor: number,
			service: number
		): ExpressionSpecification => [
			'match',
			['get', 'class'],
			'major',
			major + extra,
			'medium',
			medium + extra,
			'service',
			service + extra,
			minor + extra
		];
		return [
			'interpolate',
			['exponential', 1.6],
			['zoom'],
			10,
			at(1.2, 0.6, 0.3, 0.2),
			13,
			at(4, 3, 1.5, 0.5),
			16,
			at(12, 10, 7, 3)
		] as ExpressionSpecification;
	};
	const layers: LayerSpecification[] = [
		{ id: 'background', type: 'background', paint: { 'background-color': c.land } },
		{
			id: 'basemap-landcover',
			type: 'fill',
			source: 'basemap',
			'source-layer': 'landcover',
			paint: { 'fill-color': ['match', ['get', 'class'], 'wood', c.wood, c.park] }
		},
		{
			id: 'basemap-water',
			type: 'fill',
			source: 'basemap',
			'source-layer': 'water',
			filter: ['==', ['geometry-type'], 'Polygon'],
			paint: { 'fill-color': c.water }
		},
		{
			id: 'basemap-waterways',
			type: 'line',
			source: 'basemap',
			'source-layer': 'water',
			filter: ['==', ['geometry-type'], 'LineString'],
			paint: { 'line-color': c.water, 'line-width': byZoom(12, 1, 16, 4) }
		},
		{
			id: 'basemap-buildings',
			type: 'fill',
			source: 'basemap',
			'source-layer': 'buildings',
			paint: { 'fill-color': c.building, 'fill-outline-color': c.buildingLine }
		},
		{
			id: 'basemap-paths',
			type: 'line',
			source: 'basemap',
			'source-layer': 'paths',
			paint: { 'line-color': c.path, 'line-width': 1, 'line-dasharray': [2, 1.5] }
		},
		{
			id: 'basemap-road-casing',
			type: 'line',
			source: 'basemap',
			'source-layer': 'roads',
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': c.casing, 'line-width': roadWidth(1.5) }
		},
		{
			id: 'basemap-roads',
			type: 'line',
			source: 'basemap',
			'source-layer': 'roads',
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': ['case', cls('major', 'medium'), c.major, c.road],
				'line-width': roadWidth(0)
			}
		},
		{
			id: 'basemap-rail',
			type: 'line',
			source: 'basemap',
			'source-layer': 'rail',
			paint: {
				'line-color': c.rail,
				'line-width': ['match', ['get', 'class'], 'rail', 1.5, 1],
				'line-dasharray': [3, 2]
			}
		},
		{
			id: ROAD_LABEL_LAYER,
			type: 'symbol',
			source: 'basemap',
			'source-layer': 'roads',
			minzoom: 14,
			filter: ['has', 'name'],
			layout: {
				'symbol-placement': 'line',
				'text-field': text,
				'text-font': FONT,
				'text-size': byZoom(14, 11, 17, 14),
				'text-max-angle': 30
			},
			paint: { 'text-color': c.label, 'text-halo-color': c.halo, 'text-halo-width': 1.5 }
		},
		{
			id: 'basemap-stop-labels',
			type: 'symbol',
			source: 'basemap',
			'source-layer': 'stops',
			minzoom: 15,
			layout: {
				'text-field': text,
				'text-font': FONT,
				'text-size': 11,
				'text-anchor': 'top',
				'text-offset': [0, 0.8],
				'text-optional': true
			},
			paint: { 'text-color': c.label, 'text-halo-color': c.halo, 'text-halo-width': 1.5 }
		},
		{
			id: 'basemap-place-labels',
			type: 'symbol',
			source: 'basemap',
			'source-layer': 'places',
			filter: ['!', ['in', ['get', 'name'], ['literal', o.hiddenPlaces]]],
			layout: {
				'text-field': text,
				'text-font': FONT,
				'text-size': ['match', ['get', 'class'], ['city', 'town'], 16, 13],
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.08
			},
			paint: { 'text-color': c.label, 'text-halo-color': c.halo, 'text-halo-width': 2 }
		}
	];
	return {
		version: 8,
		glyphs: `${o.origin}/glyphs/{fontstack}/{range}.pbf`,
		sources: {
			basemap: {
				type: 'vector',
				url: `pmtiles://${o.archiveUrl}`,
				attribution: o.attribution
			}
		},
		layers
	};
}

/** The style for the region's basemap in this browser: its locale and contrast setting. */
export function regionBasemapStyle(
	basemap: { url: string },
	/** The basemap's credit in the reader's language, as HTML (MapLibre's attribution). */
	attribution: string,
	areas: { name: string }[]
): StyleSpecification {
	return basemapStyle({
		archiveUrl: new URL(basemap.url, location.href).href,
		origin: location.origin,
		attribution,
		locale: document.documentElement.lang || 'de',
		contrast: matchMedia('(prefers-contrast: more)').matches ? 'more' : 'normal',
		hiddenPlaces: areas.map((a) => a.name)
	});
}
