import { describe, expect, it } from 'vitest';
import { decodeArtifact, encodeArtifact, ArtifactError } from './artifact';
import { decodeStreets, decodeTransit, encodeStreets, encodeTransit } from './codec';
import { syntheticCity } from '../../../scripts/data-build/testing/synthetic';

describe('artifacts', () => {
	it('round-trips sections and metadata', () => {
		const bytes = encodeArtifact(
			'TEST',
			3,
			{ hello: 'wörld' },
			{
				a: Int32Array.from([1, -2, 3]),
				b: Float64Array.from([0.5]),
				c: Uint8Array.from([7, 8, 9, 10, 11])
			}
		);
		const a = decodeArtifact(bytes);
		expect(a.kind).toBe('TEST');
		expect(a.version).toBe(3);
		expect(a.meta).toEqual({ hello: 'wörld' });
		expect(Array.from(a.sections.get('a') ?? [])).toEqual([1, -2, 3]);
		expect(Array.from(a.sections.get('b') ?? [])).toEqual([0.5]);
		expect(Array.from(a.sections.get('c') ?? [])).toEqual([7, 8, 9, 10, 11]);
	});

	it('rejects foreign and truncated files with clear errors', () => {
		expect(() => decodeArtifact(new TextEncoder().encode('<!doctype html>...........'))).toThrow(
			/bad magic/
		);
		const bytes = encodeArtifact('TEST', 1, {}, { a: new Int32Array(100) });
		expect(() => decodeArtifact(bytes.subarray(0, 100))).toThrow(ArtifactError);
		expect(() => decodeStreets(bytes)).toThrow(/expected a STRT artifact/);
	});

	it('street graph and timetable survive encode/decode', () => {
		const city = syntheticCity({
			seed: 5,
			cols: 20,
			rows: 20,
			spacingM: 100,
			lines: 4,
			stopsPerLine: 6,
			headwaySeconds: 1200
		});
		const g = decodeStreets(encodeStreets(city.streets)).graph;
		expect(Array.from(g.edgeStart)).toEqual(Array.from(city.streets.edgeStart));
		expect(Array.from(g.edgeTarget)).toEqual(Array.from(city.streets.edgeTarget));
		expect(Array.from(g.edgeFlags)).toEqual(Array.from(city.streets.edgeFlags));
		g.nodeLon.forEach((v, i) => expect(Math.abs(v - city.streets.nodeLon[i])).toBeLessThan(1e-6));
		g.edgeLength.forEach((v, i) =>
			expect(Math.abs(v - city.streets.edgeLength[i])).toBeLessThan(0.3)
		);

		const { transit: t } = decodeTransit(encodeTransit(city.transit));
		const o = city.transit;
		for (const key of [
			'arrivals',
			'departures',
			'patternStops',
			'patternTripStart',
			'tripStopTimeStart',
			'stopPatternStart',
			'stopPatterns',
			'transferTarget'
		] as const)
			expect(Array.from(t[key]), key).toEqual(Array.from(o[key]));
		expect(t.routeNames).toEqual(o.routeNames);
		expect(Array.from(g.edgeReverse)).toEqual(Array.from(city.streets.edgeReverse));
	});
});
