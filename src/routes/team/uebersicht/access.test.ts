import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { pointInMultiPolygon, type Position } from '$lib/reach/bands';
import { accessCsv, median, quarterCells, quarterStats } from './access';

// Two squares of about 1 km and 0.5 km a side near Bielefeld.
const square = (lon: number, lat: number, d: number): Position[][][] => [
	[
		[
			[lon, lat],
			[lon + d * 1.6, lat],
			[lon + d * 1.6, lat + d],
			[lon, lat + d],
			[lon, lat]
		]
	]
];
const quarters = {
	features: [
		{
			properties: { id: 'a', name: 'A' },
			geometry: { type: 'MultiPolygon' as const, coordinates: square(8.5, 52, 0.009) }
		},
		{
			properties: { id: 'b', name: 'B' },
			geometry: { type: 'MultiPolygon' as const, coordinates: square(8.6, 52, 0.0045) }
		}
	]
};

describe('accessibility picture: cells, statistics, CSV', () => {
	it('covers each quarter with 250 m cells whose centres lie inside it', () => {
		const cells = quarterCells(quarters);
		const a = cells.filter((c) => c.quarter === 'a');
		const b = cells.filter((c) => c.quarter === 'b');
		// ~1 km² → about 16 cells; ~0.25 km² → about 4
		expect(a.length).toBeGreaterThanOrEqual(12);
		expect(a.length).toBeLessThanOrEqual(20);
		expect(b.length).toBeGreaterThanOrEqual(2);
		expect(b.length).toBeLessThanOrEqual(6);
		for (const c of cells) {
			const q = quarters.features.find((f) => f.properties.id === c.quarter)!;
			expect(pointInMultiPolygon(c.lon, c.lat, q.geometry.coordinates)).toBe(true);
		}
		expect(new Set(cells.map((c) => c.id)).size).toBe(cells.length);
	});

	it('median and mean per quarter; CSV one row per cell with provenance', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		const cells = quarterCells(quarters);
		const counts = cells.map((c, i) => (c.quarter === 'a' ? i : 100));
		const stats = quarterStats(cells, counts);
		expect(stats.find((s) => s.quarter === 'b')).toMatchObject({ median: 100, mean: 100 });
		const rows = parse(accessCsv(cells, counts, 'Quelle; Test'), {
			bom: true,
			delimiter: ';',
			columns: true
		}) as Record<string, string>[];
		expect(rows).toHaveLength(cells.length);
		expect(rows[1].vacancies_30min).toBe(String(counts[1]));
		expect(rows[0].licence).toBe('Quelle; Test');
	});
});
