import type { Session } from '../db';

/**
 * Staff moderation. Runs under the staff member's own claims: the RLS policies let staff publish;
 * nothing here runs as a superuser.
 */
export async function pendingEntries(db: Session) {
	return db.query<{
		id: string;
		kind: string;
		title: string;
		organisation_name: string | null;
		updated_at: string;
		submitted_at: string | null;
	}>(
		`select p.id, p.kind, p.title, o.name as organisation_name, p.updated_at::text,
		        (select max(e.created_at)::text from public.moderation_events e
		          where e.place_id = p.id and e.decision = 'submitted') as submitted_at
		   from public.places p left join public.organisations o on o.id = p.organisation_id
		  where p.status = 'pending' and private.is_staff()
		  order by p.updated_at`
	);
}

/** One line of an entry's history, with the person's name where staff may read it. */
export interface AuditLine {
	at: string;
	actor: string | null;
	actor_name: string | null;
	actor_roles: string[] | null;
	table_name: string;
	action: string;
	changed_columns: string[];
	old_status: string | null;
	new_status: string | null;
	decision: string | null;
	comment: string | null;
	/** A line the system wrote (20261204100000_history_message_keys.sql), worded by history.ts. */
	message_key: string | null;
	message_params: Record<string, unknown> | null;
}

/**
 * The history of an entry: its own rows, its detail rows, its photos and its moderation
 * decisions, newest first, with the actor's display name (profiles; staff read every profile).
 */
export async function auditTrail(db: Session, placeId: string) {
	return db.query<AuditLine>(
		`select a.at::text, a.actor::text, nullif(p.display_name, '') as actor_name,
		        (select array_agg(r) from jsonb_array_elements_text(
		           case jsonb_typeof(a.actor_roles) when 'array' then a.actor_roles else '[]' end) r) as actor_roles,
		        a.table_name, a.action, a.changed_columns,
		        a.old_values ->> 'status' as old_status, a.new_values ->> 'status' as new_status,
		        case when a.table_name = 'moderation_events' then a.new_values ->> 'decision' end as decision,
		        case when a.table_name = 'moderation_events' then a.new_values ->> 'comment' end as comment,
		        case when a.table_name = 'moderation_events' then a.new_values ->> 'message_key' end as message_key,
		        case when a.table_name = 'moderation_events' then a.new_values -> 'message_params' end as message_params
		   from public.audit_log a
		   left join public.profiles p on p.id = a.actor
		  where a.row_id = $1::text
		     or (a.table_name in ('moderation_events', 'media', 'vacancy_details', 'space_details',
		                          'service_details', 'event_details')
		         and coalesce(a.new_values, a.old_values) ->> 'place_id' = $1::text)
		  order by a.at desc, a.id desc limit 100`,
		[placeId]
	);
}

/** The photos of an entry (ids for /medien/[id]), oldest first. */
export async function placePhotos(db: Session, placeId: string): Promise<string[]> {
	const rows = await db.query<{ id: string }>(
		`select id::text from public.media where place_id = $1 and purpose = 'photo' order by created_at`,
		[placeId]
	);
	return rows.map((r) => r.id);
}

/**
 * The outline of the entry's quarter as rings of [lon, lat] (the moderator's small locator map),
 * or null when the pin lies in no quarter.
 */
