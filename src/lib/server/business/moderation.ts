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

export async function auditTrail(db: Session, placeId: string) {
	return db.query<{
		at: string;
		actor: string | null;
		actor_roles: string[] | null;
		table_name: string;
		action: string;
		changed_columns: string[];
		new_values: Record<string, unknown> | null;
	}>(
		`select at::text, actor::text, actor_roles, table_name, action, changed_columns, new_values
		   from public.audit_log
		  where row_id = $1::text or (table_name = 'moderation_events' and new_values ->> 'place_id' = $1::text)
		  order by at desc, id desc limit 100`,
		[placeId]
	);
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
