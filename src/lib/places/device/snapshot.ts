/**
 * What the phone keeps to filter and search the map's places without a connection
 * (`/api/places/device`, cached by the service worker): every published place with the fields the
 * filters read and the search texts exactly as the database indexed them (lexemes with their
 * weights), the organisations, quarters and synonyms the search knows, and the opening hours as
 * intervals for the next two weeks (the opening-hours library stays on the server).
 */
import type { PlaceKind } from '../kinds';

/**
 * A tsvector: each lexeme (in the database's order) with the weights (A–D) of its positions in
 * order, which is what ts_rank reads.
 */
export type Lexemes = [lexeme: string, weights: string][];

/** The search columns of one row of place_search (published places). */
export interface SearchRow {
	id: string;
	lat: number;
	lon: number;
	quarter: string | null;
	orgId: string | null;
	/** German full text of title (A) and description (C), stemmed. */
	de: Lexemes;
	/** Translations and Leichte Sprache, unstemmed ('simple'). */
	i18n: Lexemes;
	/** Title and translated titles in lower case (parts of words, typos). */
	text: string;
}

export interface DevicePlace extends SearchRow {
	kind: PlaceKind;
	title: string;
	/** Translated titles by language, as stored (the list applies translatedTitle, the place page's rule). */
	titles: Record<string, string>;
	org: string | null;
	demo: boolean;
	wheelchair: 'yes' | 'limited' | 'no' | 'unknown';
	languages: string[];
	hours: string | null;
	workingTime: 'full_time' | 'part_time' | 'mini_job' | null;
	germanLevel: string | null;
	childcare: boolean | null;
	refugees: boolean | null;
	/** YYYY-MM-DD */
	startDate: string | null;
	cost: 'free' | 'reduced' | 'paid' | null;
	/** ISO instants */
	startsAt: string | null;
	endsAt: string | null;
	/** YYYY-MM-DD */
	validFrom: string | null;
	validThrough: string | null;
}

export interface DeviceSnapshot {
	version: 1;
	/** ISO instant the snapshot was made. */
	builtAt: string;
	/** The database's time zone: "valid today" is its current_date. */
	dbTimeZone: string;
	/** The places the public sees (published and valid when the snapshot was made). */
	places: DevicePlace[];
	/** Published places the public does not see yet (not valid today): only what the search reads. */
	hidden: SearchRow[];
	orgs: { id: string; name: string; lexemes: string[] }[];
	quarters: { id: string; name: string }[];
	synonyms: [group: string, term: string][];
	/**
	 * Open intervals of each opening-hours text, as wall-clock times of the region
	 * ('YYYY-MM-DDTHH:mm:ss', from inclusive, to exclusive), from the day before the snapshot
	 * to `hoursUntil`.
	 */
	hours: Record<string, [string, string][]>;
	hoursFrom: string;
	hoursUntil: string;
}