export async function quarterOutline(db: Session, quarterId: string | null) {
	if (!quarterId) return null;
	const [row] = await db.query<{ geojson: string }>(
		`select extensions.st_asgeojson(extensions.st_simplify(boundary, 0.0002), 5) as geojson
		   from public.quarters where id = $1`,
		[quarterId]
	);
	if (!row) return null;
	const g = JSON.parse(row.geojson) as
		| { type: 'Polygon'; coordinates: number[][][] }
		| { type: 'MultiPolygon'; coordinates: number[][][][] };
	return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

export type Decision = 'approved' | 'returned' | 'rejected';

const NEXT_STATUS: Record<Decision, string> = {
	approved: 'published',
	returned: 'draft',
	rejected: 'archived'
};

/** Applies a decision to a pending entry; false when it is not pending (or the caller is not staff). */
export async function decide(
	db: Session,
	placeId: string,
	decision: Decision,
	comment: string
): Promise<boolean> {
	return db.tx(async (q) => {
		const rows = await q.query(
			`update public.places
			    set status = $2::place_status,
			        valid_through = case when $2 = 'published' then coalesce(valid_through, current_date + 60)
			                             else valid_through end
			  where id = $1 and status = 'pending' returning id`,
			[placeId, NEXT_STATUS[decision]]
		);
		if (rows.length === 0) return false;
		await q.query(
			`insert into public.moderation_events (place_id, decision, comment, actor)
			 values ($1, $2::moderation_decision, nullif($3, ''), auth.uid())`,
			[placeId, decision, comment]
		);
		return true;
	});
}

/** A value of a diff row: what the database holds, as JSON. */
export type DiffValue = string | number | boolean | null | object;

export interface OrganisationChange {
	id: string;
	organisation_id: string;
	organisation_name: string;
	created_at: string;
	fields: FieldChange[];
}

/** A map point (WGS84). */
export interface MapPoint {
	lat: number;
	lon: number;
}

export interface FieldChange<V = DiffValue> {
	field: string;
	before: V;
	after: V;
}

function pointOf(row: Record<string, unknown>): MapPoint | null {
	const { lat, lon } = row;
	return typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : null;
}

/**
 * A change's `lon` and `lat` rows as one "location" row whose values are map points, taken from
 * the whole rows before and after: a moved pin is one change, not two columns of bare numbers.
 */
export function withLocation(
	fields: FieldChange[],
	previous: Record<string, unknown>,
	proposed: Record<string, unknown>
): FieldChange[] {
	const at = fields.findIndex((f) => f.field === 'lon' || f.field === 'lat');
	if (at < 0) return fields;
	const out = fields.filter((f) => f.field !== 'lon' && f.field !== 'lat');
	out.splice(at, 0, { field: 'location', before: pointOf(previous), after: pointOf(proposed) });
	return out;
}

/**
 * Pending changes of organisations (20261201201100_organisation_changes.sql): the public columns
 * as they are live and as the business proposed them, only the ones that differ.
 */
export async function pendingOrganisationChanges(db: Session): Promise<OrganisationChange[]> {
	const rows = await db.query<{
		id: string;
		organisation_id: string;
		organisation_name: string;
		created_at: string;
		previous: Record<string, DiffValue>;
		proposed: Record<string, DiffValue>;
	}>(
		`select c.id, c.organisation_id, o.name as organisation_name, c.created_at::text, c.previous, c.proposed
		   from public.organisation_changes c join public.organisations o on o.id = c.organisation_id
		  where c.status = 'pending' and private.is_staff()
		  order by c.created_at`
	);
	return rows.map(({ previous, proposed, ...row }) => ({
		...row,
		fields: withLocation(
			Object.keys(proposed)
				.filter((k) => JSON.stringify(previous[k] ?? null) !== JSON.stringify(proposed[k] ?? null))
				.map((field) => ({
					field,
					before: previous[field] ?? null,
					after: proposed[field] ?? null
				})),
			previous,
			proposed
		)
	}));
}

/** Approves or rejects a pending organisation change; false when it was decided meanwhile. */
export async function decideOrganisationChange(
	db: Session,
	id: string,
	approve: boolean,
	comment: string
): Promise<boolean> {
	const [row] = await db.query<{ ok: boolean }>(
		'select private.decide_organisation_change($1::uuid, $2, $3) as ok',
		[id, approve, comment]
	);
	return row?.ok === true;
}

/** Every field of a place changed since its last approval (old and new value), for the moderator. */
export async function placeChangesSinceApproval(db: Session, placeId: string) {
	return db.query<{ table_name: string; field: string; approved: DiffValue; current: DiffValue }>(
		'select table_name, field, approved, current from private.place_changes_since_approval($1::uuid)',
		[placeId]
	);
}

/** Whether an organisation has a change waiting for moderation (shown to its members). */
export async function organisationChangePending(db: Session, orgId: string) {
	const [row] = await db.query<{ pending: boolean }>(
		`select exists (select 1 from public.organisation_changes
		                 where organisation_id = $1 and status = 'pending') as pending`,
		[orgId]
	);
	return row?.pending === true;
}
