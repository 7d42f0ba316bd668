import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { message, setError, superValidate, type SuperValidated } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/i18n';
import type { EntryFormData, EntryValues } from '$lib/business/entry-kinds';
import {
	DEFAULT_VALID_DAYS,
	ENTRY_TYPES,
	addDays,
	basicPlaceSchema,
	eventSchema,
	serviceSchema,
	spaceSchema,
	localToday,
	vacancySchema,
	type AnyEntryType,
	type EntryType
} from '$lib/business/schemas';
import type { FormMessage } from '$lib/forms/message';
import type { Session } from '../db';
import { minutesToWait, rateLimit } from '../rate-limit';
import { clearDraft, loadDraft, saveDraft } from './drafts';
import { saveEntry, type EntryData } from './entries';
import { uploadTooLargeMessage } from '../http/body-limit';
import { checkImages, MAX_IMAGE_BYTES } from './images';
import { resolveLocation } from './location';
import { accessFromTags } from '$lib/business/access';
import { parseOpeningHours } from '$lib/places/opening-hours';

/** The entry forms' server side, shared by /betrieb/eintrag/neu and /betrieb/eintrag/[id]. */

const adapters = {
	vacancy: zod4(vacancySchema),
	event: zod4(eventSchema),
	space: zod4(spaceSchema),
	service: zod4(serviceSchema),
	basic: zod4(basicPlaceSchema)
};

/** Validates posted (or stored) values against the kind's schema: the kind and its typed form. */
export async function validateEntry(
	input: FormData,
	type: AnyEntryType,
	options: { errors?: boolean; id: string }
): Promise<EntryFormData> {
	switch (type) {
		case 'vacancy':
			return { type, form: await superValidate(input, adapters.vacancy, options) };
		case 'space':
			return { type, form: await superValidate(input, adapters.space, options) };
		case 'internship':
		case 'event':
			return { type, form: await superValidate(input, adapters.event, options) };
		case 'support_service':
		case 'learning_place':
			return { type, form: await superValidate(input, adapters.service, options) };
		case 'public_space':
		case 'employer':
			return { type, form: await superValidate(input, adapters.basic, options) };
	}
}

/** The validated values as saveEntry takes them (the same union, keyed by kind). */
export function entryData(entry: EntryFormData): EntryData {
	switch (entry.type) {
		case 'vacancy':
			return { type: entry.type, data: entry.form.data };
		case 'space':
			return { type: entry.type, data: entry.form.data };
		case 'support_service':
		case 'learning_place':
			return { type: entry.type, data: entry.form.data };
		case 'public_space':
		case 'employer':
			return { type: entry.type, data: entry.form.data };
		default:
			return { type: entry.type, data: entry.form.data };
	}
}

export function parseEntryType(value: string | null): EntryType | null {
	return ENTRY_TYPES.find((t) => t === value) ?? null;
}

export const draftKeyFor = (type: EntryType, orgId: string, id?: string) =>
	id ? `entry:${id}` : `entry:new:${type}:${orgId}`;

/** Form values of a stored entry (null → '' so inputs stay controlled). */
export function entryToForm(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) {
		if (v === null) continue;
		out[k] = v;
	}
	out.location_query = '';
	Object.assign(out, accessFromTags(row.tags as string[] | null));
	delete out.tags;
	const translations = (row.translations ?? {}) as Record<string, Record<string, unknown>>;
	for (const [l, t] of Object.entries(translations)) {
		if (typeof t?.title === 'string') out[`tr_${l}_title`] = t.title;
		if (typeof t?.description === 'string') out[`tr_${l}_description`] = t.description;
	}
	delete out.translations;
	return out;
}

/** A new entry starts at the organisation's address (shown in the field, so nobody is surprised). */
export function newEntryDefaults(
	type: AnyEntryType,
	org: { address: string | null } = { address: null }
): Record<string, unknown> {
	const base: Record<string, unknown> = {
		valid_through: addDays(localToday(), DEFAULT_VALID_DAYS),
		address: org.address ?? ''
	};
	if (type === 'internship') base.event_type = 'internship';
	if (type !== 'vacancy' && type !== 'space') base.valid_through = '';
	return base;
}

