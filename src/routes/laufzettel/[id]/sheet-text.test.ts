import { describe, expect, it } from 'vitest';
import type { ChainTrip } from '$lib/reach/coach-chains';
import type { ItineraryLeg } from '$lib/reach/itinerary';
import { messengerText, tripLines, type SheetPlace } from './sheet-text';
import { sketchTrip } from './sketch';

const H = 3600;
const stop = (s: number) => ({ kind: 'stop' as const, stop: s });
const ride = (from: number, to: number, dep: number, arr: number, line: string): ItineraryLeg => ({
	kind: 'ride',
	from: stop(from),
	to: stop(to),
	route: 0,
	routeName: line,
	routeType: 3,
	headsign: 'Endstation',
	stopsRidden: 3,
	trip: 0,
	departure: dep,
	arrival: arr
});
const walk = (
	from: ItineraryLeg['from'],
	to: ItineraryLeg['to'],
	dep: number,
	arr: number
): ItineraryLeg => ({
	kind: 'walk',
	from,
	to,
	departure: dep,
	arrival: arr
});

/** home → place by 8:00 with one change; back at 16:30 with no connection */
const trip: ChainTrip = {
	there: [
		{
			from: 'home',
			to: 'place',
			deadline: 8 * H,
			itinerary: {
				departure: 7 * H,
				arrival: 7.75 * H,
				vehicles: 2,
				legs: [
					walk({ kind: 'origin' }, stop(1), 7 * H, 7 * H + 360),
					ride(1, 2, 7.2 * H, 7.4 * H, 'Bus 31'),
					ride(2, 3, 7.5 * H, 7.7 * H, 'Tram 4'),
					walk(stop(3), { kind: 'target' }, 7.7 * H, 7.75 * H)
				]
			},
			next: { departure: 7.25 * H, arrival: 8.1 * H, vehicles: 1, legs: [] }
		}
	],
	back: [{ from: 'place', to: 'home' }],
	stopNames: { 1: 'Am Markt', 2: 'Hauptbahnhof', 3: 'Werkstraße' },
	stopPoints: { 1: [8.58, 51.94], 2: [8.55, 52.0], 3: [8.5, 52.03] }
};
const names = { home: 'zu Hause', kita: 'Kita', place: 'Lager Nord' };
const place: SheetPlace = {
	title: 'Lager Nord',
	organisation: 'Muster GmbH',
	address: 'Werkstraße 1',
	phone: '0521 123',
	email: null,
	website: null,
	howToApply: 'Lebenslauf per Post',
	shift: '08:00–16:30'
};

describe('route sheet texts', () => {
	it('both ways step by step in German, with the change, the latest and the next departure', () => {
		const lines = tripLines(trip, names, 'de');
		const [there] = lines.there;
		expect(there.when).toBe('Spätestens los um 07:00, an 07:45 (Beginn 08:00)');
		expect(there.steps).toHaveLength(5);
		expect(there.steps[0]).toBe('07:00 6 min zu Fuß bis Am Markt');
		expect(there.steps[2]).toBe('umsteigen in Hauptbahnhof');
		expect(there.steps[4]).toContain('Lager Nord');
		expect(there.next).toContain('07:15');
		expect(lines.back[0].when).toBe('Keine Verbindung gefunden');
		const text = messengerText(place, lines, 'de');
		expect(text).toContain('Lager Nord – Muster GmbH');
		expect(text).toContain('Kontakt: 0521 123');
		expect(text).toContain('So bewerben Sie sich: Lebenslauf per Post');
		expect(text).toMatch(/Hinweg\n.*\n– 07:00 6 min zu Fuß/);
	});

	it('in the client’s language, whatever the page’s language is', () => {
		const lines = tripLines(trip, { ...names, home: 'المنزل' }, 'ar');
		expect(lines.there[0].when).toContain('07:45');
		expect(lines.there[0].when).not.toContain('Spätestens');
		expect(lines.there[0].steps[0]).toContain('مشياً');
		// timetable names kept apart from the Arabic around them (FSI … PDI), German left as it is
		expect(lines.there[0].steps[0]).toContain('\u2068Am Markt\u2069');
		expect(lines.there[0].steps[2]).toContain('\u2068Hauptbahnhof\u2069');
		expect(tripLines(trip, names, 'de').there[0].steps.join('')).not.toMatch(/[\u2068\u2069]/);
		const text = messengerText(place, lines, 'ar');
		expect(text).toContain('طريقة التقديم');
		expect(text).not.toContain('Hinweg');
	});

	it('draws the sketch inside its box and prints no coordinate of the home', () => {
		const home = { lon: 8.58713, lat: 51.94562 };
		const s = sketchTrip(trip, { home, kita: null, place: { lon: 8.49, lat: 52.031 } });
		expect(s.lines.map((l) => l.kind)).toEqual(['walk', 'ride', 'ride', 'walk']);
		expect(s.marks.filter((x) => x.kind === 'stop')).toHaveLength(3);
		for (const mk of s.marks) {
			expect(mk.x).toBeGreaterThanOrEqual(0);
			expect(mk.x).toBeLessThanOrEqual(s.width);
			expect(mk.y).toBeGreaterThanOrEqual(0);
			expect(mk.y).toBeLessThanOrEqual(s.height);
		}
		const svgText = JSON.stringify(s);
		for (const needle of ['51.945', '8.587', '8.58']) expect(svgText).not.toContain(needle);
	});
});
