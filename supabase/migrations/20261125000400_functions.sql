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

-- ---------------------------------------------------------------------------------------------
-- places_filtered: the one filter implementation behind places_in_bbox and place_counts.
--
-- filters (all keys optional; an unknown key is an error so typos do not silently show everything):
--   kinds text[]                 place kinds
--   quarters text[]              quarter ids
--   q text                       German full-text search over title, description and organisation
--                                name (websearch syntax: "quoted phrase", -not, or), plus a
--                                word-prefix match on title and organisation name so that short or
--                                half-typed words ("Bäck", "Lagerh") still find something
--   languages text[]             at least one of these languages is spoken on site
--   wheelchair bool              true: wheelchair access 'yes' or 'limited'
--   statuses text[]              e.g. ['published'] to hide the caller's own drafts (RLS still applies)
-- Facets that belong to one kind narrow that kind only; places of other kinds pass (combine with
-- `kinds` to show one kind only):
--   working_time text[]          vacancies with one of these working times
--   german_level_max text        vacancies needing at most this German level (none < A1 < … < C2)
--   childcare_friendly bool      true: childcare-friendly vacancies only
--   suitable_for_refugees bool   true: vacancies suitable for refugees only
--   free_only bool               true: support services and learning places that cost nothing
--   event_from, event_to date    events taking place (partly) between these days (Europe/Berlin)
-- A boolean filter set to false does not filter.
-- ---------------------------------------------------------------------------------------------

create or replace function public.places_filtered(
  west float8, south float8, east float8, north float8, filters jsonb default '{}'
)
returns table (
  id uuid, kind public.place_kind, title text, lon float8, lat float8, quarter_id text,
  organisation_name text, status public.place_status, wheelchair public.wheelchair_access,
  languages text[], is_demo boolean, opening_hours text, working_time public.working_time,
  german_level public.german_level, childcare_friendly boolean, suitable_for_refugees boolean,
  cost public.cost_kind, starts_at timestamptz
)
language plpgsql
stable
security invoker
set search_path = public, extensions
as $$
#variable_conflict use_column
declare
  f jsonb := coalesce(filters, '{}'::jsonb);
  unknown_keys text[];
  f_kinds text[];
  f_quarters text[];
  f_statuses text[];
  f_q text;
  f_tsquery tsquery;
  f_prefix text;
  f_working_time text[];
  f_german_max public.german_level;
  f_childcare boolean;
  f_refugees boolean;
  f_wheelchair boolean;
  f_languages text[];
  f_free_only boolean;
  f_event_from timestamptz;
  f_event_to timestamptz;
