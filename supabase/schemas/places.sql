-- Places: every entry on the map (employers, vacancies, spaces, services, learning places, events),
-- its status and who may see and edit it.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- types

create type public.place_kind as enum ('employer', 'vacancy', 'vacant_space', 'public_space', 'support_service', 'learning_place', 'event');

create type public.place_status as enum ('draft', 'pending', 'published', 'archived');

create type public.wheelchair_access as enum ('yes', 'limited', 'no', 'unknown');

-- tables, their RLS, indexes, policies and grants

create table public.places (
  id uuid default gen_random_uuid() not null,
  kind place_kind not null,
  title text not null,
  description text default ''::text not null,
  easy_german text,
  translations jsonb default '{}'::jsonb not null,
  location geography(Point,4326) not null,
  address text,
  quarter_id text,
  opening_hours text,
  wheelchair wheelchair_access default 'unknown'::wheelchair_access not null,
  languages text[] default '{de}'::text[] not null,
  tags text[] default '{}'::text[] not null,
  contact_name text,
  contact_phone text,
  contact_email text,
  website text,
  status place_status default 'draft'::place_status not null,
  valid_from date,
  valid_through date,
  organisation_id uuid,
  is_demo boolean default false not null,
  created_by uuid default auth.uid(),
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  search tsvector generated always as ((setweight(to_tsvector('german'::regconfig, COALESCE(title, ''::text)), 'A'::"char") || setweight(to_tsvector('german'::regconfig, COALESCE(description, ''::text)), 'C'::"char"))) stored,
  map_working_time working_time,
  map_starts_at timestamp with time zone,
  lon double precision generated always as (st_x((location)::geometry)) stored,
  lat double precision generated always as (st_y((location)::geometry)) stored,
  cell integer generated always as ((floor((st_x((location)::geometry) * (100)::double precision)))::integer) stored,
  confirmed_at timestamp with time zone default now() not null,
  constraint places_pkey PRIMARY KEY (id),
  constraint places_address_check CHECK ((char_length(address) <= 300)),
  constraint places_contact_email_check CHECK ((char_length(contact_email) <= 254)),
  constraint places_contact_name_check CHECK ((char_length(contact_name) <= 120)),
  constraint places_contact_phone_check CHECK ((char_length(contact_phone) <= 50)),
  constraint places_description_check CHECK ((char_length(description) <= 6000)),
  constraint places_easy_german_check CHECK ((char_length(easy_german) <= 2000)),
  constraint places_languages_check CHECK ((array_position(languages, NULL::text) IS NULL)),
  constraint places_opening_hours_check CHECK ((char_length(opening_hours) <= 500)),
  constraint places_title_check CHECK (((char_length(title) >= 3) AND (char_length(title) <= 160))),
  constraint places_translations_check CHECK ((jsonb_typeof(translations) = 'object'::text)),
  constraint places_validity CHECK (((valid_through IS NULL) OR (valid_from IS NULL) OR (valid_through >= valid_from))),
  constraint places_website_check CHECK ((char_length(website) <= 500))
);

alter table public.places add constraint places_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE CASCADE;

alter table public.places add constraint places_quarter_id_fkey FOREIGN KEY (quarter_id) REFERENCES quarters(id) ON UPDATE CASCADE;

alter table public.places enable row level security;

create index places_location_idx on public.places using gist (location);

create index places_geom_idx on public.places using gist (((location)::geometry));

create index places_kind_status_idx on public.places (kind, status);

create index places_org_idx on public.places (organisation_id);

create index places_quarter_idx on public.places (quarter_id);

create index places_search_idx on public.places using gin (search);

create index places_map_idx on public.places (cell, lat) include (lon, kind, title, id, status, valid_from, valid_through, quarter_id, wheelchair, languages, is_demo, opening_hours, organisation_id, map_working_time, map_starts_at);

create index places_confirmed_at_idx on public.places (confirmed_at) where (status = 'published'::place_status);

create policy places_delete_business_own_draft on public.places
  for delete to authenticated
  using ((( SELECT private.is_business() AS is_business) AND (organisation_id IN ( SELECT private.my_organisation_ids() AS my_organisation_ids)) AND (status = 'draft'::place_status) AND private.business_entry_kind(kind)));

