import { describe, expect, it } from 'vitest';
import { assertOsmPbf, readOsmStreets, OsmPbfError } from './osm-pbf';
import { writeOsmPbf } from '../testing/osm-pbf-writer';

describe('OSM PBF', () => {
	const nodes = [
		{ id: 10, lon: 8.5, lat: 52.0 },
		{ id: 11, lon: 8.501, lat: 52.0, tags: { barrier: 'kerb', kerb: 'raised' } },
		{ id: 5_000_000_000, lon: 8.502, lat: 52.0005 },
		{ id: 13, lon: 8.6, lat: 52.1 }
	];
	const ways: { id: number; refs: number[]; tags: Record<string, string> }[] = [
		{ id: 1, refs: [10, 11, 5_000_000_000], tags: { highway: 'residential', name: 'Teststraße' } },
		{ id: 2, refs: [5_000_000_000, 13], tags: { waterway: 'river' } }
	];
	const pbf = writeOsmPbf(nodes, ways);

	it('reads back ways, 64-bit ids, coordinates and kerb tags', () => {
		const r = readOsmStreets(pbf, (t) => 'highway' in t);
		expect(r.ways).toHaveLength(1);
		expect(r.ways[0].refs).toEqual([10, 11, 5_000_000_000]);
		expect(r.ways[0].tags.name).toBe('Teststraße');
		expect(r.coords.get(5_000_000_000)?.[0]).toBeCloseTo(8.502, 7);
		expect(r.coords.get(5_000_000_000)?.[1]).toBeCloseTo(52.0005, 7);
		expect(r.coords.has(13)).toBe(false);
		expect([...r.highKerbs]).toEqual([11]);
		expect(r.header.bbox?.[0]).toBeCloseTo(8.5, 6);
	});

	it('rejects other files clearly', () => {
		const xml = new TextEncoder().encode('<?xml version="1.0"?><osm></osm>');
		expect(() => assertOsmPbf(xml, 'x.osm')).toThrow(/OSM XML/);
		expect(() => assertOsmPbf(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'f')).toThrow(/ZIP/);
		expect(() => assertOsmPbf(new TextEncoder().encode('hello world, not a pbf'), 'f')).toThrow(
			OsmPbfError
		);
	});
});
