import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { BASEMAP_LAYERS } from '../../../scripts/data-build/pipeline/basemap-features';
import { basemapStyle, labelField, labelText, type BasemapOptions } from './basemap-style';

const options: BasemapOptions = {
	archiveUrl: 'https://example.org/basemap/basemap.v1.pmtiles',
	origin: 'https://example.org',
	attribution: '© OpenStreetMap contributors',
	locale: 'uk',
	contrast: 'normal',
	hiddenPlaces: ['Altstadt']
};

describe('basemap style', () => {
	it('is a valid MapLibre style (the style-spec validator that ships with maplibre-gl)', () => {
		for (const contrast of ['normal', 'more'] as const)
			expect(validateStyleMin(basemapStyle({ ...options, contrast }))).toEqual([]);
	});

	it('reads only the layers the pipeline writes, from our archive and our glyphs', () => {
		const style = basemapStyle(options);
		for (const layer of style.layers)
			if ('source-layer' in layer)
				expect(BASEMAP_LAYERS as readonly string[]).toContain(layer['source-layer']);
		expect(style.glyphs).toBe('https://example.org/glyphs/{fontstack}/{range}.pbf');
		expect(style.sources.basemap).toMatchObject({
			url: 'pmtiles://https://example.org/basemap/basemap.v1.pmtiles'
		});
	});

	it('labels in the reader’s script where name:xx exists, Arabic too; else name', () => {
		expect(labelField('uk')).toEqual(['coalesce', ['get', 'name:uk'], ['get', 'name']]);
		expect(labelField('ar')).toEqual(['coalesce', ['get', 'name:ar'], ['get', 'name']]);
		expect(labelField('fr')).toEqual(['get', 'name']);
		const props = { name: 'Marktstraße', 'name:uk': 'Ринкова вулиця', 'name:ar': 'شارع السوق' };
		expect(labelText(props, 'uk')).toBe('Ринкова вулиця');
		expect(labelText(props, 'ar')).toBe('شارع السوق');
		expect(labelText({ name: 'Marktstraße' }, 'ar')).toBe('Marktstraße');
		expect(labelText(props, 'tr')).toBe('Marktstraße');
	});

	it('has a high-contrast variant with darker lines and labels', () => {
		const paint = (contrast: 'normal' | 'more', id: string) =>
			JSON.stringify(basemapStyle({ ...options, contrast }).layers.find((l) => l.id === id)?.paint);
		for (const id of ['basemap-road-casing', 'basemap-road-labels', 'basemap-paths'])
			expect(paint('more', id)).not.toBe(paint('normal', id));
	});
});
