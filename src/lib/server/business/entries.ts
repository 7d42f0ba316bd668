import type {
	AnyEntryType,
	BasicPlaceForm,
	EntryType,
	EventForm,
	ServiceForm,
	SpaceForm,
	VacancyForm
} from '$lib/business/schemas';
import {
	DEFAULT_VALID_DAYS,
	TRANSLATION_LOCALES,
	addDays,
	localToday
} from '$lib/business/schemas';
import { TIME_ZONE } from '$lib/region';
import { wheelchairLevel, withAccessTags } from '$lib/business/access';
import type { Queryable, Session } from '../db';
import type { CheckedImage } from './images';

/**
 * The business area's reads and writes. Every function runs under the caller's claims
 * (`locals.db`), so RLS decides: a business user reaches only their organisations' rows, only
 * staff publish. Each write is one transaction: an entry and its detail row are stored together
 * or not at all.
 */

export interface OrganisationRow {
	id: string;
	name: string;
	description: string | null;
	address: string | null;
	lon: number | null;
	lat: number | null;
	contact_email: string | null;
	contact_phone: string | null;
	website: string | null;
	member_role: 'owner' | 'member';
	logo_id: string | null;
}

export async function myOrganisations(db: Session): Promise<OrganisationRow[]> {
	return db.query<OrganisationRow>(
		`select o.id, o.name, o.description, o.address,
		        st_x(o.location::geometry) as lon, st_y(o.location::geometry) as lat,
		        o.contact_email, o.contact_phone, o.website, m.member_role,
		        (select md.id from public.media md where md.organisation_id = o.id and md.purpose = 'logo'
		          order by md.created_at desc limit 1) as logo_id
		   from public.organisations o
		   join public.organisation_members m on m.organisation_id = o.id and m.user_id = auth.uid()
		  order by o.name`
	);
}

export interface EntrySummary {
	id: string;
	kind: 'vacancy' | 'vacant_space' | 'event' | string;
	title: string;
	status: 'draft' | 'pending' | 'published' | 'archived';
	valid_through: string | null;
	expired: boolean;
	organisation_id: string;
	organisation_name: string;
	updated_at: string;
	last_decision: string | null;
	last_comment: string | null;
	event_type: string | null;
	/** Published and not confirmed for the freshness interval (6 months): ask the owner. */
	confirm_due: boolean;
}

export async function myEntries(db: Session): Promise<EntrySummary[]> {
	return db.query<EntrySummary>(
		`select p.id, p.kind, p.title, p.status, p.valid_through::text as valid_through,
		        (p.valid_through is not null and p.valid_through < current_date) as expired,
		        p.organisation_id, o.name as organisation_name, p.updated_at::text as updated_at,
		        me.decision::text as last_decision, me.comment as last_comment, ed.event_type::text as event_type,
		        (p.status = 'published' and p.confirmed_at + private.freshness_interval() <= now()) as confirm_due
		   from public.places p
		   join public.organisations o on o.id = p.organisation_id
		   left join public.event_details ed on ed.place_id = p.id
		   left join lateral (
		     select decision, comment from public.moderation_events e
		      where e.place_id = p.id order by e.created_at desc limit 1
		   ) me on true
		  where p.organisation_id in (select private.my_organisation_ids())
		  order by p.updated_at desc`
	);
}

export function entryTypeOf(kind: string, eventType: string | null): EntryType {
	if (kind === 'vacancy') return 'vacancy';
	if (kind === 'vacant_space') return 'space';
	return eventType === 'internship' ? 'internship' : 'event';
}

export interface EntryRow extends Record<string, unknown> {
	id: string;
	kind: string;
	title: string;
	status: 'draft' | 'pending' | 'published' | 'archived';
	organisation_id: string;
	valid_through: string | null;
	lon: number;
	lat: number;
	updated_at: string;
	event_type: string | null;
}

