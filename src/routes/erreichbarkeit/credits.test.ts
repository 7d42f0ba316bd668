import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReachManifest } from '$lib/reach/manifest';
import { dataLabel, sourceCredit } from './credits';

const demo = JSON.parse(
	readFileSync('regions/bielefeld/static/reach/manifest.json', 'utf8')
) as ReachManifest;
const built = {
	demo: false,
	model: 'street' as const,
	sources: [
		{ name: 'OpenStreetMap', licence: 'ODbL-1.0', attribution: '© OpenStreetMap contributors' },
		{
			name: 'GTFS nwl',
			licence: 'CC-BY-4.0',
			publisher: 'NWL',
			attribution: 'Fahrplandaten: NWL (CC BY 4.0)'
		}
	]
};

describe('the reachability data notes in the reader language', () => {
	it('German: the lines the pipeline wrote', () => {
		expect(dataLabel(demo, 'de')?.text).toBe(demo.label);
		expect(demo.sources.map((s) => sourceCredit(s, 'de').text)).toEqual([
			'Haltestellen: DB InfraGO (CC BY 4.0) und © OpenStreetMap-Mitwirkende (ODbL)',
			'Erfundener Demo-Fahrplan von Quartierkarte – kein echter Fahrplan'
		]);
		expect(sourceCredit(built.sources[1], 'de').text).toBe('Fahrplandaten: NWL (CC BY 4.0)');
	});

	it('every other language: its own words for every known source', () => {
		for (const locale of ['en', 'tr', 'ar', 'uk', 'ru'] as const) {
			const lines = [
				dataLabel(demo, locale)!,
				...[...demo.sources, ...built.sources].map((s) => sourceCredit(s, locale))
			];
			for (const line of lines) {
				expect(line.lang, `${locale}: ${line.text}`).toBeUndefined();
				expect(line.text).not.toMatch(/Haltestellen|Fahrplan|Mitwirkende|Luftlinie|\bund\b/);
			}
			expect(sourceCredit(built.sources[1], locale).text).toContain('NWL (CC BY 4.0)');
		}
	});

	it('an unknown source keeps its line, marked German', () => {
		const odd = { name: 'Gemeindedaten', licence: 'unknown', attribution: 'Daten der Gemeinde' };
		expect(sourceCredit(odd, 'ar')).toEqual({ text: 'Daten der Gemeinde', lang: 'de' });
	});
});
