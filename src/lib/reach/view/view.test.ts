import { describe, expect, it } from 'vitest';
import { createGrid, gridToBands, splatPoints, DEFAULT_BANDS } from '../bands';
import { localProjection, unprojectLat, unprojectLon } from '../geo';
import { readFileSync } from 'node:fs';
import { DEFAULT_TRANSIT_MODEL, transitModelFrom } from '../transit-model';
import {
	describeBands,
	describeModel,
	formatKm,
	stopName,
	summariseBands,
	type BandWords,
	type ModelWords
} from './describe';
import { searchOrigins, sortByMinutes, type OriginCandidate } from './list';
import {
	formatOriginHash,
	parseClock,
	parseOriginHash,
	parseStoredMinutes,
	storedMinutesFor
} from './origin';

describe('origin in the URL fragment', () => {
	it('round-trips through the fragment with five decimals', () => {
		const hash = formatOriginHash({ lat: 52.006412345, lon: 8.566801 });
		expect(hash).toBe('#von=52.00641,8.56680');
		expect(parseOriginHash(hash)).toEqual({ lat: 52.00641, lon: 8.5668 });
	});

	it('keeps other fragment parameters and removes only `von`', () => {
		const hash = formatOriginHash({ lat: 52, lon: 8.5 }, '#x=1');
		expect(hash).toBe('#x=1&von=52.00000,8.50000');
		expect(formatOriginHash(null, hash)).toBe('#x=1');
		expect(formatOriginHash(null, '#von=52,8.5')).toBe('');
	});

	it('rejects malformed values and places far from Bielefeld', () => {
		expect(parseOriginHash('')).toBeNull();
		expect(parseOriginHash('#von=')).toBeNull();
		expect(parseOriginHash('#von=abc,8.5')).toBeNull();
		expect(parseOriginHash('#von=52.0;8.5')).toBeNull();
		expect(parseOriginHash('#von=48.1,11.5')).toBeNull(); // Munich
		expect(parseOriginHash('#von=8.5,52.0')).toBeNull(); // lon/lat swapped
		expect(parseOriginHash('#von=52.0,8.5')).toEqual({ lat: 52, lon: 8.5 });
		expect(parseOriginHash('#von=52.0%2C8.5')).toEqual({ lat: 52, lon: 8.5 });
	});
});

describe('clock and stored minutes', () => {
	it('parses HH:MM into seconds after midnight', () => {
		expect(parseClock('8:00')).toBe(28800);
		expect(parseClock('07:30')).toBe(27000);
		expect(parseClock('24:00')).toBeNull();
		expect(parseClock('7.30')).toBeNull();
	});

	it('reads minutes per place id and ignores junk', () => {
		const raw = JSON.stringify({
			at: '2026-01-01T07:00:00Z',
			mode: 'transit',
			approximate: true,
			minutes: { a: 12, b: null }
		});
		expect(parseStoredMinutes(raw)?.mode).toBe('transit');
		expect(storedMinutesFor(raw, 'a')).toBe(12);
		expect(storedMinutesFor(raw, 'b')).toBeNull();
		expect(storedMinutesFor(raw, 'c')).toBeNull();
		expect(storedMinutesFor('{not json', 'a')).toBeNull();
		expect(storedMinutesFor(null, 'a')).toBeNull();
		expect(parseStoredMinutes('{"at":1}')).toBeNull();
	});
});

describe('list helpers', () => {
	it('sorts by minutes ascending, unreachable last in their original order', () => {
		const sorted = sortByMinutes(['a', 'b', 'c', 'd', 'e'], [30.4, NaN, 9.6, NaN, 12]);
		expect(sorted.map((s) => s.item)).toEqual(['c', 'e', 'a', 'b', 'd']);
		expect(sorted.map((s) => s.minutes)).toEqual([10, 12, 30, null, null]);
	});

	it('finds stops and places by words, accent-insensitive, prefix first, stops deduplicated', () => {
		const c: OriginCandidate[] = [
			{ name: 'Sennestadthaus', lon: 8.59, lat: 51.94, source: 'stop' },
			{ name: 'Sennestadthaus', lon: 8.591, lat: 51.941, source: 'stop' },
			{ name: 'Alte Sennestadt Straße', lon: 8.6, lat: 51.95, source: 'stop' },
			{ name: 'Bürgerzentrum Sennestadt', lon: 8.6, lat: 51.95, source: 'place' },
			{ name: 'Jahnplatz', lon: 8.53, lat: 52.02, source: 'stop' }
		];
		expect(searchOrigins('sennestadt', c).map((x) => x.name)).toEqual([
			'Sennestadthaus',
			'Alte Sennestadt Straße',
			'Bürgerzentrum Sennestadt'
		]);
		expect(searchOrigins('burgerzentrum', c)).toHaveLength(1);
		expect(searchOrigins('zentrum senne', c)).toHaveLength(1);
		expect(searchOrigins('j', c)).toEqual([]);
	});

	it('drops the city suffix of stop names', () => {
		expect(stopName('Jahnplatz, Bielefeld')).toBe('Jahnplatz');
		expect(stopName('Brackwede Berliner Str. (Ersatzhaltestelle), Biele')).toBe(
			'Brackwede Berliner Str. (Ersatzhaltestelle)'
		);
		expect(stopName('Sennestadthaus')).toBe('Sennestadthaus');
	});
});