/** One entry with its detail columns flattened, as the caller may see it; null when hidden. */
export async function loadEntry(db: Session, id: string): Promise<EntryRow | null> {
	const [row] = await db.query<EntryRow>(
		`select p.id, p.kind, p.title, p.description, p.address, p.contact_name, p.contact_email,
		        p.contact_phone, p.status, p.organisation_id, p.valid_through::text as valid_through,
		        st_x(p.location::geometry) as lon, st_y(p.location::geometry) as lat,
		        p.updated_at::text as updated_at, p.opening_hours, p.languages, p.tags,
		        p.translations, p.easy_german,
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
		        s.welcome_uses
		   from public.places p
		   left join public.vacancy_details v on v.place_id = p.id
		   left join public.event_details e on e.place_id = p.id
		   left join public.space_details s on s.place_id = p.id
		  where p.id = $1 and p.organisation_id in (select private.my_organisation_ids())`,
		[id, TIME_ZONE]
	);
	return row ?? null;
}

export async function moderationHistory(db: Session, placeId: string) {
	return db.query<{
		decision: string;
		comment: string | null;
		message_key: string | null;
		message_params: Record<string, unknown>;
		created_at: string;
	}>(
		`select decision::text, comment, message_key, message_params, created_at::text
		   from public.moderation_events
		  where place_id = $1 order by created_at desc`,
		[placeId]
	);
}

export type EntryData =
	| { type: 'vacancy'; data: VacancyForm }
	| { type: 'internship' | 'event'; data: EventForm }
	| { type: 'space'; data: SpaceForm }
	| { type: 'support_service' | 'learning_place'; data: ServiceForm }
	| { type: 'public_space' | 'employer'; data: BasicPlaceForm };

export interface SaveEntry {
	id?: string;
	organisationId: string;
	entry: EntryData;
	location: { lon: number; lat: number };
	/** 'draft' keeps it private; 'pending' sends it to moderation. */
	submit: boolean;
	photos?: CheckedImage[];
}

/** The place kind each entry type is stored as. */
export const KIND: Record<AnyEntryType, string> = {
	vacancy: 'vacancy',
	internship: 'event',
	event: 'event',
	space: 'vacant_space',
	support_service: 'support_service',
	learning_place: 'learning_place',
	public_space: 'public_space',
	employer: 'employer'
};

const nul = <T>(v: T | '' | undefined) => (v === '' || v === undefined ? null : v);

/** places.translations from the form: {"en": {"title", "description"}, …}, only what is given. */
export function translationsOf(d: Record<string, unknown>) {
	const out: Record<string, { title?: string; description?: string }> = {};
	for (const l of TRANSLATION_LOCALES) {
		const title = String(d[`tr_${l}_title`] ?? '').trim();
		const description = String(d[`tr_${l}_description`] ?? '').trim();
		if (title || description)
			out[l] = { ...(title ? { title } : {}), ...(description ? { description } : {}) };
	}
	return out;
}

function validThrough(entry: EntryData): string | null {
	const d = entry.data;
	if (d.valid_through) return d.valid_through;
	if (entry.type === 'internship' || entry.type === 'event') {
		const e = entry.data;
		return (e.ends_at || e.starts_at).slice(0, 10);
	}
	if (entry.type === 'vacancy' || entry.type === 'space')
		return addDays(localToday(), DEFAULT_VALID_DAYS);
	return null; // staff's places: open-ended unless a date is given
}

/**
 * Creates or updates an entry and its detail row in one transaction; on `submit` the entry goes
 * to moderation ('pending') and the submission is recorded. Returns the id, or null when RLS
 * hid the row (not the caller's entry).
 */
