import type { PlaceKind, WHEELCHAIR_ACCESS } from './kinds';

/**
 * One place as the map and every list show it: the app's one place type. The server builds it
 * from a `map_places` row (server/places: toPlace, with the title in the reader's language); the
 * reachability view gets exactly this, the map page the extension below, a list line a Pick.
 */
export interface Place {
	id: string;
	kind: PlaceKind;
	title: string;
	/** Language of `title` (a translation or the German original). */
	lang: string;
	lon: number;
	lat: number;
	/** The programme area's id, or null outside the areas. */
	quarter: string | null;
	/** The organisation's name. */
	org: string | null;
	demo: boolean;
}

/** The map page's place: what its list and filters add (open now or at, wheelchair, start). */
export interface PlaceOnMap extends Place {
	/** Open at the chosen time (or now): true / false, null = unknown. */
	open: boolean | null;
	wheelchair: (typeof WHEELCHAIR_ACCESS)[number];
	/** An event's start (ISO), else null. */
	startsAt: string | null;
}

/** What a list line shows of a place (PlaceItem, the reachability list): any Place fits. */
export type PlaceLine = Pick<Place, 'id' | 'kind' | 'title' | 'org'> & Partial<Pick<Place, 'lang'>>;
