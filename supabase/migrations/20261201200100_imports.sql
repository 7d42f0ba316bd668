-- Imports of places from CSV, GeoJSON and Open Referral HSDS files by staff (issue #15 item 1).
-- An import is previewed first: the server parses and checks the file and keeps the result here
-- (the rows ready to write and the report), so the confirmation needs no second upload and any
-- instance can carry it out. Confirming writes every row in one transaction under the staff
-- member's claims (places' own policies decide; no superuser), claiming this row first
-- (`for update` + status) so an import is never written twice.

set search_path = public, extensions;

create table public.import_runs (
  id uuid primary key default gen_random_uuid(),
  created_by uuid not null default auth.uid(),
  created_at timestamptz not null default now(),
  file_name text not null check (char_length(file_name) between 1 and 200),
  format text not null check (format in ('csv', 'geojson', 'hsds')),
  encoding text not null check (char_length(encoding) <= 20),
  target_status public.place_status not null default 'pending',
  status text not null default 'previewed'
    check (status in ('previewed', 'running', 'committed', 'failed', 'discarded')),
  -- The checked rows, ready to write (src/lib/server/staff/import/rows.ts ImportPlace[]).
  rows jsonb not null default '[]' check (jsonb_typeof(rows) = 'array'),
  -- Errors, duplicates, ignored columns (codes and parameters; worded in the reader's language).
  report jsonb not null default '{}' check (jsonb_typeof(report) = 'object'),
  row_count int not null default 0,
  error_count int not null default 0,
  created_count int,
  updated_count int,
  finished_at timestamptz
);
create index import_runs_created_idx on public.import_runs (created_at desc);

alter table public.import_runs enable row level security;

revoke all on table public.import_runs from anon, authenticated;
grant select, insert, update, delete on table public.import_runs to authenticated;
grant all on table public.import_runs to service_role;

-- Staff only, whoever of them started it (a colleague may finish or discard it).
create policy import_runs_select_staff on public.import_runs
  for select to authenticated
  using ((select private.is_staff()));
create policy import_runs_insert_staff on public.import_runs
  for insert to authenticated
  with check ((select private.is_staff()) and created_by = (select auth.uid()));
create policy import_runs_update_staff on public.import_runs
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy import_runs_delete_staff on public.import_runs
  for delete to authenticated
  using ((select private.is_staff()));
-- anon: no grant. business and coach: the policies above admit no row.
create policy import_runs_all_service on public.import_runs
  for all to service_role
  using (true)
  with check (true);
