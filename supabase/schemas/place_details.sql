-- The details of a place by kind (vacancy, space, service, event), one row beside its place.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- types

create type public.working_time as enum ('full_time', 'part_time', 'mini_job');

create type public.german_level as enum ('none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2');

create type public.space_type as enum ('shop', 'office', 'room', 'workshop', 'other');

create type public.event_type as enum ('job_fair', 'company_visit', 'internship', 'workshop', 'info', 'other');

create type public.cost_kind as enum ('free', 'reduced', 'paid');

-- tables, their RLS, indexes, policies and grants

create table public.vacancy_details (
  place_id uuid not null,
  working_time working_time not null,
  hours_per_week numeric(4,1),
  fixed_term boolean default false not null,
  start_date date,
  salary_min numeric(10,2),
  salary_max numeric(10,2),
  salary_unit text,
  german_level german_level default 'none'::german_level not null,
  childcare_friendly boolean default false not null,
  suitable_for_refugees boolean default false not null,
  how_to_apply text,
  shift_start time without time zone,
  shift_end time without time zone,
  weekend_work boolean default false not null,
  constraint vacancy_details_pkey PRIMARY KEY (place_id),
  constraint vacancy_details_hours_per_week_check CHECK (((hours_per_week > (0)::numeric) AND (hours_per_week <= (60)::numeric))),
  constraint vacancy_details_how_to_apply_check CHECK ((char_length(how_to_apply) <= 2000)),
  constraint vacancy_details_salary_max_check CHECK ((salary_max >= (0)::numeric)),
  constraint vacancy_details_salary_min_check CHECK ((salary_min >= (0)::numeric)),
  constraint vacancy_details_salary_unit_check CHECK ((salary_unit = ANY (ARRAY['hour'::text, 'month'::text, 'year'::text]))),
  constraint vacancy_salary_range CHECK (((salary_max IS NULL) OR (salary_min IS NULL) OR (salary_max >= salary_min))),
  constraint vacancy_shift_both CHECK (((shift_start IS NULL) = (shift_end IS NULL))),
  constraint vacancy_shift_not_empty CHECK (((shift_start IS NULL) OR (shift_start <> shift_end)))
);

alter table public.vacancy_details add constraint vacancy_details_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE CASCADE;

alter table public.vacancy_details enable row level security;

comment on column public.vacancy_details.shift_start is 'start of the shift on a working day (local time); null: not given';

comment on column public.vacancy_details.shift_end is 'end of the shift (before shift_start: the next morning); null: not given';

comment on column public.vacancy_details.weekend_work is 'the work includes Saturdays or Sundays';

create policy vacancy_details_delete_place_editor on public.vacancy_details
  for delete to authenticated
  using (private.can_edit_place(place_id));

create policy vacancy_details_insert_place_editor on public.vacancy_details
  for insert to authenticated
  with check (private.can_edit_place(place_id));

create policy vacancy_details_select_visible_place on public.vacancy_details
  for select to anon, authenticated
  using ((EXISTS ( SELECT 1
   FROM places p
  WHERE (p.id = vacancy_details.place_id))));

create policy vacancy_details_update_place_editor on public.vacancy_details
  for update to authenticated
  using (private.can_edit_place(place_id))
  with check (private.can_edit_place(place_id));

revoke all on public.vacancy_details from public, anon, authenticated, service_role;
grant select on public.vacancy_details to anon;
grant select, insert, update, delete on public.vacancy_details to authenticated;
grant all on public.vacancy_details to service_role;

create table public.space_details (
  place_id uuid not null,
  space_type space_type not null,
  area_m2 numeric(8,1),
  rent_eur_month numeric(10,2),
  free_interim_use boolean default false not null,
  available_from date,
  available_until date,
  welcome_uses text,
  constraint space_details_pkey PRIMARY KEY (place_id),
  constraint space_availability CHECK (((available_until IS NULL) OR (available_from IS NULL) OR (available_until >= available_from))),
  constraint space_details_area_m2_check CHECK (((area_m2 > (0)::numeric) AND (area_m2 < (100000)::numeric))),
  constraint space_details_rent_eur_month_check CHECK ((rent_eur_month >= (0)::numeric)),
  constraint space_details_welcome_uses_check CHECK ((char_length(welcome_uses) <= 1000))
);

alter table public.space_details add constraint space_details_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE CASCADE;

alter table public.space_details enable row level security;

create policy space_details_delete_place_editor on public.space_details
  for delete to authenticated
  using (private.can_edit_place(place_id));

create policy space_details_insert_place_editor on public.space_details
  for insert to authenticated
  with check (private.can_edit_place(place_id));

create policy space_details_select_visible_place on public.space_details
  for select to anon, authenticated
  using ((EXISTS ( SELECT 1
   FROM places p
  WHERE (p.id = space_details.place_id))));

