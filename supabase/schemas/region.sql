-- The region: its quarters (boundaries; places get their quarter from them) and its settings (id,
-- time zone).
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.quarters (
  id text not null,
  name text not null,
  boundary geometry(MultiPolygon,4326) not null,
  approximate boolean default false not null,
  source text not null,
  created_at timestamp with time zone default now() not null,
  constraint quarters_pkey PRIMARY KEY (id),
  constraint quarters_id_check CHECK ((id ~ '^[a-z0-9-]+$'::text))
);

alter table public.quarters enable row level security;

create index quarters_boundary_idx on public.quarters using gist (boundary);

create policy quarters_delete_staff on public.quarters
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy quarters_insert_staff on public.quarters
  for insert to authenticated
  with check (( SELECT private.is_staff() AS is_staff));

create policy quarters_select_everyone on public.quarters
  for select to anon, authenticated
  using (true);

create policy quarters_update_staff on public.quarters
  for update to authenticated
  using (( SELECT private.is_staff() AS is_staff))
  with check (( SELECT private.is_staff() AS is_staff));

revoke all on public.quarters from public, anon, authenticated, service_role;
grant select on public.quarters to anon;
grant select, insert, update, delete on public.quarters to authenticated;
grant all on public.quarters to service_role;

create table public.region_settings (
  id boolean default true not null,
  region text not null,
  time_zone text not null,
  constraint region_settings_pkey PRIMARY KEY (id),
  constraint region_settings_id_check CHECK (id),
  constraint region_settings_region_check CHECK ((region ~ '^[a-z0-9-]+$'::text)),
  constraint region_settings_time_zone_check CHECK (((char_length(time_zone) >= 1) AND (char_length(time_zone) <= 64)))
);

alter table public.region_settings enable row level security;

create policy region_settings_all_service on public.region_settings
  for all to service_role
  using (true)
  with check (true);

create policy region_settings_select_all on public.region_settings
  for select to anon, authenticated
  using (true);

revoke all on public.region_settings from public, anon, authenticated, service_role;
grant select on public.region_settings to anon, authenticated;
grant all on public.region_settings to service_role;

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function public.quarters_geojson() from public, anon, authenticated, service_role;
grant execute on function public.quarters_geojson() to anon, authenticated, service_role;

revoke all on function public.region_time_zone() from public, anon, authenticated, service_role;
grant execute on function public.region_time_zone() to anon, authenticated, public, service_role;
