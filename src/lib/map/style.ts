import type { StyleSpecification } from 'maplibre-gl';

/**
 * The built-in style: no tile server, no glyphs, just a paper background. Everything on it comes
 * from our own GeoJSON layers, so the map works offline and in CI. A vector style from
 * PUBLIC_MAP_STYLE_URL replaces it when configured.
 */
export const offlineStyle: StyleSpecification = {
	version: 8,
	sources: {},
	layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f2ec' } }]
};
