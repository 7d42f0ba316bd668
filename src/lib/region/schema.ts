import { z } from 'zod';

/**
 * The shape of `regions/<id>/region.json`: everything that makes the app about one city. A region
 * is configuration, not code; this schema is the contract (checked when the module loads, so a
 * broken file fails the build and every test instead of showing a wrong map).
 */

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
/** West, south, east, north (degrees, WGS 84). */
export const bboxSchema = z
	.tuple([lon, lat, lon, lat])
	.refine(([w, s, e, n]) => w < e && s < n, { message: 'bbox must be west, south, east, north' });
const point = z.object({ lat, lon });
/** A text in German, optionally with translations into the UI languages. */
const localizedText = z.union([
	z.string().min(1),
	z
		.object({ de: z.string().min(1) })
		.catchall(z.string().min(1))
		.refine((t) => Object.keys(t).every((k) => /^[a-z]{2}$/.test(k)), {
			message: 'keys are two-letter language codes'
		})
]);
export type LocalizedText = z.infer<typeof localizedText>;

export const regionSchema = z.object({
	id: z.string().regex(/^[a-z][a-z0-9-]*$/),
	name: z.string().min(1),
	/** ISO 3166-1 alpha-2. */
	country: z.string().regex(/^[A-Z]{2}$/),
	state: z.string().min(1),
	/** For postal addresses (JSON-LD addressRegion). */
	stateShort: z.string().min(1),
	/** IANA time zone: every wall-clock time in the app (forms, opening hours, exports) is here. */
	timeZone: z.string().refine(
		(tz) => {
			try {
				new Intl.DateTimeFormat('en', { timeZone: tz });
				return /^[A-Za-z_]+(\/[A-Za-z_+-]+)+$/.test(tz);
			} catch {
				return false;
			}
		},
		{ message: 'unknown time zone' }
	),
	/** Location and holiday region for the opening_hours library (public holidays, sunrise). */
	openingHours: z.object({
		lat,
		lon,
		countryCode: z.string().regex(/^[a-z]{2}$/),
		state: z.string()
	}),
	centre: point,
	/** The programme's area with a margin: the map's default extent and the exports' extent. */
	programmeBbox: bboxSchema,
	/** The city with a margin: a business pin outside is refused. */
	cityBbox: bboxSchema,
	/** Generous bounds for a reachability origin in a link; anything outside is ignored. */
	originBounds: bboxSchema,
	/** Stops offered as location suggestions. */
	suggestionBbox: bboxSchema,
	/** Static GeoJSON files (under static/) with the boundaries. */
	boundaries: z.object({
		outline: z.string().startsWith('/'),
		districts: z.string().startsWith('/'),
		areas: z.string().startsWith('/')
	}),
	/** The programme areas (quarters); `approximate`: drawn, not an official boundary. */
	areas: z
		.array(
			z.object({
				id: z.string().regex(/^[a-z][a-z0-9-]*$/),
				name: z.string().min(1),
				bbox: bboxSchema,
				approximate: z.boolean()
			})
		)
		.min(1),
	/** The languages the language menu offers, in this order (each one the app is translated to). */
	defaultLanguages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
	/** 'HH:MM' local time: the reachability view's departure time until someone changes it. */
	defaultDepartureTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
	/** A well-known stop name for the origin search's placeholder ("e.g. …"). */
	exampleStop: z.string().min(1),
	/**
	 * A postcode of the region as a regular expression (no anchors, no groups): the export finds the
	 * postcode in an address with it and strips ", <postcode> <city>" from the street line.
	 */
	postcode: z.string().refine(
		(p) => {
			try {
				return !new RegExp(p).test('') && !/[()^$]/.test(p);
			} catch {
				return false;
			}
		},
		{ message: 'a regular expression without anchors or groups that matches a postcode' }
	),
	/** The Bundesagentur für Arbeit's job search: place (`wo`) and radius (`umkreis`, km). */
	jobSearch: z.object({ place: z.string().min(1), radiusKm: z.number().int().min(1).max(200) }),
	/**
	 * Credits the reader sees (the map's (i), the page footer): German, and per UI language a
	 * translation (`{ "de": …, "en": …, … }`; a plain string is German only). `export` names the
	 * dataset in the open-data files and stays one string.
	 */
	attribution: z.object({
		map: localizedText,
		footer: localizedText,
		export: z.string().min(1)
	}),
	/**
	 * The region's own basemap (`npm run data:basemap`): a PMTiles archive under static/ and the
	 * attribution of its data (German, or per UI language as the credits above; the archive's own
	 * metadata keeps the German one). Without it the map draws only our GeoJSON layers.
	 */
	basemap: z
		.object({
			url: z.string().regex(/^\/basemap\/[a-z0-9.-]+\.pmtiles$/),
			attribution: localizedText
		})
		.optional(),
	dataLicences: z.array(z.object({ layer: z.string(), licence: z.string(), url: z.url() }))
});

export type Region = z.infer<typeof regionSchema>;
export type Bbox = z.infer<typeof bboxSchema>;

/** Validates a region file; throws with the file's problems (vite.config.ts and the tests). */
export function validateRegion(id: string, raw: unknown): Region {
	const parsed = regionSchema.safeParse(raw);
	if (!parsed.success) {
		throw new Error(`regions/${id}/region.json is invalid: ${z.prettifyError(parsed.error)}`);
	}
	if (parsed.data.id !== id) throw new Error(`regions/${id}/region.json has id ${parsed.data.id}`);
	return parsed.data;
}
