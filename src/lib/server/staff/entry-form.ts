import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { message, setError, type SuperValidated } from 'sveltekit-superforms';
import type { EntryValues } from '$lib/business/entry-kinds';
import type { FormMessage } from '$lib/forms/message';
import { ANY_ENTRY_TYPES, type AnyEntryType } from '$lib/business/schemas';
import { m } from '$lib/i18n';
import { TIME_ZONE } from '$lib/region';
import type { Session } from '../db';
import { clearDraft, saveDraft } from '../business/drafts';
import { KIND, saveDetails, type EntryData } from '../business/entries';
import { entryData, validateEntry } from '../business/entry-form';
import { resolveLocation } from '../business/location';
import { wheelchairLevel, withAccessTags } from '$lib/business/access';
import { parseOpeningHours } from '$lib/places/opening-hours';
import { z } from 'zod';
import { env } from '$env/dynamic/private';
import { checkImages, MAX_IMAGE_BYTES, type CheckedImage } from '../business/images';
import { uploadTooLargeMessage } from '../http/body-limit';
import { mailDecision } from '../business/decision-mails';
import { publicOrigin } from '../http/origin';

/**
 * Staff create and edit entries of every kind (issue 15, item 0) with the businesses' entry form
 * ($lib/business/EntryForm.svelte, validateEntry): support services, learning places, public
 * spaces, employers and events without an organisation, and any business's entry. Staff choose:
 * "save" keeps the entry's status (a business's pending entry stays in the moderation queue, a new
 * one starts as a draft), "publish" puts it on the map and records 'approved' by the staff member
 * (and tells the business, as an approval in /moderation does). The audit log keeps every changed
 * field. Under the caller's claims: the policies let only staff write entries without an
 * organisation or publish.
 */

export function parseStaffEntryType(value: string | null): AnyEntryType | null {
	return ANY_ENTRY_TYPES.find((t) => t === value) ?? null;
}

/** The entry type a stored place is edited as. */
export function staffEntryTypeOf(kind: string, eventType: string | null): AnyEntryType {
	if (kind === 'vacancy') return 'vacancy';
	if (kind === 'vacant_space') return 'space';
	if (kind === 'event') return eventType === 'internship' ? 'internship' : 'event';
	return parseStaffEntryType(kind) ?? 'public_space';
}

export const staffDraftKey = (type: AnyEntryType, id?: string) =>
	id ? `staff-entry:${id}` : `staff-entry:new:${type}`;

export interface AnyEntryRow extends Record<string, unknown> {
	id: string;
	kind: string;
	title: string;
	status: 'draft' | 'pending' | 'published' | 'archived';
	organisation_name: string | null;
	valid_through: string | null;
	lon: number;
	lat: number;
	updated_at: string;
	event_type: string | null;
}

/** Any entry with its detail columns flattened, as the form takes them; null when hidden. */
export async function loadAnyEntry(db: Session, id: string): Promise<AnyEntryRow | null> {
	const [row] = await db.query<AnyEntryRow>(
		`select p.id, p.kind::text as kind, p.title, p.description, p.address, p.contact_name,
		        p.contact_email, p.contact_phone, p.website, p.opening_hours, p.languages, p.tags,
		        p.status::text as status, o.name as organisation_name,
		        p.valid_through::text as valid_through,
		        st_x(p.location::geometry) as lon, st_y(p.location::geometry) as lat,
		        p.updated_at::text as updated_at,
		        v.working_time, v.hours_per_week::float8, v.fixed_term, v.start_date::text as start_date,
		        v.salary_min::float8, v.salary_max::float8, v.salary_unit, v.german_level,
		        v.childcare_friendly, v.suitable_for_refugees, v.how_to_apply,
		        to_char(v.shift_start, 'HH24:MI') as shift_start,
		        to_char(v.shift_end, 'HH24:MI') as shift_end, v.weekend_work,
		        e.event_type::text as event_type,
		        to_char(e.starts_at at time zone $2::text, 'YYYY-MM-DD"T"HH24:MI') as starts_at,
		        to_char(e.ends_at at time zone $2::text, 'YYYY-MM-DD"T"HH24:MI') as ends_at,
		        e.registration_needed,
		        s.space_type, s.area_m2::float8, s.rent_eur_month::float8, s.free_interim_use,
		        s.available_from::text as available_from, s.available_until::text as available_until,
		        s.welcome_uses,
		        sd.eligibility, sd.cost::text as cost, sd.fees_description,
		        array_to_string(sd.required_documents, E'\\n') as required_documents,
		        sd.application_process, sd.appointment_needed
		   from public.places p
		   left join public.organisations o on o.id = p.organisation_id
		   left join public.vacancy_details v on v.place_id = p.id
		   left join public.event_details e on e.place_id = p.id
		   left join public.space_details s on s.place_id = p.id
		   left join public.service_details sd on sd.place_id = p.id
		  where p.id = $1`,
		[id, TIME_ZONE]
	);
	return row ?? null;
}

