import { randomUUID } from 'node:crypto';
import type { PlaceKind } from '$lib/places/kinds';
import type { ImportState } from '$lib/staff/import-states';
import type { Queryable, Session } from '../../db';
import { duplicatesInDatabase, duplicatesInFile, type ExistingMatch } from './duplicates';
import { parseImportFile, type ImportFormat } from './parse';
import { normaliseRow, type ImportPlace, type RowError } from './rows';

/**
 * The two steps of an import. previewImport checks a file and keeps the result (import_runs);
 * commitImport writes it: every row in one transaction under the caller's claims (staff), so
 * either all rows are stored or none. Duplicates of places already on the map are merged into
 * them (the row's non-empty values win), created anew or skipped, as the staff member chose.
 */
export interface ImportReport {
	errors: RowError[];
	existing: ExistingMatch[];
	headers: Record<string, string>;
	ignored: string[];
	creates: number;
	updates: number;
	/** Set when a confirmed import failed in the database (nothing was stored). */
	commit_error?: RowError;
}

export interface ImportRun {
	id: string;
	file_name: string;
	format: ImportFormat;
	encoding: string;
	target_status: 'draft' | 'pending' | 'published';
	status: ImportState;
	row_count: number;
	error_count: number;
	created_count: number | null;
	updated_count: number | null;
	created_at: string;
	finished_at: string | null;
	report: ImportReport;
}

export type Choice = 'merge' | 'new' | 'skip';

export interface PreviewOptions {
	kind?: PlaceKind;
	targetStatus: 'draft' | 'pending' | 'published';
}

/** Checks a file completely (nothing is written to places) and records the result. */
export async function previewImport(
	db: Session,
	file: { name: string; bytes: Uint8Array },
	options: PreviewOptions
): Promise<string> {
	const parsed = parseImportFile(file.name, file.bytes);
	const errors: RowError[] = [...parsed.errors];
	const places: ImportPlace[] = [];
	const column = (field: string) => parsed.headers[field] ?? field;
	for (const raw of parsed.rows) {
		const result = normaliseRow(raw.row, raw.values, column, { kind: options.kind });
		if ('errors' in result) errors.push(...result.errors);
		else places.push(result.place);
	}
	return db.tx(async (q) => {
		// Rows that name an existing place update it: it must exist and be of the same kind.
		const ids = places.filter((p) => p.id).map((p) => p.id!);
		if (ids.length) {
			const found = await q.query<{ id: string; kind: string }>(
				'select id, kind::text from public.places where id = any ($1::uuid[])',
				[ids]
			);
			const kinds = new Map(found.map((f) => [f.id, f.kind]));
			for (const p of places.filter((p) => p.id)) {
				const kind = kinds.get(p.id!);
				if (!kind)
					errors.push({
						row: p.row,
						column: column('id'),
						code: 'id_unknown',
						params: { value: p.id! }
					});
				else if (kind !== p.kind) {
					errors.push({
						row: p.row,
						column: column('kind'),
						code: 'kind_mismatch',
						params: { value: kind }
					});
				}
			}
		}
		for (const d of duplicatesInFile(places)) {
			errors.push({ row: d.row, code: 'duplicate_in_file', params: { other: d.other } });
		}
		const existing = await duplicatesInDatabase(q, places);
		errors.sort((a, b) => a.row - b.row);
		const report: ImportReport = {
			errors,
			existing,
			headers: parsed.headers,
			ignored: parsed.ignored,
			creates: places.filter((p) => !p.id).length,
			updates: places.filter((p) => p.id).length
		};
		const [run] = await q.query<{ id: string }>(
			`insert into public.import_runs
			   (file_name, format, encoding, target_status, rows, report, row_count, error_count)
			 values ($1, $2, $3, $4::public.place_status, $5::jsonb, $6::jsonb, $7, $8)
			 returning id`,
			[
				file.name.slice(0, 200) || 'upload',
				parsed.format,
				parsed.encoding,
				options.targetStatus,
				JSON.stringify(errors.length ? [] : places),
				JSON.stringify(report),
				parsed.rows.length,
				new Set(errors.map((e) => e.row)).size
			]
		);
		return run.id;
	});
}

export async function getImportRun(db: Session, id: string): Promise<ImportRun | null> {
	const [run] = await db.query<ImportRun>(
		`select id, file_name, format, encoding, target_status::text, status, row_count, error_count,
		        created_count, updated_count, created_at, finished_at, report
		   from public.import_runs where id = $1::uuid`,
		[id]
	);
	return run ?? null;
}

