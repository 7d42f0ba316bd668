import { describe, expect, it } from 'vitest';
import { placesGeoJson, spotOffset } from './places-geojson';

describe('placesGeoJson', () => {
	it('sets places on one spot apart (a vacancy at its employer), a lone place stays put', () => {
		const p = (id: string, lon: number) => ({ id, kind: 'employer', title: id, lon, lat: 52 });
		const fc = placesGeoJson([p('a', 8.5), p('b', 8.5), p('c', 8.6)]);
		const offsets = fc.features.map((f) => f.properties?.offset);
		expect(offsets[2]).toEqual([0, 0]);
		expect(offsets[0]).not.toEqual(offsets[1]);
		const [dx, dy] = [offsets[0][0] - offsets[1][0], offsets[0][1] - offsets[1][1]];
		expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(24);
	});
	it('keeps 24 px icons apart for up to 8 places on a spot', () => {
		for (let n = 2; n <= 8; n++) {
			const a = spotOffset(0, n);
			const b = spotOffset(1, n);
			expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(23);
		}
	});
});
