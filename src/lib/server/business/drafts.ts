import type { Session } from '../db';

/**
 * Server-side drafts of what a user typed (public.form_drafts, private to the user by RLS): saved
 * by autosave while typing and on every failed submit, offered again when the form reopens.
 */
const FIELD_LIMIT = 6000;

/** Keeps the plain form values only (no files, no honeypot) and cuts oversize values. */
export function draftData(data: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(data)) {
		if (k === 'fax' || !/^[a-z_]{1,40}$/.test(k)) continue;
		if (typeof v === 'string') out[k] = v.slice(0, FIELD_LIMIT);
		else if (typeof v === 'number' || typeof v === 'boolean') out[k] = v;
	}
	return out;
}

export async function saveDraft(db: Session, key: string, data: Record<string, unknown>) {
	if (!db.claims.sub) return;
	const json = JSON.stringify(draftData(data));
	if (json.length > 30_000) return;
	await db.query(
		`insert into public.form_drafts (user_id, form_key, data) values (auth.uid(), $1, $2::jsonb)
		 on conflict (user_id, form_key) do update set data = excluded.data`,
		[key, json]
	);
}

export async function loadDraft(db: Session, key: string) {
	if (!db.claims.sub) return null;
	const [row] = await db.query<{ data: Record<string, unknown>; updated_at: string }>(
		`select data, updated_at::text from public.form_drafts where user_id = auth.uid() and form_key = $1`,
		[key]
	);
	return row ?? null;
}

export async function clearDraft(db: Session, key: string) {
	if (!db.claims.sub) return;
	await db.query(`delete from public.form_drafts where user_id = auth.uid() and form_key = $1`, [
		key
	]);
}
