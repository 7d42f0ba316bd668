/**
 * The business area's enumerations, as the database defines them. Kept apart from the zod schemas
 * so that a page which only shows labels does not bring zod into its bundle.
 */
export { GERMAN_LEVELS, WORKING_TIMES } from '$lib/places/kinds';

export const SALARY_UNITS = ['hour', 'month', 'year'] as const;
export const EVENT_TYPES = [
	'company_visit',
	'internship',
	'job_fair',
	'workshop',
	'info',
	'other'
] as const;
export const SPACE_TYPES = ['shop', 'office', 'room', 'workshop', 'other'] as const;

/** What a business can enter; 'internship' is an event of type internship. */
export const ENTRY_TYPES = ['vacancy', 'internship', 'event', 'space'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/**
 * The place kinds a business edits as entries (private.business_entry_kind says the same to the
 * policies). A business's 'employer' place is its organisation, edited with the organisation;
 * support services, learning places and public spaces are kept by staff, also a carrier's.
 */
export const BUSINESS_ENTRY_KINDS = ['vacancy', 'vacant_space', 'event'] as const;
export function businessEditsKind(kind: string): boolean {
	return (BUSINESS_ENTRY_KINDS as readonly string[]).includes(kind);
}

/** What only staff enter (issue 15, item 0): places without a business behind them. */
export const STAFF_ONLY_ENTRY_TYPES = [
	'support_service',
	'learning_place',
	'public_space',
	'employer'
] as const;
/** Every entry type: a business's four and staff's own. */
export const ANY_ENTRY_TYPES = [...ENTRY_TYPES, ...STAFF_ONLY_ENTRY_TYPES] as const;
export type AnyEntryType = (typeof ANY_ENTRY_TYPES)[number];

/** public.place_status, plus 'expired' (published, past its valid_through). */
export const ENTRY_STATUSES = ['draft', 'pending', 'published', 'archived', 'expired'] as const;
/** public.moderation_decision. */
export const MODERATION_DECISIONS = [
	'submitted',
	'approved',
	'returned',
	'rejected',
	'withdrawn',
	'renewed',
	'confirmed',
	'unpublished'
] as const;

/**
 * Languages a business can say are spoken on site (ISO 639-1), the ones most asked for in the
 * quarters first; each is offered under its own name (Intl.DisplayNames in that language).
 */
export const SPOKEN_LANGUAGES = [
	'de',
	'en',
	'ar',
	'tr',
	'uk',
	'ru',
	'pl',
	'ro',
	'bg',
	'fa',
	'ku',
	'ti',
	'so',
	'sq',
	'sr',
	'hr',
	'bs',
	'el',
	'it',
	'es',
	'fr',
	'vi'
] as const;

/**
 * Access details as A11yJSON names them (entrance `isLevel`, restroom
 * `isAccessibleWithWheelchair`): yes, no or not known.
 */
export const ACCESS_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type AccessAnswer = (typeof ACCESS_ANSWERS)[number];