describe('bands in words', () => {
	const proj = localProjection(8.55, 52.0);
	const origin = { lon: 8.55, lat: 52.0 };
	// Circles of 750 / 1500 / 2250 / 3375 m at 1.25 m/s.
	const grid = createGrid(proj, { minX: -4000, minY: -4000, maxX: 4000, maxY: 4000 });
	splatPoints(grid, [0], [0], [0], 2700, 1e9, 1.25);
	const bands = gridToBands(grid, DEFAULT_BANDS);
	const east = (m: number) => ({ lon: unprojectLon(proj, m), lat: unprojectLat(proj, 0) });

	it('counts places per band and names the farthest stop inside', () => {
		const minutes = [5, 9.9, 15, 31, NaN];
		const stops = [
			{ name: 'Near', ...east(500) },
			{ name: 'Middle', ...east(1400) },
			{ name: 'Far', ...east(3200) },
			{ name: 'Outside', ...east(3800) }
		];
		const s = summariseBands(bands, minutes, origin, stops);
		expect(s.map((b) => b.minutes)).toEqual([10, 20, 30, 45]);
		expect(s.map((b) => b.places)).toEqual([2, 3, 3, 4]);
		expect(s.map((b) => b.farthest?.name)).toEqual(['Near', 'Middle', 'Middle', 'Far']);
		expect(s[0].reachMeters).toBeGreaterThan(650);
		expect(s[0].reachMeters).toBeLessThan(850);
		expect(s[3].reachMeters).toBeGreaterThan(3200);
	});

	it('says it in words in the reader’s number format', () => {
		const words: BandWords = {
			band: ({ minutes, count }) => `Bis ${minutes} Min. erreichbar – Orte: ${count}.`,
			reach: ({ km }) => `Bereich reicht etwa ${km} km weit.`,
			reachVia: ({ km, stop }) => `Bereich reicht etwa ${km} km weit, bis ${stop}.`,
			none: () => 'Nichts erreichbar.'
		};
		const text = describeBands(
			[
				{
					minutes: 10,
					places: 12,
					reachMeters: 780,
					farthest: { name: 'Sennestadthaus', meters: 700 }
				},
				{ minutes: 20, places: 30, reachMeters: 1520, farthest: null }
			],
			words,
			'de'
		);
		expect(text).toEqual([
			'Bis 10 Min. erreichbar – Orte: 12. Bereich reicht etwa 0,8 km weit, bis Sennestadthaus.',
			'Bis 20 Min. erreichbar – Orte: 30. Bereich reicht etwa 1,5 km weit.'
		]);
		expect(describeBands([], words, 'de')).toEqual(['Nichts erreichbar.']);
		expect(formatKm(1234, 'en')).toBe('1.2');
		expect(formatKm(10, 'de')).toBe('0,1');
	});
});

describe('the transit model in words', () => {
	// the catalogue's own templates, filled in as Paraglide does
	const catalogue = (lang: string): ModelWords => {
		const c = JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, string>;
		const fill = (t: string) => (p: Record<string, string>) =>
			t.replace(/\{(\w+)\}/g, (_, k: string) => p[k] ?? `{${k}}`);
		return { street: fill(c.reach_model_street), straight: fill(c.reach_model_straight) };
	};

	it('names the vehicles, both slacks and the transfer walks of the model in force', () => {
		const text = describeModel(DEFAULT_TRANSIT_MODEL, catalogue('de'), 'de');
		expect(text).toContain('höchstens 8 Fahrzeuge');
		expect(text).toContain('0 s Puffer vor dem ersten und 60 s vor jedem weiteren Einstieg');
		expect(text).toContain('bis 1.000 m über Straßen und Wege');
		const straight = transitModelFrom({
			maxVehicles: 5,
			firstBoardSlackSeconds: 30,
			transfers: { kind: 'straight-line', radiusMeters: 400, detourFactor: 1.3 }
		});
		const en = describeModel(straight, catalogue('en'), 'en');
		expect(en).toContain('at most 5 vehicles');
		expect(en).toContain('30 s slack before the first and 60 s');
		expect(en).toContain('400 m (straight line × 1.3)');
		expect(describeModel(straight, catalogue('de'), 'de')).toContain('(Luftlinie × 1,3)');
	});

	it('every language fills in every number', () => {
		for (const lang of ['de', 'en', 'tr', 'ar', 'ru', 'uk'])
			for (const kind of ['street', 'straight-line'] as const) {
				const model = transitModelFrom({
					transfers: { kind, radiusMeters: 750, detourFactor: 1.4 }
				});
				const text = describeModel(model, catalogue(lang), lang);
				expect(text, `${lang} ${kind}`).not.toMatch(/[{}]/);
				for (const v of ['8', '60', '750']) expect(text, `${lang} ${kind}`).toContain(v);
			}
	});
});
