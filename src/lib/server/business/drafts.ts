import type { Session } from '../db';

/**
 * Server-side drafts of what a user typed (public.form_drafts, private to the user by RLS): saved
 * by autosave while typing and on every failed submit, offered again when the form reopens.
 */
const FIELD_LIMIT = 6000;
/**
 * The draft's size in UTF-8 bytes, as the database counts it (octet_length(data::text) <= 32000,
 * jsonb's text form adds a space after every ':' and ','): a long text with € or emoji is cut to
 * fit instead of the whole draft being dropped (issue 9, item 8).
 */
export const DRAFT_MAX_BYTES = 30_000;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The draft as JSON within DRAFT_MAX_BYTES: the longest texts are shortened until it fits. */
export function draftJson(data: Record<string, unknown>): string {
	const draft = draftData(data);
	let json = JSON.stringify(draft);
	for (let round = 0; round < 50 && bytes(json) > DRAFT_MAX_BYTES; round++) {
		const longest = Object.entries(draft)
			.filter((e): e is [string, string] => typeof e[1] === 'string')
			.sort((a, b) => bytes(b[1]) - bytes(a[1]))[0];
		if (!longest) break;
		const [key, text] = longest;
		const excess = bytes(json) - DRAFT_MAX_BYTES;
		// Cut whole code points (never half a surrogate pair); at least the excess in characters.
		const points = [...text];
		draft[key] = points.slice(0, Math.max(0, points.length - Math.max(excess, 16))).join('');
		json = JSON.stringify(draft);
	}
	return json;
}

/** Keeps the plain form values only (no files, no honeypot) and cuts oversize values. */
export function draftData(data: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(data)) {
		if (k === 'fax' || !/^[a-z_]{1,40}$/.test(k)) continue;
		if (typeof v === 'string') out[k] = [...v].slice(0, FIELD_LIMIT).join('');
		else if (typeof v === 'number' || typeof v === 'boolean') out[k] = v;
		else if (Array.isArray(v))
			out[k] = v.filter((x): x is string => typeof x === 'string' && x.length <= 40).slice(0, 40);
	}
	return out;
}

export async function saveDraft(db: Session, key: string, data: Record<string, unknown>) {
	if (!db.claims.sub) return;
	const json = draftJson(data);
	if (bytes(json) > DRAFT_MAX_BYTES) return;
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
