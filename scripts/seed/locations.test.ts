import { describe, expect, it } from 'vitest';
import { bielefeld } from './bielefeld.ts';
import { distanceM, drawnArea, isInside, offsetM, type LonLat } from './geometry.ts';
import { DemoLocations } from './locations.ts';
import type { Quarter } from './quarters.ts';
import { SeededRandom } from './random.ts';

const centre: LonLat = [8.5668, 52.0064];
const city = drawnArea(
	centre,
	[
		[-5000, 5000],
		[5000, 5000],
		[5000, -5000],
		[-5000, -5000]
	],
	10_000
);
const square = drawnArea(
	centre,
	[
		[-600, 600],
		[600, 600],
		[600, -600],
		[-600, -600]
	],
	144
);
const quarter: Quarter = {
	...bielefeld.quarters[1],
	area: square,
	approximate: true
};
const stops = [
	{ id: '1', name: 'Sieker Greifswalder Straße, Bielefeld', products: [], at: centre },
	{ id: '2', name: 'Stralsunder Straße, Bielefeld', products: [], at: offsetM(centre, 300, 200) },
	{ id: '3', name: 'Stralsunder Straße, Bielefeld', products: [], at: offsetM(centre, 310, 200) },
	{ id: '4', name: 'Draußen, Bielefeld', products: [], at: offsetM(centre, 1200, 0) }
];
const locations = () => new DemoLocations(new SeededRandom(5), bielefeld, [quarter], city, stops);

describe('DemoLocations', () => {
	it('puts places 30–250 m from a stop, inside the quarter, never within 12 m of another', () => {
		const l = locations();
		const spots = Array.from({ length: 40 }, () => l.near(quarter.id));
		for (const [i, s] of spots.entries()) {
			expect(isInside(s.at, square)).toBe(true);
			const d = distanceM(s.at, s.stop.at);
			expect(d).toBeGreaterThan(29.5);
			expect(d).toBeLessThan(250.5);
			for (const other of spots.slice(i + 1))
				expect(distanceM(s.at, other.at)).toBeGreaterThanOrEqual(12);
		}
		// One candidate per stop name: the second platform of Stralsunder Straße is not another stop.
		expect(new Set(spots.map((s) => s.stop.name)).size).toBe(2);
	});

	it('puts places just outside the quarter at stops outside it', () => {
		const l = locations();
		const s = l.near(quarter.id, { outside: true });
		expect(s.stop.name).toBe('Draußen, Bielefeld');
		expect(l.quarterOf(s.at)).toBeNull();
	});

	it('puts a place at a named stop, and says so when the stop does not exist', () => {
		const l = locations();
		expect(l.near(quarter.id, { nearStop: 'Greifswalder', maxM: 120 }).stop.at).toEqual(centre);
		expect(() => l.near(quarter.id, { nearStop: 'Jahnplatz' })).toThrow(/Jahnplatz/);
	});

	it('reads the street from a stop name, or none', () => {
		const l = locations();
		expect(l.streetOfStop('Sennestadt Travestraße, Bielefeld')).toBe('Travestraße');
		expect(l.streetOfStop('Sieker Greifswalder Str., Bielefeld')).toBe('Greifswalder Straße');
		expect(l.streetOfStop('Heepen Am Wellbach, Bielefeld')).toBe('Am Wellbach');
		expect(l.streetOfStop('Heepen Rabenhof, Bielefeld')).toBe('Rabenhof');
		expect(l.streetOfStop('Jahnplatz, Bielefeld')).toBe('Jahnplatz');
		expect(l.streetOfStop('Hauptbahnhof, Bielefeld')).toBeNull();
		expect(l.streetOfStop('Sieker Schule/Kirche, Bielefeld')).toBeNull();
	});

	it('writes addresses with the quarter postcode, or the surroundings one outside', () => {
		const l = locations();
		const stop = { name: 'Stralsunder Straße, Bielefeld', at: centre, weight: 1 };
		expect(l.address(quarter.id, stop, 'Gerstenkamp').address).toMatch(
			/^Gerstenkamp \d+, 33605 Bielefeld$/
		);
		const outside = offsetM(centre, 2000, 0);
		expect(l.address(quarter.id, stop, null, outside).address).toMatch(/, 33604 Bielefeld$/);
		expect(l.address(quarter.id, stop, 'Sieker Mitte').address).toMatch(
			/^Sieker Mitte ([1-9]|1[0-2]),/
		);
	});
});
