-- The fields only one kind of place has: vacancies, vacant spaces, services (support services
-- and learning places) and events. A detail row is visible with its place and writable by whoever
-- may edit the place; it must sit on a place of its kind; a business change to the detail row of a
-- published place sends the place back to moderation. place_detail() reads a place with all of it.

set search_path = public, extensions;

create type public.working_time as enum ('full_time', 'part_time', 'mini_job');
-- CEFR levels; 'none' means no German is needed.
create type public.german_level as enum ('none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2');
create type public.space_type as enum ('shop', 'office', 'room', 'workshop', 'other');
create type public.event_type as enum ('job_fair', 'company_visit', 'internship', 'workshop', 'info', 'other');
create type public.cost_kind as enum ('free', 'reduced', 'paid');

create table public.vacancy_details (
  place_id uuid primary key references public.places (id) on delete cascade,
  working_time public.working_time not null,
  hours_per_week numeric(4, 1) check (hours_per_week > 0 and hours_per_week <= 60),
  fixed_term boolean not null default false,
  start_date date,
  salary_min numeric(10, 2) check (salary_min >= 0),
  salary_max numeric(10, 2) check (salary_max >= 0),
  salary_unit text check (salary_unit in ('hour', 'month', 'year')),
  german_level public.german_level not null default 'none',
  childcare_friendly boolean not null default false,
  suitable_for_refugees boolean not null default false,
  how_to_apply text check (char_length(how_to_apply) <= 2000),
  constraint vacancy_salary_range check (salary_max is null or salary_min is null or salary_max >= salary_min)
);

create table public.space_details (
  place_id uuid primary key references public.places (id) on delete cascade,
  space_type public.space_type not null,
  area_m2 numeric(8, 1) check (area_m2 > 0 and area_m2 < 100000),
  rent_eur_month numeric(10, 2) check (rent_eur_month >= 0),
  free_interim_use boolean not null default false,
  available_from date,
  available_until date,
  welcome_uses text check (char_length(welcome_uses) <= 1000),
  constraint space_availability check (available_until is null or available_from is null or available_until >= available_from)
);

-- Close to Open Referral HSDS `service`: eligibility, fees, languages, required documents.
create table public.service_details (
  place_id uuid primary key references public.places (id) on delete cascade,
  eligibility text check (char_length(eligibility) <= 2000),
  cost public.cost_kind not null default 'free',
  fees_description text check (char_length(fees_description) <= 500),
  required_documents text[] not null default '{}',
  application_process text check (char_length(application_process) <= 2000),
  appointment_needed boolean not null default false
);

create table public.event_details (
  place_id uuid primary key references public.places (id) on delete cascade,
  event_type public.event_type not null,
  starts_at timestamptz not null,
  ends_at timestamptz,
  registration_needed boolean not null default false,
  constraint event_times check (ends_at is null or ends_at >= starts_at)
);

alter table public.vacancy_details enable row level security;
alter table public.space_details enable row level security;
alter table public.service_details enable row level security;
alter table public.event_details enable row level security;

revoke all on table public.vacancy_details, public.space_details, public.service_details,
  public.event_details from anon, authenticated;
grant select on table public.vacancy_details, public.space_details, public.service_details,
  public.event_details to anon;
grant select, insert, update, delete on table public.vacancy_details, public.space_details,
  public.service_details, public.event_details to authenticated;
grant all on table public.vacancy_details, public.space_details, public.service_details,
  public.event_details to service_role;

-- ---------------------------------------------------------------------------------------------
-- Triggers
-- ---------------------------------------------------------------------------------------------

-- A detail row must sit on a place of the matching kind (vacancy_details on a vacancy, …).
-- AFTER triggers, so a caller without rights gets the RLS refusal (42501) first. Security definer:
-- the check must see the parent even where RLS would hide it from the caller.
create or replace function private.check_detail_kind() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  expected public.place_kind[] := tg_argv::public.place_kind[];
  actual public.place_kind;
begin
  select kind into actual from public.places where id = new.place_id;
  if actual is not null and not (actual = any (expected)) then
    raise exception 'a % row belongs to a place of kind %, not %', tg_table_name,
      array_to_string(expected, ' or '), actual
      using errcode = '23514';
  end if;
  return null;
end
$$;

-- A business change to a published place's detail row sends the place back to moderation, like an
-- edit of the place itself. Security invoker: the update of the parent runs under the caller's
-- rights (the caller may edit the place, or the detail change would have been refused already).
create or replace function private.place_details_edit_to_pending() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  target uuid;
begin
  if current_user = 'authenticated' and not private.is_staff() then
    if tg_op = 'DELETE' then
      target := old.place_id;
    else
      target := new.place_id;
    end if;
    update public.places set status = 'pending' where id = target and status = 'published';
  end if;
  return null;
end
$$;

revoke all on function private.check_detail_kind(), private.place_details_edit_to_pending()
  from public, anon, authenticated;

create trigger vacancy_details_kind after insert or update on public.vacancy_details
for each row execute function private.check_detail_kind('vacancy');
create trigger space_details_kind after insert or update on public.space_details
for each row execute function private.check_detail_kind('vacant_space');
create trigger service_details_kind after insert or update on public.service_details
for each row execute function private.check_detail_kind('support_service', 'learning_place');
create trigger event_details_kind after insert or update on public.event_details
for each row execute function private.check_detail_kind('event');