export async function saveEntry(db: Session, input: SaveEntry): Promise<string | null> {
	const { entry } = input;
	const d = entry.data;
	return db.tx(async (q) => {
		const status = input.submit ? 'pending' : 'draft';
		const common = [
			d.title,
			d.description,
			input.location.lon,
			input.location.lat,
			nul(d.address),
			nul(d.contact_name),
			nul(d.contact_email),
			nul(d.contact_phone),
			validThrough(entry),
			nul(d.opening_hours),
			wheelchairLevel(d),
			d.languages.length ? d.languages : ['de'],
			withAccessTags([], d),
			JSON.stringify(translationsOf(d)),
			nul(d.easy_german)
		];
		let id: string | undefined;
		if (input.id) {
			// A submit always goes to moderation; a draft save keeps 'pending' (and the trigger turns
			// an edited 'published' entry back into 'pending'), archived entries come back as drafts.
			const [row] = await q.query<{ id: string }>(
				`update public.places set title = $2, description = $3,
				        location = st_point($4, $5, 4326)::geography, address = $6, contact_name = $7,
				        contact_email = $8, contact_phone = $9, valid_through = $10::date,
				        opening_hours = $11, wheelchair = $12::wheelchair_access, languages = $13::text[],
				        tags = array(select t from unnest(tags) t where t not like 'a11y:%') || $14::text[],
				        translations = $15::jsonb, easy_german = $16,
				        status = case when $17 = 'pending' then 'pending'::place_status
				                      when status = 'archived' then 'draft'::place_status
				                      else status end
				  where id = $1 and organisation_id = $18 returning id`,
				[input.id, ...common, status, input.organisationId]
			);
			id = row?.id;
		} else {
			const [row] = await q.query<{ id: string }>(
				`insert into public.places (title, description, location, address, contact_name, contact_email,
				        contact_phone, valid_through, opening_hours, wheelchair, languages, tags, translations,
				        easy_german, status, kind, organisation_id, created_by)
				 values ($1, $2, st_point($3, $4, 4326)::geography, $5, $6, $7, $8, $9::date, $10,
				         $11::wheelchair_access, $12::text[], $13::text[], $14::jsonb, $15, $16::place_status,
				         $17::place_kind, $18, auth.uid())
				 returning id`,
				[...common, status, KIND[entry.type], input.organisationId]
			);
			id = row?.id;
		}
		if (!id) return null;
		await saveDetails(q, id, entry);
		if (input.photos?.length) {
			for (const photo of input.photos) {
				await q.query(
					`insert into public.media (organisation_id, place_id, purpose, content_type, bytes, created_by)
					 values ($1, $2, 'photo', $3, $4::bytea, auth.uid())`,
					[input.organisationId, id, photo.type, Buffer.from(photo.bytes)]
				);
			}
		}
		if (input.submit) {
			await q.query(
				`insert into public.moderation_events (place_id, decision, actor) values ($1, 'submitted', auth.uid())`,
				[id]
			);
		}
		return id;
	});
}

