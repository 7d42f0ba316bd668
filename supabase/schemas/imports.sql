-- Imports: the record of each staff import run.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.import_runs (
  id uuid default gen_random_uuid() not null,
  created_by uuid default auth.uid() not null,
  created_at timestamp with time zone default now() not null,
  file_name text not null,
  format text not null,
  encoding text not null,
  target_status place_status default 'pending'::place_status not null,
  status text default 'previewed'::text not null,
  rows jsonb default '[]'::jsonb not null,
  report jsonb default '{}'::jsonb not null,
  row_count integer default 0 not null,
  error_count integer default 0 not null,
  created_count integer,
  updated_count integer,
  finished_at timestamp with time zone,
  constraint import_runs_pkey PRIMARY KEY (id),
  constraint import_runs_encoding_check CHECK ((char_length(encoding) <= 20)),
  constraint import_runs_file_name_check CHECK (((char_length(file_name) >= 1) AND (char_length(file_name) <= 200))),
  constraint import_runs_format_check CHECK ((format = ANY (ARRAY['csv'::text, 'geojson'::text, 'hsds'::text]))),
  constraint import_runs_report_check CHECK ((jsonb_typeof(report) = 'object'::text)),
  constraint import_runs_rows_check CHECK ((jsonb_typeof(rows) = 'array'::text)),
  constraint import_runs_status_check CHECK ((status = ANY (ARRAY['previewed'::text, 'running'::text, 'committed'::text, 'failed'::text, 'discarded'::text])))
);

alter table public.import_runs enable row level security;

create index import_runs_created_idx on public.import_runs (created_at DESC);

create policy import_runs_all_service on public.import_runs
  for all to service_role
  using (true)
  with check (true);

create policy import_runs_delete_staff on public.import_runs
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy import_runs_insert_staff on public.import_runs
  for insert to authenticated
  with check ((( SELECT private.is_staff() AS is_staff) AND (created_by = ( SELECT auth.uid() AS uid))));

create policy import_runs_select_staff on public.import_runs
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy import_runs_update_staff on public.import_runs
  for update to authenticated
  using (( SELECT private.is_staff() AS is_staff))
  with check (( SELECT private.is_staff() AS is_staff));

revoke all on public.import_runs from public, anon, authenticated, service_role;
grant select, insert, update, delete on public.import_runs to authenticated;
grant all on public.import_runs to service_role;