const nul = (v: string | undefined) => (v === '' || v === undefined ? null : v);

export interface StaffSaved {
	id: string;
	/** Put on the map by this save (it was not published before). */
	published: boolean;
	/** The entry belongs to a business (which hears of the publication). */
	has_organisation: boolean;
}

/**
 * Stores an entry with its detail row in one transaction: published when `publish`, otherwise in
 * the status it had (new: draft); records 'approved' when this save published it. Returns null
 * when the caller may not (RLS hid the row).
 */
export async function saveStaffEntry(
	db: Session,
	input: {
		id?: string;
		entry: EntryData;
		location: { lon: number; lat: number };
		publish: boolean;
		/** New photos (checked by images.ts) and ids of the entry's photos to remove. */
		photos?: CheckedImage[];
		removePhotos?: string[];
	}
): Promise<StaffSaved | null> {
	const { entry } = input;
	const d = entry.data;
	const website = 'website' in d ? nul(d.website) : undefined;
	const validThrough =
		d.valid_through ||
		(entry.type === 'event' || entry.type === 'internship'
			? (entry.data.ends_at || entry.data.starts_at).slice(0, 10)
			: null);
	return db.tx(async (q) => {
		const values = [
			d.title,
			d.description,
			input.location.lon,
			input.location.lat,
			nul(d.address),
			nul(d.contact_name),
			nul(d.contact_email),
			nul(d.contact_phone),
			validThrough,
			website !== undefined,
			website ?? null,
			nul(d.opening_hours),
			wheelchairLevel(d),
			d.languages.length ? d.languages : ['de'],
			withAccessTags([], d),
			input.publish
		];
		type Row = {
			id: string;
			was_published: boolean;
			is_published: boolean;
			has_organisation: boolean;
		};
		let row: Row | undefined;
		if (input.id) {
			[row] = await q.query<Row>(
				`with old as (select status from public.places where id = $17)
				 update public.places set title = $1, description = $2,
				        location = st_point($3, $4, 4326)::geography, address = $5, contact_name = $6,
				        contact_email = $7, contact_phone = $8, valid_through = $9::date,
				        website = case when $10 then $11 else website end,
				        opening_hours = $12, wheelchair = $13::wheelchair_access, languages = $14::text[],
				        tags = array(select t from unnest(tags) t where t not like 'a11y:%') || $15::text[],
				        status = case when $16 then 'published'::place_status else status end
				  where id = $17 and (select private.is_staff())
				 returning id, (select status from old) = 'published' as was_published,
				           status = 'published' as is_published,
				           organisation_id is not null as has_organisation`,
				[...values, input.id]
			);
		} else {
			[row] = await q.query<Row>(
				`insert into public.places (title, description, location, address, contact_name,
				        contact_email, contact_phone, valid_through, website, opening_hours, wheelchair,
				        languages, tags, status, kind, created_by)
				 select $1, $2, st_point($3, $4, 4326)::geography, $5, $6, $7, $8, $9::date,
				        case when $10 then $11 end, $12, $13::wheelchair_access, $14::text[], $15::text[],
				        case when $16 then 'published' else 'draft' end::place_status, $17::place_kind,
				        auth.uid()
				 returning id, false as was_published, status = 'published' as is_published,
				           false as has_organisation`,
				[...values, KIND[entry.type]]
			);
		}
		if (!row) return null;
		await saveDetails(q, row.id, entry);
		if (input.removePhotos?.length)
			await q.query(
				`delete from public.media where place_id = $1 and purpose = 'photo' and id = any($2::uuid[])`,
				[row.id, input.removePhotos]
			);
		// A photo belongs to the place (and to its organisation, where it has one).
		for (const photo of input.photos ?? [])
			await q.query(
				`insert into public.media (organisation_id, place_id, purpose, content_type, bytes, created_by)
				 select p.organisation_id, p.id, 'photo', $2, $3::bytea, auth.uid()
				   from public.places p where p.id = $1`,
				[row.id, photo.type, Buffer.from(photo.bytes)]
			);
		const published = row.is_published && !row.was_published;
		if (published) {
			await q.query(
				`insert into public.moderation_events (place_id, decision, message_key, actor)
				 values ($1, 'approved', $2, auth.uid())`,
				// worded in the reader's language by $lib/i18n/history.ts
				[row.id, input.id ? 'staff_edited' : 'staff_created']
			);
		}
		return { id: row.id, published, has_organisation: row.has_organisation };
	});
}

