import type { Session } from '../db';

/** A published entry whose confirmation is overdue or falls due within DUE_SOON_DAYS. */
export interface FreshnessRow extends Record<string, unknown> {
	id: string;
	kind: string;
	title: string;
	organisation_name: string | null;
	/** Members who get the reminder mail; 0: nobody does, staff confirm it themselves. */
	owners: number;
	confirmed_at: string;
	due_on: string;
	overdue: boolean;
	reminded_at: string | null;
}

export const DUE_SOON_DAYS = 30;

/**
 * Staff's freshness list (issue 15, item 5): published, current entries whose last confirmation
 * is older than the freshness interval, or will be within DUE_SOON_DAYS, oldest first. Runs under
 * the caller's claims: staff see every entry, anyone else only what their policies allow.
 */
export function freshnessList(db: Session): Promise<FreshnessRow[]> {
	return db.query<FreshnessRow>(
		`select p.id, p.kind::text as kind, p.title, o.name as organisation_name,
		        (select count(*)::int from public.organisation_members m
		          where m.organisation_id = p.organisation_id) as owners,
		        p.confirmed_at::text as confirmed_at,
		        (p.confirmed_at + private.freshness_interval())::date::text as due_on,
		        p.confirmed_at + private.freshness_interval() <= now() as overdue,
		        (select max(r.sent_at)::text from public.freshness_reminders r
		          where r.place_id = p.id) as reminded_at
		   from public.places p
		   left join public.organisations o on o.id = p.organisation_id
		  where p.status = 'published'
		    and (p.valid_through is null or p.valid_through >= current_date)
		    and p.confirmed_at + private.freshness_interval() <= now() + make_interval(days => $1)
		  order by p.confirmed_at, p.title
		  limit 500`,
		[DUE_SOON_DAYS]
	);
}
