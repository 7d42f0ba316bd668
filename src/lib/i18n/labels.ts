/**
 * Every enumeration's words, once: one record per enum that maps each value to its compiled
 * message (messages/{locale}.json). The records are typed by the enum's value list, so a value
 * added without a label does not compile; labels.test.ts checks the same against the zod schemas
 * and every language at run time.
 *
 * A label function takes any string (values come from the database too) and gives the value
 * itself back when it does not know it, rather than nothing.
 */
import { m } from './paraglide/messages';
import type { Locale } from './paraglide/runtime';
import { ROLES } from '$lib/auth/roles';
import {
	ACCESS_ANSWERS,
	ENTRY_STATUSES,
	ANY_ENTRY_TYPES,
	EVENT_TYPES,
	MODERATION_DECISIONS,
	SALARY_UNITS,
	SPACE_TYPES
} from '$lib/business/enums';
import {
	COST_KINDS,
	GERMAN_LEVELS,
	PLACE_KINDS,
	QUARTERS,
	WHEELCHAIR_ACCESS,
	WORKING_TIMES,
	type QuarterId
} from '$lib/places/kinds';
import type { REACH_MODES } from '$lib/reach/engine/types';
import type { IMPORT_STATES } from '$lib/staff/import-states';

/** A message without parameters: the current language, or another one through `{ locale }`. */
export type Label = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;
type Labels<T extends readonly string[]> = Record<T[number], Label>;

export const KIND_LABELS: Labels<typeof PLACE_KINDS> = {
	vacancy: m.kind_vacancy,
	employer: m.kind_employer,
	vacant_space: m.kind_vacant_space,
	support_service: m.kind_support_service,
	learning_place: m.kind_learning_place,
	event: m.kind_event,
	public_space: m.kind_public_space
};

/** Quarter names are proper names: the same in every language. */
export const QUARTER_LABELS = Object.fromEntries(
	QUARTERS.map((q) => [q.id, () => q.name])
) as Record<QuarterId, Label>;

export const WORKING_TIME_LABELS: Labels<typeof WORKING_TIMES> = {
	full_time: m.wt_full_time,
	part_time: m.wt_part_time,
	mini_job: m.wt_mini_job
};

export const GERMAN_LEVEL_LABELS: Labels<typeof GERMAN_LEVELS> = {
	none: m.german_level_none,
	A1: m.german_level_a1,
	A2: m.german_level_a2,
	B1: m.german_level_b1,
	B2: m.german_level_b2,
	C1: m.german_level_c1,
	C2: m.german_level_c2
};

export const SALARY_UNIT_LABELS: Labels<typeof SALARY_UNITS> = {
	hour: m.salary_unit_hour,
	month: m.salary_unit_month,
	year: m.salary_unit_year
};

export const EVENT_TYPE_LABELS: Labels<typeof EVENT_TYPES> = {
	company_visit: m.event_type_company_visit,
	internship: m.event_type_internship,
	job_fair: m.event_type_job_fair,
	workshop: m.event_type_workshop,
	info: m.event_type_info,
	other: m.event_type_other
};

export const SPACE_TYPE_LABELS: Labels<typeof SPACE_TYPES> = {
	shop: m.space_type_shop,
	office: m.space_type_office,
	room: m.space_type_room,
	workshop: m.space_type_workshop,
	other: m.space_type_other
};

export const WHEELCHAIR_LABELS: Labels<typeof WHEELCHAIR_ACCESS> = {
	yes: m.wheelchair_yes,
	limited: m.wheelchair_limited,
	no: m.wheelchair_no,
	unknown: m.wheelchair_unknown
};

/** Answers about step-free entrance and accessible toilet (business forms). */
export const ACCESS_ANSWER_LABELS: Labels<typeof ACCESS_ANSWERS> = {
	yes: m.form_access_yes,
	no: m.form_access_no,
	unknown: m.form_access_unknown
};

export const COST_LABELS: Labels<typeof COST_KINDS> = {
	free: m.cost_free,
	reduced: m.cost_reduced,
	paid: m.cost_paid
};

export const ENTRY_TYPE_LABELS: Labels<typeof ANY_ENTRY_TYPES> = {
	vacancy: m.entry_type_vacancy,
	internship: m.entry_type_internship,
	event: m.entry_type_event,
	space: m.entry_type_space,
	support_service: m.entry_type_support_service,
	learning_place: m.entry_type_learning_place,
	public_space: m.entry_type_public_space,
	employer: m.entry_type_employer
};

export const STATUS_LABELS: Labels<typeof ENTRY_STATUSES> = {
	draft: m.status_draft,
	pending: m.status_pending,
	published: m.status_published,
	archived: m.status_archived,
	expired: m.status_expired
};

export const DECISION_LABELS: Labels<typeof MODERATION_DECISIONS> = {
	submitted: m.decision_submitted,
	approved: m.decision_approved,
	returned: m.decision_returned,
	rejected: m.decision_rejected,
	withdrawn: m.decision_withdrawn,
	renewed: m.decision_renewed,
	confirmed: m.decision_confirmed,
	unpublished: m.decision_unpublished
};

export const ROLE_LABELS: Labels<typeof ROLES> = {
	business: m.role_business,
	coach: m.role_coach,
	staff: m.role_staff
};

export const REACH_MODE_LABELS: Labels<typeof REACH_MODES> = {
	walk: m.reach_mode_walk,
	wheelchair: m.reach_mode_wheelchair,
	bike: m.reach_mode_bike,
	transit: m.reach_mode_transit
};

export const IMPORT_STATE_LABELS: Labels<typeof IMPORT_STATES> = {
	previewed: m.staff_import_state_previewed,
	running: m.staff_import_state_running,
	committed: m.staff_import_state_committed,
	failed: m.staff_import_state_failed,
	discarded: m.staff_import_state_discarded
};

function labeller<T extends string>(labels: Record<T, Label>) {
	return (value: string, locale?: Locale): string =>
		Object.hasOwn(labels, value) ? labels[value as T]({}, locale ? { locale } : undefined) : value;
}

export const kindLabel = labeller(KIND_LABELS);
export const quarterLabel = labeller(QUARTER_LABELS);
export const workingTimeLabel = labeller(WORKING_TIME_LABELS);
export const germanLevelLabel = labeller(GERMAN_LEVEL_LABELS);
export const salaryUnitLabel = labeller(SALARY_UNIT_LABELS);
export const eventTypeLabel = labeller(EVENT_TYPE_LABELS);
export const spaceTypeLabel = labeller(SPACE_TYPE_LABELS);
export const wheelchairLabel = labeller(WHEELCHAIR_LABELS);
export const costLabel = labeller(COST_LABELS);
export const entryTypeLabel = labeller(ENTRY_TYPE_LABELS);
export const statusLabel = labeller(STATUS_LABELS);
export const decisionLabel = labeller(DECISION_LABELS);
/** A role's name; mails, which stay German, pass 'de'. */
export const roleLabel = labeller(ROLE_LABELS);
export const reachModeLabel = labeller(REACH_MODE_LABELS);
export const importStateLabel = labeller(IMPORT_STATE_LABELS);

/** value → label in the current language, in the enum's order: the options of a select. */
export function labelOptions<T extends string>(labels: Record<T, Label>): Record<T, string> {
	return Object.fromEntries(
		Object.entries<Label>(labels).map(([value, label]) => [value, label()])
	) as Record<T, string>;
}