create trigger vacancy_details_edit_to_pending
after insert or update or delete on public.vacancy_details
for each row execute function private.place_details_edit_to_pending();
create trigger space_details_edit_to_pending
after insert or update or delete on public.space_details
for each row execute function private.place_details_edit_to_pending();
create trigger service_details_edit_to_pending
after insert or update or delete on public.service_details
for each row execute function private.place_details_edit_to_pending();
create trigger event_details_edit_to_pending
after insert or update or delete on public.event_details
for each row execute function private.place_details_edit_to_pending();

create trigger vacancy_details_audit after insert or update or delete on public.vacancy_details
for each row execute function private.audit_row_change();
create trigger space_details_audit after insert or update or delete on public.space_details
for each row execute function private.audit_row_change();
create trigger event_details_audit after insert or update or delete on public.event_details
for each row execute function private.audit_row_change();

-- ---------------------------------------------------------------------------------------------
-- Policies: visible with their place (the subquery on places is itself under RLS); writable by
-- whoever may edit the place.
-- ---------------------------------------------------------------------------------------------

create policy vacancy_details_select_visible_place on public.vacancy_details
  for select to anon, authenticated
  using (exists (select 1 from public.places p where p.id = vacancy_details.place_id));
create policy vacancy_details_insert_place_editor on public.vacancy_details
  for insert to authenticated
  with check (private.can_edit_place(place_id));
create policy vacancy_details_update_place_editor on public.vacancy_details
  for update to authenticated
  using (private.can_edit_place(place_id))
  with check (private.can_edit_place(place_id));
create policy vacancy_details_delete_place_editor on public.vacancy_details
  for delete to authenticated
  using (private.can_edit_place(place_id));

create policy space_details_select_visible_place on public.space_details
  for select to anon, authenticated
  using (exists (select 1 from public.places p where p.id = space_details.place_id));
create policy space_details_insert_place_editor on public.space_details
  for insert to authenticated
  with check (private.can_edit_place(place_id));
create policy space_details_update_place_editor on public.space_details
  for update to authenticated
  using (private.can_edit_place(place_id))
  with check (private.can_edit_place(place_id));
create policy space_details_delete_place_editor on public.space_details
  for delete to authenticated
  using (private.can_edit_place(place_id));

create policy service_details_select_visible_place on public.service_details
  for select to anon, authenticated
  using (exists (select 1 from public.places p where p.id = service_details.place_id));
create policy service_details_insert_place_editor on public.service_details
  for insert to authenticated
  with check (private.can_edit_place(place_id));
create policy service_details_update_place_editor on public.service_details
  for update to authenticated
  using (private.can_edit_place(place_id))
  with check (private.can_edit_place(place_id));
create policy service_details_delete_place_editor on public.service_details
  for delete to authenticated
  using (private.can_edit_place(place_id));

create policy event_details_select_visible_place on public.event_details
  for select to anon, authenticated
  using (exists (select 1 from public.places p where p.id = event_details.place_id));
create policy event_details_insert_place_editor on public.event_details
  for insert to authenticated
  with check (private.can_edit_place(place_id));
create policy event_details_update_place_editor on public.event_details
  for update to authenticated
  using (private.can_edit_place(place_id))
  with check (private.can_edit_place(place_id));
create policy event_details_delete_place_editor on public.event_details
  for delete to authenticated
  using (private.can_edit_place(place_id));

-- ---------------------------------------------------------------------------------------------
-- place_detail: one place with organisation, quarter name, coordinates and the detail row of its
-- kind; null when the place does not exist or the caller may not see it. Security invoker: RLS
-- decides.
-- ---------------------------------------------------------------------------------------------
create or replace function public.place_detail(place_id uuid) returns jsonb
language sql
stable
security invoker
set search_path = public, extensions
as $$
  select
    (to_jsonb(p) - 'search' - 'location' - 'created_by')
    || jsonb_build_object(
      'lon', st_x(p.location::geometry),
      'lat', st_y(p.location::geometry),
      'organisation', (
        select jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'website', o.website)
        from public.organisations o where o.id = p.organisation_id
      ),
      'quarter_name', (select q.name from public.quarters q where q.id = p.quarter_id),
      'details', case
        when p.kind = 'vacancy' then
          (select to_jsonb(d) - 'place_id' from public.vacancy_details d where d.place_id = p.id)
        when p.kind = 'vacant_space' then
          (select to_jsonb(d) - 'place_id' from public.space_details d where d.place_id = p.id)
        when p.kind in ('support_service', 'learning_place') then
          (select to_jsonb(d) - 'place_id' from public.service_details d where d.place_id = p.id)
        when p.kind = 'event' then
          (select to_jsonb(d) - 'place_id' from public.event_details d where d.place_id = p.id)
      end
    )
  from public.places p
  where p.id = place_detail.place_id
$$;

revoke execute on function public.place_detail(uuid) from public;
grant execute on function public.place_detail(uuid) to anon, authenticated, service_role;
