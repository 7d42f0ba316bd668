-- Vacancies from the Bundesagentur für Arbeit's job search (issue #15 item 4), off by default
-- (QK_BA_JOBSUCHE=1). Each ad becomes a published vacancy with only the fields we show (title,
-- employer, address, coordinates, working time, dates) and a link back to the original ad; this
-- table remembers which place holds which ad, so a refresh updates it and an ad that the source no
-- longer lists is archived ("expired with the source"). Written by the import job (service_role);
-- staff read it. Reuse of the agency's data needs its consent (README).

set search_path = public, extensions;

create table public.external_jobs (
  source text not null check (source in ('ba-jobsuche')),
  ref text not null check (char_length(ref) between 1 and 100),
  place_id uuid not null references public.places (id) on delete cascade,
  first_seen timestamptz not null default now(),
  last_seen timestamptz not null default now(),
  primary key (source, ref)
);
create index external_jobs_place_idx on public.external_jobs (place_id);

alter table public.external_jobs enable row level security;
revoke all on table public.external_jobs from anon, authenticated;
grant select on table public.external_jobs to authenticated;
grant all on table public.external_jobs to service_role;

create policy external_jobs_select_staff on public.external_jobs
  for select to authenticated using ((select private.is_staff()));
create policy external_jobs_all_service on public.external_jobs
  for all to service_role using (true) with check (true);