create policy places_delete_staff on public.places
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy places_insert_business_own on public.places
  for insert to authenticated
  with check ((( SELECT private.is_business() AS is_business) AND (organisation_id IN ( SELECT private.my_organisation_ids() AS my_organisation_ids)) AND (status = ANY (ARRAY['draft'::place_status, 'pending'::place_status])) AND (NOT (created_by IS DISTINCT FROM ( SELECT auth.uid() AS uid))) AND private.business_entry_kind(kind)));

create policy places_insert_staff on public.places
  for insert to authenticated
  with check (( SELECT private.is_staff() AS is_staff));

create policy places_select_business_own on public.places
  for select to authenticated
  using ((( SELECT private.is_business() AS is_business) AND (organisation_id IN ( SELECT private.my_organisation_ids() AS my_organisation_ids))));

create policy places_select_published on public.places
  for select to anon, authenticated
  using (((status = 'published'::place_status) AND ((valid_from IS NULL) OR (valid_from <= CURRENT_DATE)) AND ((valid_through IS NULL) OR (valid_through >= CURRENT_DATE))));

create policy places_select_staff on public.places
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy places_update_business_own on public.places
  for update to authenticated
  using ((( SELECT private.is_business() AS is_business) AND (organisation_id IN ( SELECT private.my_organisation_ids() AS my_organisation_ids)) AND private.business_entry_kind(kind)))
  with check ((( SELECT private.is_business() AS is_business) AND (organisation_id IN ( SELECT private.my_organisation_ids() AS my_organisation_ids)) AND (status <> 'published'::place_status) AND private.business_entry_kind(kind)));

create policy places_update_staff on public.places
  for update to authenticated
  using (( SELECT private.is_staff() AS is_staff))
  with check (( SELECT private.is_staff() AS is_staff));

revoke all on public.places from public, anon, authenticated, service_role;
grant select on public.places to anon;
grant select, insert, update, delete on public.places to authenticated;
grant all on public.places to service_role;

-- triggers

create trigger places_approve_media after UPDATE OF status
  on public.places
  for each row when (((new.status = 'published'::place_status) AND (old.status IS DISTINCT FROM 'published'::place_status))) execute function private.places_approve_media();

create trigger places_confirmed_at before INSERT OR UPDATE
  on public.places
  for each row execute function private.places_confirmed_at();

create trigger places_edit_to_pending before UPDATE
  on public.places
  for each row execute function private.places_business_edit_to_pending();

create trigger places_protect_provenance before INSERT OR UPDATE
  on public.places
  for each row execute function private.protect_provenance();

create trigger places_search_sync after INSERT OR DELETE OR UPDATE
  on public.places
  for each row execute function private.place_search_sync();

create trigger places_set_quarter before INSERT OR UPDATE OF location
  on public.places
  for each row execute function private.set_place_quarter();

create trigger places_touch before UPDATE
  on public.places
  for each row execute function private.touch_updated_at();

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.business_entry_kind(place_kind) from public, anon, authenticated, service_role;
grant execute on function private.business_entry_kind(place_kind) to authenticated, service_role;

revoke all on function private.can_edit_place(uuid) from public, anon, authenticated, service_role;
grant execute on function private.can_edit_place(uuid) to authenticated, service_role;

revoke all on function private.places_business_edit_to_pending() from public, anon, authenticated, service_role;

revoke all on function private.set_place_quarter() from public, anon, authenticated, service_role;

revoke all on function private.staff_renew_place(uuid,date) from public, anon, authenticated, service_role;
grant execute on function private.staff_renew_place(uuid,date) to authenticated, service_role;

revoke all on function private.unpublish_place(uuid,text) from public, anon, authenticated, service_role;
grant execute on function private.unpublish_place(uuid,text) to authenticated, service_role;

revoke all on function public.quarter_stats(boolean) from public, anon, authenticated, service_role;
grant execute on function public.quarter_stats(boolean) to anon, authenticated, service_role;