/** Initial form: a newer server draft wins over the stored entry, so nothing typed is lost. */
export async function initialEntryForm(
	db: Session,
	type: AnyEntryType,
	key: string,
	stored: Record<string, unknown>,
	storedAt?: string
) {
	const draft = await loadDraft(db, key);
	const fromDraft = !!draft && (!storedAt || draft.updated_at > storedAt);
	const data = fromDraft ? { ...stored, ...draft.data } : stored;
	const entryForm = await validateEntry(toFormData(data), type, { errors: fromDraft, id: 'entry' });
	return { entryForm, restoredAt: fromDraft ? draft.updated_at : null };
}

/**
 * Stored values and drafts as the browser would post them, so superforms coerces them exactly
 * like a submit (numbers from strings, checkboxes 'on' or absent).
 */
export function toFormData(data: Record<string, unknown>): FormData {
	const fd = new FormData();
	for (const [k, v] of Object.entries(data)) {
		if (v === null || v === undefined || v === false || v === 'false') continue;
		if (Array.isArray(v)) for (const item of v) fd.append(k, String(item));
		else fd.set(k, v === true ? 'on' : String(v));
	}
	return fd;
}

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
		/** Fills an empty address when the entry stands at the organisation's location. */
		orgAddress: string | null;
		id?: string;
		submit: boolean;
	}
) {
	const { locals } = event;
	const fd = await event.request.formData();
	const entry = await validateEntry(fd, opts.type, { id: 'entry' });
	const form: SuperValidated<EntryValues, FormMessage> = entry.form;
	const key = draftKeyFor(opts.type, opts.orgId, opts.id);
	const data = form.data;

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
	if (locals.uploadTooLarge)
		// Photos above the form limit were dropped on the way in (http/body-limit.ts).
		photos = { ok: false, message: uploadTooLargeMessage(locals.uploadTooLarge, MAX_IMAGE_BYTES) };
	else if (opts.type === 'space') photos = await checkImages(fd.getAll('photos'));
	// The opening hours must be valid OSM syntax (the same library reads them for "open now").
	if (data.opening_hours && !parseOpeningHours(data.opening_hours)) {
		form.valid = false;
		form.errors.opening_hours = [m.biz_opening_hours_invalid()];
	}
	if (!form.valid || !photos.ok) {
		await saveDraft(locals.db, key, data);
		form.message = { type: 'error', text: m.biz_fix_errors() };
		return fail(400, { form, fileError: photos.ok ? null : photos.message });
	}
	const where = await resolveLocation(locals.db, data, opts.orgLocation);
	if (!where.ok) {
		await saveDraft(locals.db, key, data);
		form.message = { type: 'error', text: m.biz_fix_errors() };
		return setError(form, where.field, where.message);
	}
	// No entry without an address: at the organisation's location it is the organisation's; a
	// place found by name gives its name; a bare pin needs the address typed.
	if (!data.address) {
		const fromOrg = where.label === '' && opts.orgAddress;
		const label = where.label === 'Stecknadel' ? '' : where.label;
		data.address = fromOrg ? opts.orgAddress! : label;
		if (!data.address) {
			await saveDraft(locals.db, key, data);
			form.message = { type: 'error', text: m.biz_fix_errors() };
			return setError(form, 'address', m.biz_address_missing());
		}
	}
	let id: string | null;
	try {
		id = await saveEntry(locals.db, {
			id: opts.id,
			organisationId: opts.orgId,
			entry: entryData(entry),
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
	// Multi-choice fields post one value per choice; none posted: none chosen.
	data.languages = fd.getAll('languages').filter((v) => typeof v === 'string');
	await saveDraft(event.locals.db, key, data);
	return { autosaved: new Date().toISOString() };
}

/** "Discard draft": forgets what was typed (the stored entry, if any, stays as it was). */
export async function handleDiscard(event: RequestEvent, key: string, to: string) {
	await clearDraft(event.locals.db, key);
	redirect(303, to);
}
