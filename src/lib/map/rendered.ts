import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelText, ROAD_LABEL_LAYER } from './basemap-style';

/**
 * For tests and screen readers alike: what the map really drew, as data attributes on the map's
 * element (places, bands, heat cells, and the basemap's street names).
 */
export function reportRendered(map: MapLibreMap, node: HTMLElement, locale: string) {
	const single = map.queryRenderedFeatures({ layers: ['places'] }).length;
	const inClusters = map
		.queryRenderedFeatures({ layers: ['clusters'] })
		.reduce((n, f) => n + Number(f.properties?.point_count ?? 0), 0);
	node.dataset.renderedPlaces = String(single + inClusters);
	// Minutes ascending, e.g. "10,20,30,45".
	const minutes = new Set(
		map.queryRenderedFeatures({ layers: ['bands'] }).map((f) => Number(f.properties?.minutes))
	);
	node.dataset.renderedBands = [...minutes].sort((a, b) => a - b).join(',');
	if (map.getLayer('heat'))
		node.dataset.renderedHeat = String(map.queryRenderedFeatures({ layers: ['heat'] }).length);
	if (map.getLayer(ROAD_LABEL_LAYER)) {
		// The name each drawn street label shows (as labelField picks it), sorted, "|"-separated.
		const labels = map
			.queryRenderedFeatures({ layers: [ROAD_LABEL_LAYER] })
			.map((f) => labelText(f.properties ?? {}, locale));
		node.dataset.renderedStreets = [...new Set(labels.filter(Boolean))].sort().join('|');
	}
}
