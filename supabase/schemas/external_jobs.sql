-- External jobs: vacancies read from the Federal Employment Agency's job search (ba-jobsuche), each
-- linked to the place it became.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.external_jobs (
  source text not null,
  ref text not null,
  place_id uuid not null,
  first_seen timestamp with time zone default now() not null,
  last_seen timestamp with time zone default now() not null,
  constraint external_jobs_pkey PRIMARY KEY (source, ref),
  constraint external_jobs_ref_check CHECK (((char_length(ref) >= 1) AND (char_length(ref) <= 100))),
  constraint external_jobs_source_check CHECK ((source = 'ba-jobsuche'::text))
);

alter table public.external_jobs add constraint external_jobs_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE CASCADE;

alter table public.external_jobs enable row level security;

create index external_jobs_place_idx on public.external_jobs (place_id);

create policy external_jobs_all_service on public.external_jobs
  for all to service_role
  using (true)
  with check (true);

create policy external_jobs_select_staff on public.external_jobs
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

revoke all on public.external_jobs from public, anon, authenticated, service_role;
grant select on public.external_jobs to authenticated;
grant all on public.external_jobs to service_role;
