import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { message, setError, superValidate, type SuperValidated } from 'sveltekit-superforms';
import { zod4, type ValidationAdapter } from 'sveltekit-superforms/adapters';
import { m } from '$lib/i18n';
import {
	DEFAULT_VALID_DAYS,
	ENTRY_TYPES,
	addDays,
	eventSchema,
	spaceSchema,
	localToday,
	vacancySchema,
	type EntryType
} from '$lib/business/schemas';
import type { FormMessage } from '$lib/forms/message';
import { minutesToWait, rateLimit } from '../rate-limit';
import { clearDraft, loadDraft, saveDraft } from './drafts';
import { saveEntry, type EntryData, type EntryRow } from './entries';
import { checkImages } from './images';
import { resolveLocation } from './location';

/** The entry forms' server side, shared by /betrieb/eintrag/neu and /betrieb/eintrag/[id]. */

const adapters = {
	vacancy: zod4(vacancySchema),
	internship: zod4(eventSchema),
	event: zod4(eventSchema),
	space: zod4(spaceSchema)
};

/** The three schemas differ; the shared handlers treat the data as a record. */
export function adapterFor(type: EntryType) {
	return adapters[type] as unknown as ValidationAdapter<Record<string, unknown>>;
}

export function parseEntryType(value: string | null): EntryType | null {
	return (ENTRY_TYPES as readonly string[]).includes(value ?? '') ? (value as EntryType) : null;
}

export const draftKeyFor = (type: EntryType, orgId: string, id?: string) =>
	id ? `entry:${id}` : `entry:new:${type}:${orgId}`;

/** Form values of a stored entry (null → '' so inputs stay controlled). */
export function entryToForm(row: EntryRow): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) {
		if (v === null) continue;
		out[k] = v;
	}
	out.location_query = '';
	return out;
}

export function newEntryDefaults(type: EntryType): Record<string, unknown> {
	const base: Record<string, unknown> = {
		valid_through: addDays(localToday(), DEFAULT_VALID_DAYS)
	};
	if (type === 'internship') base.event_type = 'internship';
	if (type === 'event' || type === 'internship') base.valid_through = '';
	return base;
}

/** Initial form: a newer server draft wins over the stored entry, so nothing typed is lost. */
export async function initialEntryForm(
	event: RequestEvent,
	type: EntryType,
	key: string,
	stored: Record<string, unknown>,
	storedAt?: string
) {
	const draft = await loadDraft(event.locals.db, key);
	const fromDraft = !!draft && (!storedAt || draft.updated_at > storedAt);
	const data = fromDraft ? { ...stored, ...draft.data } : stored;
	const form = await superValidate(toFormData(data), adapterFor(type), {
		errors: fromDraft,
		id: 'entry'
	});
	return { form, restoredAt: fromDraft ? draft.updated_at : null };
}

/**
 * Stored values and drafts as the browser would post them, so superforms coerces them exactly
 * like a submit (numbers from strings, checkboxes 'on' or absent).
 */
export function toFormData(data: Record<string, unknown>): FormData {
	const fd = new FormData();
	for (const [k, v] of Object.entries(data)) {
		if (v === null || v === undefined || v === false || v === 'false') continue;
		fd.set(k, v === true ? 'on' : String(v));
	}
	return fd;
}

type EntryFormResult = SuperValidated<Record<string, unknown>, FormMessage>;

/**
 * Validates and stores an entry. On any error the typed values come back with the message next
 * to the field and are also saved as a server draft; nothing is stored half (one transaction).
 */
export async function handleEntrySave(
	event: RequestEvent,
	opts: {
		type: EntryType;
		orgId: string;
		orgLocation: { lon: number; lat: number } | null;
		id?: string;
		submit: boolean;
	}
) {
	const { locals } = event;
	const fd = await event.request.formData();
	const form = (await superValidate(fd, adapterFor(opts.type), { id: 'entry' })) as EntryFormResult;
	const key = draftKeyFor(opts.type, opts.orgId, opts.id);
	const data = form.data as Record<string, unknown>;

	if (data.fax)
		return message(form, { type: 'error', text: m.auth_bot_detected() }, { status: 400 });
	const wait = await rateLimit('submit', event.getClientAddress(), locals.user?.id);
	if (wait) {
		await saveDraft(locals.db, key, data);
		return message(
			form,
			{ type: 'error', text: m.biz_rate_limited({ minutes: minutesToWait(wait) }) },
			{ status: 429 }
		);
	}
	// Photos are checked even when a field is wrong, so every error shows after one submit.
	let photos: Awaited<ReturnType<typeof checkImages>> = { ok: true, images: [] };
	if (opts.type === 'space') photos = await checkImages(fd.getAll('photos'));
	if (!form.valid || !photos.ok) {
		await saveDraft(locals.db, key, data);
		form.message = { type: 'error', text: m.biz_fix_errors() };
		return fail(400, { form, fileError: photos.ok ? null : photos.message });
	}
	const where = await resolveLocation(locals.db, data as never, opts.orgLocation);
	if (!where.ok) {
		await saveDraft(locals.db, key, data);
		form.message = { type: 'error', text: m.biz_fix_errors() };
		return setError(form, where.field, where.message);
	}
	let id: string | null;
	try {
		id = await saveEntry(locals.db, {
			id: opts.id,
			organisationId: opts.orgId,
			entry: { type: opts.type, data } as EntryData,
			location: { lon: where.lon, lat: where.lat },
			submit: opts.submit,
			photos: photos.ok ? photos.images : []
		});
	} catch (e) {
		// A database check the schema did not foresee: the transaction rolled back, nothing stored.
		console.error('[betrieb] entry not saved', e);
		await saveDraft(locals.db, key, data);
		return message(form, { type: 'error', text: m.biz_save_failed() }, { status: 400 });
	}
	if (!id) error(404, m.biz_not_found());
	await clearDraft(locals.db, key);
	if (opts.id) await clearDraft(locals.db, draftKeyFor(opts.type, opts.orgId));
	redirect(303, `/betrieb/eintrag/${id}?${opts.submit ? 'eingereicht' : 'gespeichert'}=1`);
}

/** Autosave (JS only): stores whatever is typed, validated for size and keys only. */
export async function handleAutosave(event: RequestEvent, key: string) {
	const fd = await event.request.formData();
	const data: Record<string, unknown> = {};
	for (const [k, v] of fd) if (typeof v === 'string') data[k] = v;
	await saveDraft(event.locals.db, key, data);
	return { autosaved: new Date().toISOString() };
}
