import type { EntryFilters } from '$lib/staff/entry-filters';
import { ENTRY_PAGE_SIZE } from '$lib/staff/entry-filters';
import type { Session } from '../db';

/**
 * Staff's list of every entry (issue 15, item 0) and the two staff-only changes of a published
 * entry: unpublish with a reason, renew to a chosen date. All under the caller's claims: the
 * policies let staff see every row; private.unpublish_place / private.staff_renew_place refuse
 * anyone else (42501) and write the moderation history in the same transaction.
 */

export interface StaffEntryRow extends Record<string, unknown> {
	id: string;
	kind: string;
	title: string;
	status: 'draft' | 'pending' | 'published' | 'archived';
	expired: boolean;
	valid_through: string | null;
	quarter_id: string | null;
	organisation_name: string | null;
	updated_at: string;
	/** The comment of the last 'unpublished', 'rejected' or 'returned' decision, if any. */
	last_comment: string | null;
}

export interface StaffEntryPage {
	rows: StaffEntryRow[];
	total: number;
	pages: number;
}

/** One page of entries matching the filters, newest change first. */
export async function staffEntries(db: Session, f: EntryFilters): Promise<StaffEntryPage> {
	const where: string[] = [];
	const params: unknown[] = [];
	const param = (v: unknown) => {
		params.push(v);
		return `$${params.length}`;
	};
	if (f.art) where.push(`p.kind = ${param(f.art)}::public.place_kind`);
	if (f.status === 'expired')
		where.push(`p.status = 'published' and p.valid_through < current_date`);
	else if (f.status === 'published')
		where.push(
			`p.status = 'published' and (p.valid_through is null or p.valid_through >= current_date)`
		);
	else if (f.status) where.push(`p.status = ${param(f.status)}::public.place_status`);
	if (f.quartier === 'ohne') where.push('p.quarter_id is null');
	else if (f.quartier) where.push(`p.quarter_id = ${param(f.quartier)}`);
	if (f.suche) {
		// ILIKE on the title, with the user's % and _ taken literally.
		where.push(`p.title ilike ${param(`%${f.suche.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
	}
	const filter = where.length ? `where ${where.join(' and ')}` : '';
	return db.tx(async (q) => {
		const [{ total }] = await q.query<{ total: number }>(
			`select count(*)::int as total from public.places p ${filter}`,
			params
		);
		const pages = Math.max(1, Math.ceil(total / ENTRY_PAGE_SIZE));
		const page = Math.min(f.seite, pages);
		const rows = await q.query<StaffEntryRow>(
			`select p.id, p.kind::text as kind, p.title, p.status::text as status,
			        (p.status = 'published' and p.valid_through < current_date) as expired,
			        p.valid_through::text as valid_through, p.quarter_id, o.name as organisation_name,
			        p.updated_at::text as updated_at,
			        (select e.comment from public.moderation_events e
			          where e.place_id = p.id and e.decision in ('unpublished', 'rejected', 'returned')
			          order by e.created_at desc limit 1) as last_comment
			   from public.places p
			   left join public.organisations o on o.id = p.organisation_id
			   ${filter}
			  order by p.updated_at desc, p.id
			  limit ${ENTRY_PAGE_SIZE} offset ${(page - 1) * ENTRY_PAGE_SIZE}`,
			params
		);
		return { rows, total, pages };
	});
}

export type StaffChange = { ok: true; until?: string } | { ok: false; reason: 'refused' | 'state' };

function refusal(e: unknown): StaffChange {
	const code = (e as { code?: string }).code;
	if (code === '42501') return { ok: false, reason: 'refused' };
	if (code === '22023' || code === '22P02' || code === '22007' || code === '22008')
		return { ok: false, reason: 'state' };
	throw e;
}

/** Takes a published entry off the map with a reason (kept as 'archived', history says why). */
export async function unpublishEntry(db: Session, id: string, reason: string) {
	try {
		await db.query(`select private.unpublish_place($1::uuid, $2)`, [id, reason]);
		return { ok: true } as StaffChange;
	} catch (e) {
		return refusal(e);
	}
}

/** Extends a published (possibly expired) entry to `until` (YYYY-MM-DD). */
export async function renewEntryUntil(db: Session, id: string, until: string) {
	try {
		const [row] = await db.query<{ until: string }>(
			`select private.staff_renew_place($1::uuid, $2::date)::text as until`,
			[id, until]
		);
		return { ok: true, until: row.until } as StaffChange;
	} catch (e) {
		return refusal(e);
	}
}
