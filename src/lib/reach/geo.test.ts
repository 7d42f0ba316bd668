import { describe, expect, it } from 'vitest';
import {
	haversineMeters,
	localProjection,
	projectX,
	projectY,
	unprojectLat,
	unprojectLon
} from './geo';

describe('geo', () => {
	it('haversine matches a known distance (Jahnplatz → Sennestadthaus ≈ 9.3 km)', () => {
		const d = haversineMeters(8.533384, 52.022827, 8.585882, 51.945621);
		expect(d).toBeGreaterThan(9200);
		expect(d).toBeLessThan(9400);
	});

	it('local projection agrees with haversine within 0.5 % over city distances', () => {
		const p = localProjection(8.55, 52.0);
		const x1 = projectX(p, 8.5),
			y1 = projectY(p, 51.95);
		const x2 = projectX(p, 8.6),
			y2 = projectY(p, 52.05);
		const planar = Math.hypot(x2 - x1, y2 - y1);
		const sphere = haversineMeters(8.5, 51.95, 8.6, 52.05);
		expect(Math.abs(planar - sphere) / sphere).toBeLessThan(0.005);
	});

	it('projection round-trips', () => {
		const p = localProjection(8.55, 52.0);
		expect(unprojectLon(p, projectX(p, 8.61))).toBeCloseTo(8.61, 10);
		expect(unprojectLat(p, projectY(p, 51.93))).toBeCloseTo(51.93, 10);
	});
});