/** The detail row of the entry's kind, inserted or replaced (none for public spaces, employers). */
export async function saveDetails(q: Queryable, id: string, entry: EntryData) {
	if (entry.type === 'public_space' || entry.type === 'employer') return;
	if (entry.type === 'support_service' || entry.type === 'learning_place') {
		const s = entry.data;
		const documents = s.required_documents
			.split(/\r?\n/)
			.map((d) => d.trim())
			.filter(Boolean);
		await q.query(
			`insert into public.service_details (place_id, eligibility, cost, fees_description,
			        required_documents, application_process, appointment_needed)
			 values ($1, $2, $3::cost_kind, $4, $5::text[], $6, $7)
			 on conflict (place_id) do update set eligibility = excluded.eligibility, cost = excluded.cost,
			        fees_description = excluded.fees_description,
			        required_documents = excluded.required_documents,
			        application_process = excluded.application_process,
			        appointment_needed = excluded.appointment_needed`,
			[
				id,
				nul(s.eligibility),
				s.cost,
				nul(s.fees_description),
				documents,
				nul(s.application_process),
				s.appointment_needed
			]
		);
	} else if (entry.type === 'vacancy') {
		const v = entry.data;
		await q.query(
			`insert into public.vacancy_details (place_id, working_time, hours_per_week, fixed_term, start_date,
			        salary_min, salary_max, salary_unit, german_level, childcare_friendly, suitable_for_refugees,
			        how_to_apply, shift_start, shift_end, weekend_work)
			 values ($1, $2::working_time, $3, $4, $5::date, $6, $7, $8, $9::german_level, $10, $11, $12,
			         $13::time, $14::time, $15)
			 on conflict (place_id) do update set working_time = excluded.working_time,
			        hours_per_week = excluded.hours_per_week, fixed_term = excluded.fixed_term,
			        start_date = excluded.start_date, salary_min = excluded.salary_min,
			        salary_max = excluded.salary_max, salary_unit = excluded.salary_unit,
			        german_level = excluded.german_level, childcare_friendly = excluded.childcare_friendly,
			        suitable_for_refugees = excluded.suitable_for_refugees, how_to_apply = excluded.how_to_apply,
			        shift_start = excluded.shift_start, shift_end = excluded.shift_end,
			        weekend_work = excluded.weekend_work`,
			[
				id,
				v.working_time,
				v.hours_per_week ?? null,
				v.fixed_term,
				nul(v.start_date),
				v.salary_min ?? null,
				v.salary_max ?? null,
				nul(v.salary_unit),
				v.german_level,
				v.childcare_friendly,
				v.suitable_for_refugees,
				v.how_to_apply,
				nul(v.shift_start),
				nul(v.shift_end),
				v.weekend_work
			]
		);
	} else if (entry.type === 'space') {
		const s = entry.data;
		await q.query(
			`insert into public.space_details (place_id, space_type, area_m2, rent_eur_month, free_interim_use,
			        available_from, available_until, welcome_uses)
			 values ($1, $2::space_type, $3, $4, $5, $6::date, $7::date, $8)
			 on conflict (place_id) do update set space_type = excluded.space_type, area_m2 = excluded.area_m2,
			        rent_eur_month = excluded.rent_eur_month, free_interim_use = excluded.free_interim_use,
			        available_from = excluded.available_from, available_until = excluded.available_until,
			        welcome_uses = excluded.welcome_uses`,
			[
				id,
				s.space_type,
				s.area_m2 ?? null,
				s.rent_eur_month ?? null,
				s.free_interim_use,
				nul(s.available_from),
				nul(s.available_until),
				nul(s.welcome_uses)
			]
		);
	} else {
		const e = entry.data as EventForm;
		const type = entry.type === 'internship' ? 'internship' : e.event_type;
		await q.query(
			`insert into public.event_details (place_id, event_type, starts_at, ends_at, registration_needed)
			 values ($1, $2::event_type, ($3::timestamp at time zone $6::text),
			         ($4::timestamp at time zone $6::text), $5)
			 on conflict (place_id) do update set event_type = excluded.event_type,
			        starts_at = excluded.starts_at, ends_at = excluded.ends_at,
			        registration_needed = excluded.registration_needed`,
			[id, type, e.starts_at, nul(e.ends_at), e.registration_needed, TIME_ZONE]
		);
	}
}

/** Withdraw: off the map, kept (archived). Returns false when the caller may not. */
export async function withdrawEntry(db: Session, id: string): Promise<boolean> {
	return db.tx(async (q) => {
		const rows = await q.query(
			`update public.places set status = 'archived' where id = $1 and status <> 'archived'
			   and organisation_id in (select private.my_organisation_ids()) returning id`,
			[id]
		);
		if (rows.length === 0) return false;
		await q.query(
			`insert into public.moderation_events (place_id, decision, actor) values ($1, 'withdrawn', auth.uid())`,
			[id]
		);
		return true;
	});
}

export async function renewEntry(db: Session, id: string): Promise<string> {
	const [row] = await db.query<{ until: string }>(
		`select private.renew_place($1::uuid, $2)::text as until`,
		[id, DEFAULT_VALID_DAYS]
	);
	return row.until;
}

/**
 * Confirms a published entry as still correct (its owner or staff): private.confirm_place checks
 * who may, keeps the entry published and records who confirmed it. Returns false for an entry
 * that is not published (or not the caller's).
 */
export async function confirmEntry(db: Session, id: string): Promise<boolean> {
	try {
		await db.query(`select private.confirm_place($1::uuid)`, [id]);
		return true;
	} catch (e) {
		const code = (e as { code?: string }).code;
		if (code === '42501' || code === '22023' || code === '22P02') return false;
		throw e;
	}
}

export async function deleteDraft(db: Session, id: string): Promise<boolean> {
	const rows = await db.query(
		`delete from public.places where id = $1 and status = 'draft' returning id`,
		[id]
	);
	return rows.length > 0;
}
