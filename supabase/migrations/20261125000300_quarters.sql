-- Quarters: the programme areas. Public; staff maintain them. Sennestadt is the official
-- Stadtbezirk polygon; Sieker-Mitte and Baumheide are drawn approximations (approximate = true)
-- until the city provides the programme boundaries.

set search_path = public, extensions;

create table public.quarters (
  id text primary key check (id ~ '^[a-z0-9-]+$'),
  name text not null,
  boundary geometry(MultiPolygon, 4326) not null,
  approximate boolean not null default false,
  source text not null,
  created_at timestamptz not null default now()
);
create index quarters_boundary_idx on public.quarters using gist (boundary);

alter table public.quarters enable row level security;

revoke all on table public.quarters from anon, authenticated;
grant select on table public.quarters to anon;
grant select, insert, update, delete on table public.quarters to authenticated;
grant all on table public.quarters to service_role;

create policy quarters_select_everyone on public.quarters
  for select to anon, authenticated
  using (true);

create policy quarters_insert_staff on public.quarters
  for insert to authenticated
  with check ((select private.is_staff()));

create policy quarters_update_staff on public.quarters
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));

create policy quarters_delete_staff on public.quarters
  for delete to authenticated
  using ((select private.is_staff()));

-- The quarters as a GeoJSON FeatureCollection (coordinates with 6 decimals).
create or replace function public.quarters_geojson() returns jsonb
language sql
stable
security invoker
set search_path = public, extensions
as $$
  select jsonb_build_object(
    'type', 'FeatureCollection',
    'features', coalesce(
      jsonb_agg(
        jsonb_build_object(
          'type', 'Feature',
          'id', q.id,
          'geometry', st_asgeojson(q.boundary, 6)::jsonb,
          'properties', jsonb_build_object('id', q.id, 'name', q.name, 'approximate', q.approximate)
        )
        order by q.id
      ),
      '[]'::jsonb
    )
  )
  from public.quarters q
$$;

revoke execute on function public.quarters_geojson() from public;
grant execute on function public.quarters_geojson() to anon, authenticated, service_role;
