/**
 * A coach's client as one schema: what the coach page keeps on the device
 * (`routes/beratung/client-profiles.svelte.ts`) and what a profile link carries
 * (`profile-link.ts`). The types are read off the schema, so the two cannot drift apart.
 * Parsing is lenient field by field: a bad field falls back to its default, the rest stays.
 */
import * as z from 'zod/mini';
import { GERMAN_LEVELS, WORKING_TIMES } from '$lib/places/kinds';
import { parseClock } from '$lib/reach/view/origin';

export const CLIENT_MODES = ['walk', 'bike', 'transit'] as const;
export const SHIFTS = ['early', 'late', 'night', 'weekend'] as const;

/** A bad or missing value becomes null; the profile keeps the rest. */
const nullable = <T extends z.core.SomeType>(schema: T) => z.catch(z.nullable(schema), null);
/** "HH:MM"; '' when the place gives no hours (the coach enters them) */
const clock = z.catch(z.string().check(z.refine((s) => s === '' || parseClock(s) !== null)), '');
const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
	z.catch(z.array(z.enum(values)), []);

export const kitaSchema = z.object({
	/** a place id, or '' for a school from the open-data list or a link's position */
	id: z.string(),
	name: z.string(),
	lon: z.number(),
	lat: z.number(),
	// an unreadable time is left empty (the page asks for it), the Kita stays
	opens: clock,
	closes: clock
});

export const clientProfileSchema = z.object({
	pseudonym: z.string().check(z.minLength(1), z.maxLength(40)),
	// a home outside the region is kept (and the page says so): dropping it would lose it
	home: nullable(
		z
			.object({ lat: z.number(), lon: z.number(), name: z.catch(z.string(), '') })
			.check(z.refine((o) => Math.abs(o.lat) <= 90 && Math.abs(o.lon) <= 180))
	),
	modes: listOf(CLIENT_MODES),
	stepFree: z.catch(z.boolean(), false),
	kita: nullable(kitaSchema),
	workingTimes: listOf(WORKING_TIMES),
	shifts: listOf(SHIFTS),
	german: z.catch(z.enum(GERMAN_LEVELS), 'none'),
	languages: z.catch(z.array(z.string().check(z.regex(/^[a-z]{2}$/))), [])
});

export type Kita = z.infer<typeof kitaSchema>;
export type ClientProfile = z.infer<typeof clientProfileSchema>;
export type ClientMode = (typeof CLIENT_MODES)[number];
export type Shift = (typeof SHIFTS)[number];

/** A new client: she walks and takes the bus, nothing else known yet. */
export function emptyProfile(pseudonym: string): ClientProfile {
	return {
		pseudonym,
		home: null,
		modes: ['walk', 'transit'],
		stepFree: false,
		kita: null,
		workingTimes: [],
		shifts: [],
		german: 'none',
		languages: []
	};
}
