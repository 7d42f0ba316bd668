/**
 * What the seed needs to know about a region: everything that names a city comes in through one
 * `SeedRegion` (the quarters and their boundaries, the open-data files, the programme area), so
 * the generator itself names no street, stop or quarter.
 */
import type { LonLat } from './geometry.ts';

export type BBox = [west: number, south: number, east: number, north: number];

export interface SeedRegion {
	id: string;
	/** The city outline's properties in regions/<id>/static/data/city-outline.geojson; `name` ends addresses. */
	city: { name: string; ags: string };
	/** IANA time zone of the catalogue's local times (events). */
	timeZone: string;
	/** Open-data files, relative to the shared data folder (formats: see open-data.ts). */
	files: {
		/** Administrative districts (GeoJSON polygons with `name` and `stadtbezirk_nr_official`). */
		districts: string;
		/** The city outline (GeoJSON, first feature). */
		outline: string;
		/** Public-transport stops (db-hafas-stations GeoJSON). */
		stops: string;
		/** Schools (the NRW school list as GeoJSON). */
		schools: string;
	};
	/** The programme area (the map's first view): every demo place must lie inside. */
	bbox: BBox;
	/** In this order: the catalogue's "every quarter" lists are generated quarter by quarter. */
	quarters: QuarterInput[];
	/** Place names a stop's name starts with ("Sennestadt Travestraße" names Travestraße). */
	stopPlacePrefixes: string[];
	/** Stop names that are a street or square although they do not end like one. */
	stopStreetNames: string[];
	/** Squares: their house numbers stay below 13. */
	squares: string[];
	/** One line per shipped open-data layer, for regions/<id>/static/data/ATTRIBUTION.json. */
	attribution: Attribution[];
	/** The licence notice at the top of regions/<id>/seed.sql, as comment lines (words, no `--`). */
	seedNotice: string[];
}

export interface Attribution {
	layer: string;
	text: string;
	licence: string;
	url: string;
}

export interface QuarterInput {
	id: string;
	name: string;
	/** The name in texts ("Sprachcafé Sieker"). */
	short: string;
	postcode: string;
	/** Streets for addresses when a stop's name names none. */
	streets: string[];
	center: LonLat;
	/** An official district by its name, or a drawn approximation (offsets in metres, clockwise). */
	boundary: { district: string } | { drawn: { offsetsM: [number, number][]; areaHa: number } };
	/** Where the boundary comes from (stored with the quarter). */
	source: string;
	/** The stop at the quarter's centre (its office, the central services). */
	centralStop: string;
	/**
	 * For a quarter as large as a district: only stops within `withinM` of the centre, weighted
	 * 1 / (1 + d / halfWeightM), so places gather near the centre. Without it every stop in the
	 * quarter is as likely as any other.
	 */
	stopsNearCentre?: { withinM: number; halfWeightM: number };
	/** Postcode and streets around the quarter, for places just outside it. */
	surroundings: { postcode: string; streets: string[] };
}