export async function listImportRuns(db: Session, limit = 20) {
	return db.query<Omit<ImportRun, 'report'>>(
		`select id, file_name, format, encoding, target_status::text, status, row_count, error_count,
		        created_count, updated_count, created_at, finished_at
		   from public.import_runs order by created_at desc limit $1`,
		[limit]
	);
}

export class ImportFailed extends Error {
	constructor(
		readonly error: RowError,
		message: string
	) {
		super(message);
	}
}

export const BATCH = 250;

/**
 * Writes a previewed import in one transaction. `choices` says per row what to do with a
 * duplicate of an existing place (default: merge when the kinds match, else create). Throws
 * ImportFailed (nothing stored) when a row is refused by the database; the reason is kept in the
 * run's report.
 */
export async function commitImport(
	db: Session,
	runId: string,
	choices: Map<number, Choice>,
	progress: (done: number, total: number) => void = () => {}
): Promise<{ created: number; updated: number }> {
	try {
		return await db.tx(async (q) => {
			// Claim the run: only a previewed run without errors is written, and only once.
			const [run] = await q.query<{
				rows: ImportPlace[];
				report: ImportReport;
				target_status: string;
			}>(
				`select rows, report, target_status::text from public.import_runs
				  where id = $1::uuid and status = 'previewed' and error_count = 0 for update`,
				[runId]
			);
			if (!run)
				throw new ImportFailed(
					{ row: 0, code: 'file', params: { problem: 'not_ready' } },
					'not ready'
				);
			const matches = new Map(run.report.existing.map((m) => [m.row, m]));
			const todo: ImportPlace[] = [];
			for (const p of run.rows) {
				const m = matches.get(p.row);
				const choice = choices.get(p.row) ?? (m && m.kind === p.kind ? 'merge' : 'new');
				if (m && choice === 'skip') continue;
				if (m && choice === 'merge' && m.kind === p.kind) todo.push({ ...p, id: m.place_id });
				else todo.push(p);
			}
			const orgIds = await organisationIds(q, todo);
			let created = 0;
			let updated = 0;
			for (let i = 0; i < todo.length; i += BATCH) {
				const batch = todo.slice(i, i + BATCH).map((p) => ({
					...p,
					organisation_id: p.organisation
						? (orgIds.get(p.organisation.toLowerCase()) ?? null)
						: null,
					update: !!p.id,
					id: p.id ?? randomUUID()
				}));
				await q.query('savepoint import_batch');
				try {
					await writeBatch(q, batch, run.target_status);
					await q.query('release savepoint import_batch');
				} catch {
					await q.query('rollback to savepoint import_batch');
					await pinFailingRow(q, batch, run.target_status);
				}
				created += batch.filter((b) => !b.update).length;
				updated += batch.filter((b) => b.update).length;
				progress(Math.min(i + BATCH, todo.length), todo.length);
			}
			await q.query(
				`update public.import_runs
				    set status = 'committed', created_count = $2, updated_count = $3, finished_at = now(),
				        report = report - 'commit_error'
				  where id = $1::uuid`,
				[runId, created, updated]
			);
			return { created, updated };
		});
	} catch (e) {
		const error: RowError =
			e instanceof ImportFailed
				? e.error
				: {
						row: 0,
						code: 'db_error',
						params: { message: String((e as Error).message).slice(0, 300) }
					};
		if (!(e instanceof ImportFailed && e.error.params?.problem === 'not_ready')) {
			await db
				.query(
					`update public.import_runs set report = report || jsonb_build_object('commit_error', $2::jsonb)
					  where id = $1::uuid and status = 'previewed'`,
					[runId, JSON.stringify(error)]
				)
				.catch(() => {});
		}
		throw e instanceof ImportFailed ? e : new ImportFailed(error, (e as Error).message);
	}
}

/** Re-runs a failed batch row by row to name the row the database refused (then gives up). */
async function pinFailingRow(q: Queryable, batch: WriteRow[], status: string): Promise<never> {
	for (const row of batch) {
		await q.query('savepoint import_row');
		try {
			await writeBatch(q, [row], status);
			await q.query('release savepoint import_row');
		} catch (e) {
			throw new ImportFailed(
				{
					row: row.row,
					code: 'db_error',
					params: { message: String((e as Error).message).slice(0, 300) }
				},
				(e as Error).message
			);
		}
	}
	throw new ImportFailed(
		{ row: batch[0].row, code: 'db_error', params: { message: 'batch failed' } },
		'batch failed'
	);
}

