/**
 * The shipped map layers (regions/<id>/static/data/*.geojson) and their attribution: the city outline and the
 * districts simplified to 12 m, the quarters as in the database, stops and schools as points.
 * One feature per line, so a changed feature is a one-line diff.
 */
import { roundTo, simplifyArea, type LonLat } from './geometry.ts';
import type { OpenData } from './open-data.ts';
import type { Quarter } from './quarters.ts';
import type { Attribution, SeedRegion } from './region.ts';

const SIMPLIFY_M = 12;
const round5 = roundTo(5);

interface Feature {
	properties: Record<string, unknown>;
	geometry: unknown;
}

export function featureCollection(features: Feature[]): string {
	const lines = features.map((f) =>
		JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry })
	);
	return '{"type":"FeatureCollection","features":[\n' + lines.join(',\n') + '\n]}\n';
}

const point = (at: LonLat) => ({ type: 'Point', coordinates: at.map(round5) });

/** The demo places' line in ATTRIBUTION.json (they are ours, whatever the region). */
const DEMO_ATTRIBUTION: Attribution = {
	layer: 'places',
	text: 'Demo-Daten: fiktiv (Betriebe, Stellen, Räume, Angebote und Termine sind erfunden)',
	licence: 'EUPL-1.2',
	url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12'
};

/** File name → contents, for regions/<id>/static/data/. */
export function staticLayers(region: SeedRegion, data: OpenData, quarters: Quarter[]) {
	const layers = new Map<string, { body: string; features: number }>();
	const add = (name: string, features: Feature[]) =>
		layers.set(name, { body: featureCollection(features), features: features.length });

	add('city-outline.geojson', [
		{ properties: { ...region.city }, geometry: simplifyArea(data.outline, SIMPLIFY_M) }
	]);
	add(
		'stadtbezirke.geojson',
		data.districts.map((d) => ({
			properties: { name: d.name, nr: d.number },
			geometry: simplifyArea(d.area, SIMPLIFY_M)
		}))
	);
	add(
		'quarters.geojson',
		quarters.map((q) => ({
			properties: { id: q.id, name: q.name, approximate: q.approximate, source: q.source },
			geometry: q.area
		}))
	);
	add(
		'stops.geojson',
		data.stops.map((s) => ({
			properties: { id: s.id, name: s.name, products: s.products },
			geometry: point(s.at)
		}))
	);
	add(
		'schools.geojson',
		data.schools.map((s) => ({
			properties: { name: s.name, type: s.type, address: s.address },
			geometry: point(s.at)
		}))
	);
	const attribution = [...region.attribution, DEMO_ATTRIBUTION];
	const files = new Map([...layers].map(([name, l]) => [name, l.body]));
	files.set('ATTRIBUTION.json', JSON.stringify(attribution, null, '\t') + '\n');
	return { files, counts: new Map([...layers].map(([name, l]) => [name, l.features])) };
}