begin
  perform public.assert_bbox(west, south, east, north);

  if jsonb_typeof(f) <> 'object' then
    raise exception 'invalid filters: expected a JSON object, got %', f using errcode = '22023';
  end if;
  unknown_keys := array(
    select k from jsonb_object_keys(f) k
    where k not in ('kinds', 'quarters', 'statuses', 'q', 'working_time', 'german_level_max',
                    'childcare_friendly', 'suitable_for_refugees', 'wheelchair', 'languages',
                    'free_only', 'event_from', 'event_to')
  );
  if cardinality(unknown_keys) > 0 then
    raise exception 'invalid filters: unknown key(s) %', unknown_keys using errcode = '22023';
  end if;

  f_kinds := public.filter_text_array(f, 'kinds');
  if exists (select 1 from unnest(f_kinds) v
             where v not in (select e::text from unnest(enum_range(null::public.place_kind)) e)) then
    raise exception 'invalid filter kinds: %', f_kinds using errcode = '22023';
  end if;
  f_statuses := public.filter_text_array(f, 'statuses');
  if exists (select 1 from unnest(f_statuses) v
             where v not in (select e::text from unnest(enum_range(null::public.place_status)) e)) then
    raise exception 'invalid filter statuses: %', f_statuses using errcode = '22023';
  end if;
  f_working_time := public.filter_text_array(f, 'working_time');
  if exists (select 1 from unnest(f_working_time) v
             where v not in (select e::text from unnest(enum_range(null::public.working_time)) e)) then
    raise exception 'invalid filter working_time: %', f_working_time using errcode = '22023';
  end if;
  if f ? 'german_level_max' and jsonb_typeof(f -> 'german_level_max') <> 'null' then
    if jsonb_typeof(f -> 'german_level_max') <> 'string' or (f ->> 'german_level_max') not in
       (select e::text from unnest(enum_range(null::public.german_level)) e) then
      raise exception 'invalid filter german_level_max: % (none, A1, A2, B1, B2, C1, C2)',
        f -> 'german_level_max' using errcode = '22023';
    end if;
    f_german_max := (f ->> 'german_level_max')::public.german_level;
  end if;
  f_quarters := public.filter_text_array(f, 'quarters');
  f_languages := public.filter_text_array(f, 'languages');
  f_childcare := public.filter_bool(f, 'childcare_friendly');
  f_refugees := public.filter_bool(f, 'suitable_for_refugees');
  f_wheelchair := public.filter_bool(f, 'wheelchair');
  f_free_only := public.filter_bool(f, 'free_only');
  f_event_from := public.filter_date(f, 'event_from')::timestamp at time zone 'Europe/Berlin';
  f_event_to := (public.filter_date(f, 'event_to') + 1)::timestamp at time zone 'Europe/Berlin';

  if f ? 'q' and jsonb_typeof(f -> 'q') not in ('string', 'null') then
    raise exception 'invalid filter q: expected a string' using errcode = '22023';
  end if;
  f_q := nullif(btrim(f ->> 'q'), '');
  if f_q is not null then
    if char_length(f_q) > 200 then
      raise exception 'invalid filter q: longer than 200 characters' using errcode = '22023';
    end if;
    f_tsquery := websearch_to_tsquery('german', f_q);
    -- Word-prefix pattern: \m = start of a word; regex metacharacters in the query are escaped.
    f_prefix := '\m' || regexp_replace(f_q, '([.*+?^${}()|\[\]\\])', '\\\1', 'g');
  end if;

  return query
  select
    p.id, p.kind, p.title,
    st_x(p.location::geometry), st_y(p.location::geometry),
    p.quarter_id, o.name, p.status, p.wheelchair, p.languages, p.is_demo, p.opening_hours,
    v.working_time, v.german_level, v.childcare_friendly, v.suitable_for_refugees,
    s.cost, e.starts_at
  from public.places p
  left join public.organisations o on o.id = p.organisation_id
  left join public.vacancy_details v on v.place_id = p.id
  left join public.service_details s on s.place_id = p.id
  left join public.event_details e on e.place_id = p.id
  where p.location::geometry && st_makeenvelope(west, south, east, north, 4326)
    and (f_kinds is null or p.kind::text = any (f_kinds))
    and (f_quarters is null or p.quarter_id = any (f_quarters))
    and (f_statuses is null or p.status::text = any (f_statuses))
    and (f_languages is null or p.languages && f_languages)
    and (f_wheelchair is not true or p.wheelchair in ('yes', 'limited'))
    and (
      f_q is null
      or p.search @@ f_tsquery
      or to_tsvector('german', coalesce(o.name, '')) @@ f_tsquery
      or p.title ~* f_prefix
      or o.name ~* f_prefix
    )
    -- vacancy facets
    and (f_working_time is null or p.kind <> 'vacancy' or v.working_time::text = any (f_working_time))
    and (f_german_max is null or p.kind <> 'vacancy' or v.german_level <= f_german_max)
    and (f_childcare is not true or p.kind <> 'vacancy' or v.childcare_friendly)
    and (f_refugees is not true or p.kind <> 'vacancy' or v.suitable_for_refugees)
    -- service facets
    and (f_free_only is not true or p.kind not in ('support_service', 'learning_place') or s.cost = 'free')
    -- event facets
    and (f_event_from is null or p.kind <> 'event' or coalesce(e.ends_at, e.starts_at) >= f_event_from)
    and (f_event_to is null or p.kind <> 'event' or e.starts_at < f_event_to);