/** Organisations by lower-case name: existing ones, the others created (as staff). */
async function organisationIds(q: Queryable, places: ImportPlace[]) {
	const names = new Map<string, { name: string; employer: boolean }>();
	for (const p of places) {
		if (!p.organisation) continue;
		const key = p.organisation.toLowerCase();
		const employer = p.kind === 'vacancy' || p.kind === 'employer';
		const prev = names.get(key);
		names.set(key, {
			name: prev?.name ?? p.organisation,
			employer: (prev?.employer ?? false) || employer
		});
	}
	const ids = new Map<string, string>();
	if (names.size === 0) return ids;
	const found = await q.query<{ id: string; key: string }>(
		`select distinct on (lower(name)) id, lower(name) as key from public.organisations
		  where lower(name) = any ($1::text[]) order by lower(name), created_at`,
		[[...names.keys()]]
	);
	for (const f of found) ids.set(f.key, f.id);
	const missing = [...names.entries()].filter(([k]) => !ids.has(k));
	if (missing.length) {
		const made = await q.query<{ id: string; name: string }>(
			`insert into public.organisations (name, kind)
			 select n, k::public.organisation_kind from unnest($1::text[], $2::text[]) as t(n, k)
			 returning id, name`,
			[
				missing.map(([, v]) => v.name),
				missing.map(([, v]) => (v.employer ? 'employer' : 'carrier'))
			]
		);
		for (const m of made) ids.set(m.name.toLowerCase(), m.id);
	}
	return ids;
}

type WriteRow = ImportPlace & { id: string; update: boolean; organisation_id: string | null };

const RECORD = `r(id uuid, kind text, title text, description text, address text, lon float8, lat float8,
  opening_hours text, wheelchair text, languages text[], contact_name text, contact_phone text,
  contact_email text, website text, valid_from date, valid_through date, organisation_id uuid,
  details jsonb)`;

/** Inserts new places and merges rows into existing ones, then their detail rows. */
async function writeBatch(q: Queryable, batch: WriteRow[], status: string) {
	const inserts = batch.filter((b) => !b.update);
	const updates = batch.filter((b) => b.update);
	if (inserts.length) {
		await q.query(
			`insert into public.places (id, kind, title, description, address, location, opening_hours,
			   wheelchair, languages, contact_name, contact_phone, contact_email, website, status,
			   valid_from, valid_through, organisation_id)
			 select r.id, r.kind::public.place_kind, r.title, r.description, r.address,
			        st_setsrid(st_makepoint(r.lon, r.lat), 4326)::geography, r.opening_hours,
			        r.wheelchair::public.wheelchair_access,
			        case when cardinality(r.languages) > 0 then r.languages else '{de}' end,
			        r.contact_name, r.contact_phone, r.contact_email, r.website,
			        $2::public.place_status, r.valid_from, r.valid_through, r.organisation_id
			   from jsonb_to_recordset($1::jsonb) as ${RECORD}`,
			[JSON.stringify(inserts), status]
		);
	}
	if (updates.length) {
		await q.query(
			`update public.places p set
			   title = r.title,
			   description = coalesce(nullif(r.description, ''), p.description),
			   address = coalesce(r.address, p.address),
			   location = st_setsrid(st_makepoint(r.lon, r.lat), 4326)::geography,
			   opening_hours = coalesce(r.opening_hours, p.opening_hours),
			   wheelchair = case when r.wheelchair = 'unknown' then p.wheelchair
			                     else r.wheelchair::public.wheelchair_access end,
			   languages = case when cardinality(r.languages) > 0 then r.languages else p.languages end,
			   contact_name = coalesce(r.contact_name, p.contact_name),
			   contact_phone = coalesce(r.contact_phone, p.contact_phone),
			   contact_email = coalesce(r.contact_email, p.contact_email),
			   website = coalesce(r.website, p.website),
			   valid_from = coalesce(r.valid_from, p.valid_from),
			   valid_through = coalesce(r.valid_through, p.valid_through),
			   organisation_id = coalesce(r.organisation_id, p.organisation_id)
			  from jsonb_to_recordset($1::jsonb) as ${RECORD}
			 where p.id = r.id`,
			[JSON.stringify(updates)]
		);
	}
	await writeDetails(q, batch);
}

