/**
 * The map page's view state: where the map looks, what is in view, the selected place, how much
 * of the sheet and the list is open. It starts from the URL as the server parsed it with zod
 * (`parseMapQuery` in $lib/places/url-parse.ts: a bad value is dropped and named, never thrown)
 * and writes itself back into the URL (`params`), so a link opens the same view. Zod stays on the
 * server on purpose: the map page is the phone's first page and ships no schema library.
 */
import type { MapMove } from '$lib/map/MapView.svelte';
import { PLACE_KINDS } from '$lib/places/kinds';
import { formatView, toQueryString, type MapQuery, type MapView } from '$lib/places/url-state';

export const PAGE_SIZE = 50;

type Bbox = [number, number, number, number];

/**
 * Places of every kind taking turns (one of each kind, then the next of each …), each kind in
 * the server's order: a first look at the list shows a bit of everything instead of 40 employers.
 */
export function mixKinds<T extends { kind: string }>(places: T[]): T[] {
	// A throw-away grouping inside one call, not state: nothing reacts to it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const byKind = new Map<string, T[]>();
	for (const p of places) {
		const list = byKind.get(p.kind);
		if (list) list.push(p);
		else byKind.set(p.kind, [p]);
	}
	const order = [
		...PLACE_KINDS,
		...[...byKind.keys()].filter((k) => !PLACE_KINDS.includes(k as never))
	];
	const lists = order.map((k) => byKind.get(k) ?? []);
	const out: T[] = [];
	for (let i = 0; out.length < places.length; i++)
		for (const list of lists) if (i < list.length) out.push(list[i]);
	return out;
}

/**
 * What the map shows, nearest to its centre first once the map moved; before that every kind
 * takes turns (mixKinds); everything before the map reports a view.
 */
export function placesInView<T extends { lon: number; lat: number; kind: string }>(
	places: T[],
	bounds: Bbox | null,
	centre: { lon: number; lat: number } | null
): T[] {
	if (!bounds) return mixKinds(places);
	const [w, s, e, n] = bounds;
	const inside = places.filter((p) => p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n);
	if (!centre) return mixKinds(inside);
	const k = Math.cos((centre.lat * Math.PI) / 180);
	return inside
		.map((p) => ({ p, d: ((p.lon - centre.lon) * k) ** 2 + (p.lat - centre.lat) ** 2 }))
		.sort((a, b) => a.d - b.d)
		.map(({ p }) => p);
}

export class MapPageState {
	/** The map's centre after it was moved (or opened from a link with a view). */
	centre = $state<MapView | null>(null);
	/** West, south, east, north of what the map shows; null before the map reports. */
	inView = $state<Bbox | null>(null);
	selectedId = $state<string | null>(null);
	/** The bottom sheet takes most of a phone's height. */
	expanded = $state(false);
	/** Rows of the list shown. */
	shown = $state(PAGE_SIZE);
	/** The list keeps the server's order until the map is moved (the first view shows every place). */
	#moved = false;

	constructor(query: MapQuery) {
		this.selectedId = query.place ?? null;
	}

	/** The view to carry along when the filters change: the map's, else the link's. */
	view(query: MapQuery): MapView | undefined {
		return this.centre ?? query.view;
	}

	/** The URL's parameters with this view and selection in them (the filters as they are). */
	params(current: URLSearchParams): URLSearchParams {
		// A throw-away copy to build a URL from, not state: nothing reacts to it.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const params = new URLSearchParams(current);
		if (this.centre) params.set('map', formatView(this.centre));
		if (this.selectedId) params.set('place', this.selectedId);
		else params.delete('place');
		return params;
	}

	/** `?…` for `params`, readable. */
	search(current: URLSearchParams): string {
		return `?${toQueryString(this.params(current))}`;
	}

	/**
	 * The map moved. Its first view (fitted to all places) leaves the list as it is: no re-sort, no
	 * shift. From a link with a view, or after any move, the list follows the map's centre.
	 * Returns whether the URL should follow.
	 */
	move(move: MapMove, linkedView: boolean): boolean {
		this.inView = move.bounds;
		const first = !this.#moved;
		this.#moved = true;
		if (first && !linkedView) return false;
		this.centre = move.view;
		this.shown = PAGE_SIZE;
		return true;
	}

	/** New filters: a new list from its top, nothing selected. */
	resetList() {
		this.selectedId = null;
		this.shown = PAGE_SIZE;
	}
}