/**
 * Validates and stores a staff entry. On any error the typed values come back with the message
 * next to the field (and are kept as the staff member's server draft); nothing is stored half.
 */
export async function handleStaffEntrySave(
	event: RequestEvent,
	opts: {
		type: AnyEntryType;
		id?: string;
		location?: { lon: number; lat: number };
		/** The "publish" button; "save" keeps the status. */
		publish: boolean;
	}
) {
	const { locals } = event;
	const fd = await event.request.formData();
	const entry = await validateEntry(fd, opts.type, { id: 'entry' });
	const form: SuperValidated<EntryValues, FormMessage> = entry.form;
	const key = staffDraftKey(opts.type, opts.id);
	if (form.data.fax)
		return message(form, { type: 'error', text: m.auth_bot_detected() }, { status: 400 });
	const photos = locals.uploadTooLarge
		? // Photos above the form limit were dropped on the way in (http/body-limit.ts).
			{ ok: false as const, message: uploadTooLargeMessage(locals.uploadTooLarge, MAX_IMAGE_BYTES) }
		: await checkImages(fd.getAll('photos'));
	const removePhotos = fd
		.getAll('remove_photo')
		.filter((v): v is string => typeof v === 'string' && z.uuid().safeParse(v).success);
	// The opening hours must be valid OSM syntax (the same library reads them for "open now").
	if (form.data.opening_hours && !parseOpeningHours(form.data.opening_hours)) {
		form.valid = false;
		form.errors.opening_hours = [m.biz_opening_hours_invalid()];
	}
	if (!form.valid || !photos.ok) {
		await saveDraft(locals.db, key, form.data);
		form.message = { type: 'error', text: m.biz_fix_errors() };
		return fail(400, { form, fileError: photos.ok ? null : photos.message });
	}
	const where = await resolveLocation(locals.db, form.data, opts.location ?? null);
	if (!where.ok) {
		await saveDraft(locals.db, key, form.data);
		form.message = { type: 'error', text: m.biz_fix_errors() };
		return setError(form, where.field, where.message);
	}
	// No entry without an address: a place found by name gives its name; a bare pin needs one typed.
	if (!form.data.address) {
		form.data.address = where.label === 'Stecknadel' ? '' : where.label;
		if (!form.data.address) {
			await saveDraft(locals.db, key, form.data);
			form.message = { type: 'error', text: m.biz_fix_errors() };
			return setError(form, 'address', m.biz_address_missing());
		}
	}
	let saved: StaffSaved | null;
	try {
		saved = await saveStaffEntry(locals.db, {
			id: opts.id,
			entry: entryData(entry),
			location: { lon: where.lon, lat: where.lat },
			publish: opts.publish,
			photos: photos.images,
			removePhotos
		});
	} catch (e) {
		console.error('[team] entry not saved', e);
		await saveDraft(locals.db, key, form.data);
		return message(form, { type: 'error', text: m.biz_save_failed() }, { status: 400 });
	}
	if (!saved) error(404, m.biz_not_found());
	await clearDraft(locals.db, key);
	// A business hears of its entry's publication as of an approval in /moderation; the save
	// stands even when no mail can go out (the business also sees it on /betrieb).
	if (saved.published && saved.has_organisation)
		await mailDecision(locals.db, saved.id, 'approved', '', publicOrigin(event.url, env)).catch(
			(e) => console.error('[team] publication mail not sent', e)
		);
	redirect(
		303,
		`/team/eintraege/${saved.id}?${saved.published ? 'veroeffentlicht' : 'gespeichert'}=1`
	);
}