/** Detail rows: an existing one keeps what the row leaves empty; a missing one is created. */
async function writeDetails(q: Queryable, batch: WriteRow[]) {
	const of = (kinds: string[]) =>
		JSON.stringify(
			batch.filter((b) => kinds.includes(b.kind)).map((b) => ({ id: b.id, ...b.details }))
		);
	const vacancies = of(['vacancy']);
	if (vacancies !== '[]') {
		const rec = `r(id uuid, working_time public.working_time, hours_per_week numeric,
		  german_level public.german_level, childcare_friendly boolean, suitable_for_refugees boolean,
		  how_to_apply text)`;
		await q.query(
			`update public.vacancy_details t set
			   working_time = coalesce(r.working_time, t.working_time),
			   hours_per_week = coalesce(r.hours_per_week, t.hours_per_week),
			   german_level = coalesce(r.german_level, t.german_level),
			   childcare_friendly = coalesce(r.childcare_friendly, t.childcare_friendly),
			   suitable_for_refugees = coalesce(r.suitable_for_refugees, t.suitable_for_refugees),
			   how_to_apply = coalesce(r.how_to_apply, t.how_to_apply)
			  from jsonb_to_recordset($1::jsonb) as ${rec} where t.place_id = r.id`,
			[vacancies]
		);
		await q.query(
			`insert into public.vacancy_details (place_id, working_time, hours_per_week, german_level,
			   childcare_friendly, suitable_for_refugees, how_to_apply)
			 select r.id, r.working_time, r.hours_per_week, coalesce(r.german_level, 'none'),
			        coalesce(r.childcare_friendly, false), coalesce(r.suitable_for_refugees, false), r.how_to_apply
			   from jsonb_to_recordset($1::jsonb) as ${rec}
			  where not exists (select 1 from public.vacancy_details t where t.place_id = r.id)`,
			[vacancies]
		);
	}
	const events = of(['event']);
	if (events !== '[]') {
		const rec = `r(id uuid, starts_at timestamptz, ends_at timestamptz, event_type public.event_type,
		  registration_needed boolean)`;
		await q.query(
			`update public.event_details t set
			   starts_at = coalesce(r.starts_at, t.starts_at),
			   ends_at = coalesce(r.ends_at, t.ends_at),
			   event_type = coalesce(r.event_type, t.event_type),
			   registration_needed = coalesce(r.registration_needed, t.registration_needed)
			  from jsonb_to_recordset($1::jsonb) as ${rec} where t.place_id = r.id`,
			[events]
		);
		await q.query(
			`insert into public.event_details (place_id, event_type, starts_at, ends_at, registration_needed)
			 select r.id, coalesce(r.event_type, 'other'), r.starts_at, r.ends_at, coalesce(r.registration_needed, false)
			   from jsonb_to_recordset($1::jsonb) as ${rec}
			  where not exists (select 1 from public.event_details t where t.place_id = r.id)`,
			[events]
		);
	}
	const spaces = of(['vacant_space']);
	if (spaces !== '[]') {
		const rec = `r(id uuid, space_type public.space_type, area_m2 numeric, rent_eur_month numeric,
		  free_interim_use boolean)`;
		await q.query(
			`update public.space_details t set
			   space_type = coalesce(r.space_type, t.space_type),
			   area_m2 = coalesce(r.area_m2, t.area_m2),
			   rent_eur_month = coalesce(r.rent_eur_month, t.rent_eur_month),
			   free_interim_use = coalesce(r.free_interim_use, t.free_interim_use)
			  from jsonb_to_recordset($1::jsonb) as ${rec} where t.place_id = r.id`,
			[spaces]
		);
		await q.query(
			`insert into public.space_details (place_id, space_type, area_m2, rent_eur_month, free_interim_use)
			 select r.id, coalesce(r.space_type, 'other'), r.area_m2, r.rent_eur_month, coalesce(r.free_interim_use, false)
			   from jsonb_to_recordset($1::jsonb) as ${rec}
			  where not exists (select 1 from public.space_details t where t.place_id = r.id)`,
			[spaces]
		);
	}
	const services = of(['support_service', 'learning_place']);
	if (services !== '[]') {
		const rec = `r(id uuid, cost public.cost_kind, eligibility text, application_process text,
		  fees_description text, appointment_needed boolean)`;
		await q.query(
			`update public.service_details t set
			   cost = coalesce(r.cost, t.cost),
			   eligibility = coalesce(r.eligibility, t.eligibility),
			   application_process = coalesce(r.application_process, t.application_process),
			   fees_description = coalesce(r.fees_description, t.fees_description),
			   appointment_needed = coalesce(r.appointment_needed, t.appointment_needed)
			  from jsonb_to_recordset($1::jsonb) as ${rec} where t.place_id = r.id`,
			[services]
		);
		await q.query(
			`insert into public.service_details (place_id, cost, eligibility, application_process,
			   fees_description, appointment_needed)
			 select r.id, coalesce(r.cost, 'free'), r.eligibility, r.application_process, r.fees_description,
			        coalesce(r.appointment_needed, false)
			   from jsonb_to_recordset($1::jsonb) as ${rec}
			  where not exists (select 1 from public.service_details t where t.place_id = r.id)`,
			[services]
		);
	}
}
