/**
 * The map context (after svelte-maplibre's `context.svelte.ts`): MapView creates the MapLibre map
 * and puts it here; each layer component below it (`layers/*.svelte`) takes it from here, adds
 * its sources and layers while the map is there and removes them when it is destroyed. Only
 * types come from maplibre-gl here: MapView stays the one module that imports it.
 */
import { getContext, setContext, untrack } from 'svelte';
import type {
	GeoJSONSource,
	GeoJSONSourceSpecification,
	LayerSpecification,
	Map as MapLibreMap
} from 'maplibre-gl';

export type MapLibreModule = typeof import('maplibre-gl');
export type { GeoJSONSource, MapLibreMap };

/**
 * Our layers from bottom to top. A layer is inserted below the first layer above it that is
 * already on the map, so the drawing order does not depend on which component mounts first.
 */
const LAYER_ORDER = [
	'city-fill',
	'heat',
	'heat-line',
	'bands',
	'bands-line-10',
	'bands-line-20',
	'bands-line-30',
	'bands-line-45',
	'districts-line',
	'city-line',
	'quarters-fill',
	'quarters-line',
	'stops',
	'clusters',
	'cluster-count',
	'highlight-halo',
	'places',
	'origin'
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

export class MapContext {
	/** The map, once its style has loaded; undefined before and after. */
	map = $state<MapLibreMap | undefined>();
	/** Every layer of the first render is on the map. */
	ready = $state(false);
	/** The maplibre-gl module (for markers), loaded by MapView. */
	lib: MapLibreModule | undefined;
	/** Device pixels per CSS pixel for canvas images (at most 3). */
	ratio = 1;

	reducedMotion() {
		return (
			typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
		);
	}

	addLayer(map: MapLibreMap, layer: LayerSpecification & { id: LayerId }) {
		const above = LAYER_ORDER.slice(LAYER_ORDER.indexOf(layer.id) + 1).find((id) =>
			map.getLayer(id)
		);
		map.addLayer(layer, above);
	}
}

const KEY = Symbol('quartierkarte.map');

export function setMapContext(ctx: MapContext): MapContext {
	return setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
	return getContext<MapContext>(KEY);
}

/** A map that was removed (the page left) throws on every call; cleaning up after it is moot. */
function ifAlive(map: MapLibreMap, fn: () => void) {
	try {
		if (map.style) fn();
	} catch {
		/* the map is gone */
	}
}

export const emptyCollection = (): GeoJSON.FeatureCollection => ({
	type: 'FeatureCollection',
	features: []
});

/**
 * For a layer component: one GeoJSON source `id` and its layers, added when the map is there and
 * removed on destroy; later `data` goes to the source with setData (no re-adding).
 */
export function geoJsonLayers(
	ctx: MapContext,
	id: string,
	data: () => GeoJSON.GeoJSON,
	layers: (map: MapLibreMap) => (LayerSpecification & { id: LayerId })[],
	options: () => Omit<GeoJSONSourceSpecification, 'type' | 'data'> = () => ({})
) {
	$effect(() => {
		const map = ctx.map;
		if (!map) return;
		const specs = untrack(() => {
			map.addSource(id, { type: 'geojson', data: data(), ...options() });
			const specs = layers(map);
			for (const layer of specs) ctx.addLayer(map, layer);
			return specs;
		});
		return () =>
			ifAlive(map, () => {
				for (const layer of specs) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
				if (map.getSource(id)) map.removeSource(id);
			});
	});
	$effect(() => {
		const next = data();
		untrack(() => (ctx.map?.getSource(id) as GeoJSONSource | undefined)?.setData(next));
	});
}