end
$$;

-- ---------------------------------------------------------------------------------------------
-- places_in_bbox: the map's points. Order is stable (kind, title, id); at most max_rows rows.
-- ---------------------------------------------------------------------------------------------

create or replace function public.places_in_bbox(
  west float8, south float8, east float8, north float8,
  filters jsonb default '{}', max_rows int default 2000
)
returns table (
  id uuid, kind public.place_kind, title text, lon float8, lat float8, quarter_id text,
  organisation_name text, status public.place_status, wheelchair public.wheelchair_access,
  languages text[], is_demo boolean, opening_hours text, working_time public.working_time,
  german_level public.german_level, childcare_friendly boolean, suitable_for_refugees boolean,
  cost public.cost_kind, starts_at timestamptz
)
language plpgsql
stable
security invoker
set search_path = public, extensions
as $$
begin
  if max_rows is null or max_rows < 1 or max_rows > 10000 then
    raise exception 'invalid max_rows %: must be between 1 and 10000', max_rows using errcode = '22023';
  end if;
  return query
  select f.*
  from public.places_filtered(west, south, east, north, filters) f
  order by f.kind, f.title, f.id
  limit max_rows;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- place_counts: how many places match the same filters, per facet value. Facets: total, kind,
-- quarter (value null = outside the quarters), status, wheelchair, language, working_time,
-- german_level, childcare_friendly, suitable_for_refugees (value 'true'), cost.
-- ---------------------------------------------------------------------------------------------

create or replace function public.place_counts(
  west float8, south float8, east float8, north float8, filters jsonb default '{}'
)
returns table (facet text, value text, n bigint)
language sql
stable
security invoker
set search_path = public, extensions
as $$
  with m as materialized (
    select * from public.places_filtered(west, south, east, north, filters)
  )
  select 'total', null, count(*) from m
  union all
  select 'kind', m.kind::text, count(*) from m group by m.kind
  union all
  select 'quarter', m.quarter_id, count(*) from m group by m.quarter_id
  union all
  select 'status', m.status::text, count(*) from m group by m.status
  union all
  select 'wheelchair', m.wheelchair::text, count(*) from m group by m.wheelchair
  union all
  select 'language', l.lang, count(*) from m cross join lateral unnest(m.languages) l(lang) group by l.lang
  union all
  select 'working_time', m.working_time::text, count(*) from m where m.working_time is not null group by m.working_time
  union all
  select 'german_level', m.german_level::text, count(*) from m where m.german_level is not null group by m.german_level
  union all
  select 'childcare_friendly', 'true', count(*) from m where m.childcare_friendly having count(*) > 0
  union all
  select 'suitable_for_refugees', 'true', count(*) from m where m.suitable_for_refugees having count(*) > 0
  union all
  select 'cost', m.cost::text, count(*) from m where m.cost is not null group by m.cost
$$;

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
  public.places_filtered(float8, float8, float8, float8, jsonb),
  public.places_in_bbox(float8, float8, float8, float8, jsonb, int),
  public.place_counts(float8, float8, float8, float8, jsonb),
  public.place_detail(uuid),
  public.quarter_stats(boolean),
  public.quarters_geojson()
from public;

grant execute on function
  public.assert_bbox(float8, float8, float8, float8),
  public.filter_text_array(jsonb, text),
  public.filter_bool(jsonb, text),
  public.filter_date(jsonb, text),
  public.places_filtered(float8, float8, float8, float8, jsonb),
  public.places_in_bbox(float8, float8, float8, float8, jsonb, int),
  public.place_counts(float8, float8, float8, float8, jsonb),
  public.place_detail(uuid),
  public.quarter_stats(boolean),
  public.quarters_geojson()
to anon, authenticated, service_role;