create policy space_details_update_place_editor on public.space_details
  for update to authenticated
  using (private.can_edit_place(place_id))
  with check (private.can_edit_place(place_id));

revoke all on public.space_details from public, anon, authenticated, service_role;
grant select on public.space_details to anon;
grant select, insert, update, delete on public.space_details to authenticated;
grant all on public.space_details to service_role;

create table public.service_details (
  place_id uuid not null,
  eligibility text,
  cost cost_kind default 'free'::cost_kind not null,
  fees_description text,
  required_documents text[] default '{}'::text[] not null,
  application_process text,
  appointment_needed boolean default false not null,
  constraint service_details_pkey PRIMARY KEY (place_id),
  constraint service_details_application_process_check CHECK ((char_length(application_process) <= 2000)),
  constraint service_details_eligibility_check CHECK ((char_length(eligibility) <= 2000)),
  constraint service_details_fees_description_check CHECK ((char_length(fees_description) <= 500))
);

alter table public.service_details add constraint service_details_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE CASCADE;

alter table public.service_details enable row level security;

create policy service_details_delete_staff on public.service_details
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy service_details_insert_staff on public.service_details
  for insert to authenticated
  with check (( SELECT private.is_staff() AS is_staff));

create policy service_details_select_visible_place on public.service_details
  for select to anon, authenticated
  using ((EXISTS ( SELECT 1
   FROM places p
  WHERE (p.id = service_details.place_id))));

create policy service_details_update_staff on public.service_details
  for update to authenticated
  using (( SELECT private.is_staff() AS is_staff))
  with check (( SELECT private.is_staff() AS is_staff));

revoke all on public.service_details from public, anon, authenticated, service_role;
grant select on public.service_details to anon;
grant select, insert, update, delete on public.service_details to authenticated;
grant all on public.service_details to service_role;

create table public.event_details (
  place_id uuid not null,
  event_type event_type not null,
  starts_at timestamp with time zone not null,
  ends_at timestamp with time zone,
  registration_needed boolean default false not null,
  constraint event_details_pkey PRIMARY KEY (place_id),
  constraint event_times CHECK (((ends_at IS NULL) OR (ends_at >= starts_at)))
);

alter table public.event_details add constraint event_details_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE CASCADE;

alter table public.event_details enable row level security;

create policy event_details_delete_place_editor on public.event_details
  for delete to authenticated
  using (private.can_edit_place(place_id));

create policy event_details_insert_place_editor on public.event_details
  for insert to authenticated
  with check (private.can_edit_place(place_id));

create policy event_details_select_visible_place on public.event_details
  for select to anon, authenticated
  using ((EXISTS ( SELECT 1
   FROM places p
  WHERE (p.id = event_details.place_id))));

create policy event_details_update_place_editor on public.event_details
  for update to authenticated
  using (private.can_edit_place(place_id))
  with check (private.can_edit_place(place_id));

revoke all on public.event_details from public, anon, authenticated, service_role;
grant select on public.event_details to anon;
grant select, insert, update, delete on public.event_details to authenticated;
grant all on public.event_details to service_role;

-- triggers

create trigger vacancy_details_edit_to_pending after INSERT OR DELETE OR UPDATE
  on public.vacancy_details
  for each row execute function private.place_details_edit_to_pending();

create trigger vacancy_details_kind after INSERT OR UPDATE
  on public.vacancy_details
  for each row execute function private.check_detail_kind('vacancy');

create trigger space_details_edit_to_pending after INSERT OR DELETE OR UPDATE
  on public.space_details
  for each row execute function private.place_details_edit_to_pending();

create trigger space_details_kind after INSERT OR UPDATE
  on public.space_details
  for each row execute function private.check_detail_kind('vacant_space');

create trigger service_details_edit_to_pending after INSERT OR DELETE OR UPDATE
  on public.service_details
  for each row execute function private.place_details_edit_to_pending();

create trigger service_details_kind after INSERT OR UPDATE
  on public.service_details
  for each row execute function private.check_detail_kind('support_service', 'learning_place');

create trigger event_details_edit_to_pending after INSERT OR DELETE OR UPDATE
  on public.event_details
  for each row execute function private.place_details_edit_to_pending();

create trigger event_details_kind after INSERT OR UPDATE
  on public.event_details
  for each row execute function private.check_detail_kind('event');

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.check_detail_kind() from public, anon, authenticated, service_role;

revoke all on function private.place_details_edit_to_pending() from public, anon, authenticated, service_role;

revoke all on function public.place_detail(uuid) from public, anon, authenticated, service_role;
grant execute on function public.place_detail(uuid) to anon, authenticated, service_role;
