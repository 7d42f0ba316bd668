-- SQL functions the app calls. All are SECURITY INVOKER: they run under the caller's role and
-- claims, so the RLS policies decide which places they see (anon: published and current; business
-- users: also their organisations' rows; staff: everything).

set search_path = public, extensions;

-- ---------------------------------------------------------------------------------------------
-- Argument checks (errcode 22023 = invalid_parameter_value)
-- ---------------------------------------------------------------------------------------------

create or replace function public.assert_bbox(west float8, south float8, east float8, north float8)
returns void
language plpgsql
immutable
set search_path = public, extensions
as $$
begin
  if west is null or south is null or east is null or north is null then
    raise exception 'invalid bbox: west, south, east and north are required'
      using errcode = '22023';
  end if;
  if west < -180 or east > 180 or south < -90 or north > 90 then
    raise exception 'invalid bbox (%, %, %, %): coordinates out of range (lon -180..180, lat -90..90)',
      west, south, east, north using errcode = '22023';
  end if;
  if west >= east or south >= north then
    raise exception 'invalid bbox (%, %, %, %): west must be < east and south < north',
      west, south, east, north using errcode = '22023';
  end if;
end
$$;

-- A filter value that must be a JSON array of strings (or absent/null) as text[].
create or replace function public.filter_text_array(filters jsonb, key text) returns text[]
language plpgsql
immutable
set search_path = public, extensions
as $$
declare
  v jsonb := filters -> key;
begin
  if v is null or jsonb_typeof(v) = 'null' then
    return null;
  end if;
  if jsonb_typeof(v) <> 'array'
     or exists (select 1 from jsonb_array_elements(v) e where jsonb_typeof(e) <> 'string') then
    raise exception 'invalid filter %: expected an array of strings, got %', key, v
      using errcode = '22023';
  end if;
  return array(select jsonb_array_elements_text(v));
end
$$;

-- A filter value that must be a JSON boolean (or absent/null).
create or replace function public.filter_bool(filters jsonb, key text) returns boolean
language plpgsql
immutable
set search_path = public, extensions
as $$
declare
  v jsonb := filters -> key;
begin
  if v is null or jsonb_typeof(v) = 'null' then
    return null;
  end if;
  if jsonb_typeof(v) <> 'boolean' then
    raise exception 'invalid filter %: expected true or false, got %', key, v using errcode = '22023';
  end if;
  return v::text::boolean;
end
$$;

-- A filter value that must be an ISO date string 'YYYY-MM-DD' (or absent/null).
create or replace function public.filter_date(filters jsonb, key text) returns date
language plpgsql
immutable
set search_path = public, extensions
as $$
declare
  v jsonb := filters -> key;
begin
  if v is null or jsonb_typeof(v) = 'null' then
    return null;
  end if;
  if jsonb_typeof(v) <> 'string' or (v #>> '{}') !~ '^\d{4}-\d{2}-\d{2}$' then
    raise exception 'invalid filter %: expected a date YYYY-MM-DD, got %', key, v using errcode = '22023';
  end if;
  return (v #>> '{}')::date;
exception
  when datetime_field_overflow or invalid_datetime_format then
    raise exception 'invalid filter %: expected a date YYYY-MM-DD, got %', key, v using errcode = '22023';
end
$$;

-- The map query (places_filtered, places_in_bbox, place_counts, map_places) lives in
-- 20261125004000_map_query.sql.

-- ---------------------------------------------------------------------------------------------
-- place_detail: one place with organisation, quarter name, coordinates and the detail row of its
-- kind; null when the place does not exist or the caller may not see it.
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

-- ---------------------------------------------------------------------------------------------
-- quarter_stats: places per quarter and kind. By default only what the public map shows
-- (published and current), so the numbers are the same for every caller; with
-- published_only => false every place the caller may see counts (staff: drafts too).
-- ---------------------------------------------------------------------------------------------

create or replace function public.quarter_stats(published_only boolean default true)
returns table (quarter_id text, quarter_name text, kind public.place_kind, n bigint)
language sql
stable
security invoker
set search_path = public, extensions
as $$
  select q.id, q.name, p.kind, count(*)
  from public.places p
  join public.quarters q on q.id = p.quarter_id
  where not published_only
     or (p.status = 'published'
         and (p.valid_from is null or p.valid_from <= current_date)
         and (p.valid_through is null or p.valid_through >= current_date))
  group by q.id, q.name, p.kind
  order by q.id, p.kind
$$;

-- ---------------------------------------------------------------------------------------------
-- quarters_geojson: the quarters as a GeoJSON FeatureCollection (coordinates with 6 decimals).
-- ---------------------------------------------------------------------------------------------

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

-- ---------------------------------------------------------------------------------------------
-- Grants
-- ---------------------------------------------------------------------------------------------

revoke execute on function
  public.assert_bbox(float8, float8, float8, float8),
  public.filter_text_array(jsonb, text),
  public.filter_bool(jsonb, text),
  public.filter_date(jsonb, text),
  public.place_detail(uuid),
  public.quarter_stats(boolean),
  public.quarters_geojson()
from public;

grant execute on function
  public.assert_bbox(float8, float8, float8, float8),
  public.filter_text_array(jsonb, text),
  public.filter_bool(jsonb, text),
  public.filter_date(jsonb, text),
  public.place_detail(uuid),
  public.quarter_stats(boolean),
  public.quarters_geojson()
to anon, authenticated, service_role;
