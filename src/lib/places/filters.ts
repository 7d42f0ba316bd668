import { z } from 'zod';
import { GERMAN_LEVELS, PLACE_KINDS, QUARTER_IDS, WORKING_TIMES } from './kinds';

const csv = <T extends z.ZodType<string, string>>(item: T) =>
	z
		.string()
		.max(500)
		.transform((s) => s.split(',').filter(Boolean))
		.pipe(z.array(item).max(20));

const bool = z.enum(['1', 'true', '0', 'false']).transform((v) => v === '1' || v === 'true');

export const bboxSchema = z
	.string()
	.max(100)
	.transform((s) => s.split(',').map(Number))
	.pipe(
		z.tuple([
			z.number().min(-180).max(180),
			z.number().min(-90).max(90),
			z.number().min(-180).max(180),
			z.number().min(-90).max(90)
		])
	)
	.refine(([w, s, e, n]) => w < e && s < n, 'bbox must be west,south,east,north with west < east');

/** The filters a URL may carry. Each is optional; unknown values are an error at the API. */
export const placeFilterSchema = z.object({
	kinds: csv(z.enum(PLACE_KINDS)).optional(),
	quarters: csv(z.enum(QUARTER_IDS)).optional(),
	q: z.string().trim().max(100).optional(),
	working_time: csv(z.enum(WORKING_TIMES)).optional(),
	german_level_max: z.enum(GERMAN_LEVELS).optional(),
	childcare_friendly: bool.optional(),
	suitable_for_refugees: bool.optional(),
	start_by: z.iso.date().optional(),
	wheelchair: bool.optional(),
	languages: csv(z.string().regex(/^[a-z]{2}$/)).optional(),
	free_only: bool.optional(),
	event_from: z.iso.date().optional(),
	event_to: z.iso.date().optional()
});

export type PlaceFilters = z.infer<typeof placeFilterSchema> & {
	/**
	 * Set by the server, never from a URL: the opening_hours texts that are open at the chosen
	 * time ("open now / open at"); an empty list means none is open.
	 */
	open_hours?: string[];
	/**
	 * Set by the server, never from a URL: show places of these statuses (RLS still applies).
	 * Unset: what the public sees, for every caller (published and valid today).
	 */
	statuses?: ('draft' | 'pending' | 'published' | 'archived')[];
};

/**
 * Drops empty values so the SQL function sees only the filters that are set (an empty
 * `open_hours` stays: nothing is open then).
 */
export function filtersToJson(filters: PlaceFilters): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(filters).filter(
			([k, v]) =>
				v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0 && k !== 'open_hours')
		)
	);
}
