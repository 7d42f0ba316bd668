import { describe, expect, it } from 'vitest';
import { MapPageState, PAGE_SIZE, mixKinds, placesInView } from './map-page-state.svelte';

const at = (id: string, lon: number, lat: number) => ({ id, lon, lat, kind: 'employer' });
const places = [at('far', 8.6, 52.0), at('near', 8.51, 52.01), at('out', 9.5, 52.0)];

describe('placesInView', () => {
	it('keeps the given order before the map reports a view', () => {
		expect(placesInView(places, null, null).map((p) => p.id)).toEqual(['far', 'near', 'out']);
	});

	it('drops what is outside and sorts by distance to the centre', () => {
		const bounds: [number, number, number, number] = [8.4, 51.9, 8.7, 52.1];
		expect(placesInView(places, bounds, null).map((p) => p.id)).toEqual(['far', 'near']);
		expect(placesInView(places, bounds, { lon: 8.5, lat: 52 }).map((p) => p.id)).toEqual([
			'near',
			'far'
		]);
	});
});

describe('mixKinds', () => {
	it('lets every kind take turns, each in its own order (issue 13: not 40 employers first)', () => {
		const rows = ['e1', 'e2', 'e3', 'v1', 'v2', 's1'].map((id) => ({
			id,
			kind: { e: 'employer', v: 'vacancy', s: 'support_service' }[id[0]]!
		}));
		expect(mixKinds(rows).map((p) => p.id)).toEqual(['v1', 'e1', 's1', 'v2', 'e2', 'e3']);
	});
});

describe('MapPageState', () => {
	const move = {
		bounds: [8.4, 51.9, 8.7, 52.1] as [number, number, number, number],
		view: { lon: 8.5, lat: 52, zoom: 13 }
	};

	it('leaves the list and the URL alone on the map’s first fitted view', () => {
		const state = new MapPageState({ filters: {} });
		state.shown = 150;
		expect(state.move(move, false)).toBe(false);
		expect(state.centre).toBeNull();
		expect(state.shown).toBe(150);
		expect(state.move(move, false)).toBe(true);
		expect(state.centre).toEqual(move.view);
		expect(state.shown).toBe(PAGE_SIZE);
	});

	it('follows a linked view from the first move, and writes view and selection into the URL', () => {
		const place = '0b6f1a4e-7c1d-4f55-9a43-2a7f5d1c9e10';
		const state = new MapPageState({ filters: {}, place });
		expect(state.move(move, true)).toBe(true);
		expect(state.search(new URLSearchParams('kinds=vacancy,event'))).toBe(
			`?kinds=vacancy,event&map=13/52.00000/8.50000&place=${place}`
		);
		state.resetList();
		expect(state.params(new URLSearchParams(`place=${place}`)).has('place')).toBe(false);
	});
});
