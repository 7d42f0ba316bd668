-- The map query: the one place that defines how places are found in a box with filters.
-- Owns the box columns (lon, lat, cell) and their covering index, the filter parsing
-- (parse_place_filters) and the functions places_filtered, places_in_bbox, place_counts and
-- map_places. The copies of detail columns it reads live in …_map_copies.sql, the NOTIFY that
-- empties the server's cache of public answers in …_public_data_notify.sql.
--
-- Speed under row level security (issue #3: p95 <= 30 ms and >= 500 req/s with 100,000 places),
-- measured with EXPLAIN (ANALYZE, BUFFERS) and pgbench under `set local role anon`:
-- * PostgreSQL only lets leakproof operators reach an index before the policy quals are checked.
--   PostGIS' `&&` is not leakproof, so a box test on `location` scanned every visible place. The
--   box is tested on plain float8 columns (leakproof) instead: lon/lat (generated from location)
--   and `cell`, the 0.01-degree column of longitude (about 690 m here). The index leads with
--   `cell`: a phone-sized view is three cells, and `cell = any (cells)` descends once per cell
--   with a tight latitude range (a (lat, lon) index read a whole latitude band, 8x the rows).
-- * The index INCLUDEs every column the map shows and the policy reads, so the common map request
--   is an index-only scan (no heap visit per place), sorted and limited before anything is joined:
--   organisation names and detail rows are looked up for at most max_rows places, not for every
--   place in the box.
-- * A vacancy's working time and an event's start, shown in the map's list, are copied onto the
--   place by trigger (map_working_time, map_starts_at): no detail lookup, and with it no second
--   policy check per row, on the common path.
-- * Text search matches organisation names once per query (a few dozen organisations), not once
--   per place (to_tsvector and a regex on every row were 2/3 of the time of a search).
-- * Detail facets (working time, cost, event dates) are EXISTS probes gated by kind: places of
--   other kinds skip the probe and the detail table's policy.
-- * places_filtered: plan_cache_mode = force_generic_plan, PL/pgSQL keeps one plan per statement
--   and connection instead of planning the many optional filters afresh on every call; map_places'
--   lean statement is planned per call (see there).
-- * The box and the filters on columns of places are written once (place_matches_columns) and
--   inlined by the planner into both statements, so both reach the index the same way.
-- Row level security stays in force: every function is SECURITY INVOKER, the policies unchanged.

set search_path = public, extensions;

alter table public.places
  add column lon float8 generated always as (st_x(location::geometry)) stored,
  add column lat float8 generated always as (st_y(location::geometry)) stored,
  add column cell int generated always as (floor(st_x(location::geometry) * 100)::int) stored;

create index places_map_idx on public.places (cell, lat)
  include (lon, kind, title, id, status, valid_from, valid_through, quarter_id, wheelchair,
           languages, is_demo, opening_hours, organisation_id, map_working_time, map_starts_at);

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
-- parse_place_filters: the filters of the map, checked once, as typed values.
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
-- A boolean filter set to false does not filter. Errors: errcode 22023 with the key in the text.
-- ---------------------------------------------------------------------------------------------

create type public.place_filter as (
  kinds public.place_kind[],
  quarters text[],
  statuses public.place_status[],
  languages text[],
  wheelchair boolean,
  q text,
  tsquery tsquery,
  prefix text,
  working_time public.working_time[],
  german_max public.german_level,
  childcare boolean,
  refugees boolean,
  free_only boolean,
  event_from timestamptz,
  event_to timestamptz,
  -- true when only columns of places are filtered on (no text search, no detail facet)
  lean boolean
);

create or replace function public.parse_place_filters(filters jsonb)
returns public.place_filter
language plpgsql
stable
set search_path = public, extensions
as $$
declare
  f jsonb := coalesce(filters, '{}'::jsonb);
  r public.place_filter;
  unknown_keys text[];
  t text[];
begin
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

  t := public.filter_text_array(f, 'kinds');
  if exists (select 1 from unnest(t) v
             where v not in (select e::text from unnest(enum_range(null::public.place_kind)) e)) then
    raise exception 'invalid filter kinds: %', t using errcode = '22023';
  end if;
  r.kinds := t::public.place_kind[];
  t := public.filter_text_array(f, 'statuses');
  if exists (select 1 from unnest(t) v
             where v not in (select e::text from unnest(enum_range(null::public.place_status)) e)) then
    raise exception 'invalid filter statuses: %', t using errcode = '22023';
  end if;
  r.statuses := t::public.place_status[];
  t := public.filter_text_array(f, 'working_time');
  if exists (select 1 from unnest(t) v
             where v not in (select e::text from unnest(enum_range(null::public.working_time)) e)) then
    raise exception 'invalid filter working_time: %', t using errcode = '22023';
  end if;
  r.working_time := t::public.working_time[];
  if f ? 'german_level_max' and jsonb_typeof(f -> 'german_level_max') <> 'null' then
    if jsonb_typeof(f -> 'german_level_max') <> 'string' or (f ->> 'german_level_max') not in
       (select e::text from unnest(enum_range(null::public.german_level)) e) then
      raise exception 'invalid filter german_level_max: % (none, A1, A2, B1, B2, C1, C2)',
        f -> 'german_level_max' using errcode = '22023';
    end if;
    r.german_max := (f ->> 'german_level_max')::public.german_level;
  end if;
  r.quarters := public.filter_text_array(f, 'quarters');
  r.languages := public.filter_text_array(f, 'languages');
  r.childcare := coalesce(public.filter_bool(f, 'childcare_friendly'), false);
  r.refugees := coalesce(public.filter_bool(f, 'suitable_for_refugees'), false);
  r.wheelchair := coalesce(public.filter_bool(f, 'wheelchair'), false);
  r.free_only := coalesce(public.filter_bool(f, 'free_only'), false);
  r.event_from := public.filter_date(f, 'event_from')::timestamp at time zone 'Europe/Berlin';
  r.event_to := (public.filter_date(f, 'event_to') + 1)::timestamp at time zone 'Europe/Berlin';

  if f ? 'q' and jsonb_typeof(f -> 'q') not in ('string', 'null') then
    raise exception 'invalid filter q: expected a string' using errcode = '22023';
  end if;
  r.q := nullif(btrim(f ->> 'q'), '');
  if r.q is not null then
    if char_length(r.q) > 200 then
      raise exception 'invalid filter q: longer than 200 characters' using errcode = '22023';
    end if;
    r.tsquery := websearch_to_tsquery('german', r.q);
    -- Word-prefix pattern: \m = start of a word; regex metacharacters in the query are escaped.
    r.prefix := '\m' || regexp_replace(r.q, '([.*+?^${}()|\[\]\\])', '\\\1', 'g');
  end if;

  r.lean := r.q is null and r.working_time is null and r.german_max is null and not r.childcare
    and not r.refugees and not r.free_only and r.event_from is null and r.event_to is null;
  return r;
end
$$;

-- The 0.01-degree longitude cells a box covers (see places.cell). A box wider than 256 cells
-- (2.56 degrees, never a map view here) gets the cells that hold places instead of every cell.
create or replace function public.bbox_cells(west float8, east float8)
returns int[]
language plpgsql
stable
set search_path = public, extensions
as $$
declare
  c0 int := floor(west * 100)::int;
  c1 int := floor(east * 100)::int;
begin
  if c1 - c0 <= 256 then
    return array(select generate_series(c0, c1));
  end if;
  return array(select distinct p.cell from public.places p where p.cell between c0 and c1);
end
$$;

-- The box and the filters on columns of places: the conditions both map statements share
-- (places_filtered and map_places' lean statement), written once. A one-expression SQL function
-- without SET clause or SECURITY DEFINER, so the planner inlines it into the caller's query: the
-- box conditions become index conditions on places_map_idx (cell, lat) and the rest filters on
-- its included columns, exactly as if written out (pgTAP checks the index-only scan through it).
-- No search_path setting for that reason; it names no table and only built-in operators.
create or replace function public.place_matches_columns(
  cell int, lat float8, lon float8, kind public.place_kind, quarter_id text,
  status public.place_status, languages text[], wheelchair public.wheelchair_access,
  cells int[], west float8, south float8, east float8, north float8, pf public.place_filter
)
returns boolean
language sql
stable
parallel safe
as $$
  select cell = any (cells)
     and lat between south and north
     and lon between west and east
     and ((pf).kinds is null or kind = any ((pf).kinds))
     and ((pf).quarters is null or quarter_id = any ((pf).quarters))
     and ((pf).statuses is null or status = any ((pf).statuses))
     and ((pf).languages is null or languages && (pf).languages)
     and (not (pf).wheelchair or wheelchair in ('yes', 'limited'))
$$;

-- Organisations whose name matches a text search (once per query instead of once per place).
create or replace function public.matching_organisations(pf public.place_filter)
returns uuid[]
language sql
stable
set search_path = public, extensions
as $$
  select coalesce(array_agg(o.id), '{}')
  from public.organisations o
  where pf.q is not null
    and (to_tsvector('german', o.name) @@ pf.tsquery or o.name ~* pf.prefix)
$$;

-- ---------------------------------------------------------------------------------------------
-- places_filtered: every place in the box that the caller may see and the filters keep, with the
-- columns the facets count (no order, no limit). Behind places_in_bbox and place_counts.
-- ---------------------------------------------------------------------------------------------

create or replace function public.places_filtered(
  west float8, south float8, east float8, north float8, filters jsonb default '{}'
)
returns table (
  id uuid, kind public.place_kind, title text, lon float8, lat float8, quarter_id text,
  organisation_id uuid, status public.place_status, wheelchair public.wheelchair_access,
  languages text[], is_demo boolean, opening_hours text, working_time public.working_time,
  german_level public.german_level, childcare_friendly boolean, suitable_for_refugees boolean,
  cost public.cost_kind, starts_at timestamptz
)
language plpgsql
stable
security invoker
set search_path = public, extensions
set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
declare
  pf public.place_filter;
  cells int[];
  orgs uuid[];
begin
  perform public.assert_bbox(west, south, east, north);
  pf := public.parse_place_filters(filters);
  cells := public.bbox_cells(west, east);
  orgs := public.matching_organisations(pf);

  return query
  select
    p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, p.organisation_id, p.status, p.wheelchair,
    p.languages, p.is_demo, p.opening_hours,
    v.working_time, v.german_level, v.childcare_friendly, v.suitable_for_refugees,
    s.cost, e.starts_at
  from public.places p
  -- Detail rows only exist on places of their kind (check_detail_kind); the kind test inside the
  -- lateral subquery is a one-time filter per row, so other kinds skip the probe and its policy
  -- (`offset 0` keeps the planner from flattening the subquery into a join filter).
  left join lateral (
    select v.working_time, v.german_level, v.childcare_friendly, v.suitable_for_refugees
    from public.vacancy_details v where v.place_id = p.id and p.kind = 'vacancy' offset 0
  ) v on true
  left join lateral (
    select s.cost from public.service_details s
    where s.place_id = p.id and p.kind in ('support_service', 'learning_place') offset 0
  ) s on true
  left join lateral (
    select e.starts_at, e.ends_at from public.event_details e
    where e.place_id = p.id and p.kind = 'event' offset 0
  ) e on true
  where public.place_matches_columns(p.cell, p.lat, p.lon, p.kind, p.quarter_id, p.status,
                                     p.languages, p.wheelchair, cells, west, south, east, north, pf)
    and (pf.q is null or p.search @@ pf.tsquery or p.title ~* pf.prefix
         or p.organisation_id = any (orgs))
    -- vacancy facets
    and (pf.working_time is null or p.kind <> 'vacancy' or v.working_time = any (pf.working_time))
    and (pf.german_max is null or p.kind <> 'vacancy' or v.german_level <= pf.german_max)
    and (not pf.childcare or p.kind <> 'vacancy' or v.childcare_friendly)
    and (not pf.refugees or p.kind <> 'vacancy' or v.suitable_for_refugees)
    -- service facets
    and (not pf.free_only or p.kind not in ('support_service', 'learning_place') or s.cost = 'free')
    -- event facets
    and (pf.event_from is null or p.kind <> 'event' or coalesce(e.ends_at, e.starts_at) >= pf.event_from)
    and (pf.event_to is null or p.kind <> 'event' or e.starts_at < pf.event_to);
end
$$;

-- ---------------------------------------------------------------------------------------------
-- places_in_bbox: the map's points with every facet column. Order is stable (kind, title, id); at
-- most max_rows rows; the organisation's name is looked up for those rows only.
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
set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
begin
  if max_rows is null or max_rows < 1 or max_rows > 10000 then
    raise exception 'invalid max_rows %: must be between 1 and 10000', max_rows using errcode = '22023';
  end if;
  return query
  select f.id, f.kind, f.title, f.lon, f.lat, f.quarter_id, o.name, f.status, f.wheelchair,
         f.languages, f.is_demo, f.opening_hours, f.working_time, f.german_level,
         f.childcare_friendly, f.suitable_for_refugees, f.cost, f.starts_at
  from (
    select * from public.places_filtered(west, south, east, north, filters) f
    order by f.kind, f.title, f.id
    limit max_rows
  ) f
  left join lateral (
    select o.name from public.organisations o where o.id = f.organisation_id offset 0
  ) o on true
  order by f.kind, f.title, f.id;
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
-- map_places: what the map and /api/places show (13 columns), the same rows in the same order as
-- places_in_bbox. The common request — a box with kinds, quarters, statuses, languages and/or
-- wheelchair — is one index-only scan of places_map_idx (working time and start date included as
-- the map_ copies), sorted and limited, and only then joined with organisation names. Its box and
-- column filters are place_matches_columns, as in places_filtered; text search and detail facets
-- go through places_in_bbox, so their semantics live in one place (places_filtered). A shared
-- statement could not be an index-only scan (places_filtered joins the detail tables); pgTAP
-- checks that both give the same rows in the same order.
-- ---------------------------------------------------------------------------------------------

create or replace function public.map_places(
  west float8, south float8, east float8, north float8,
  filters jsonb default '{}', max_rows int default 2000
)
returns table (
  id uuid, kind public.place_kind, title text, lon float8, lat float8, quarter_id text,
  organisation_name text, wheelchair public.wheelchair_access, languages text[],
  is_demo boolean, opening_hours text, working_time public.working_time, starts_at timestamptz
)
language plpgsql
stable
security invoker
set search_path = public, extensions
-- Planned with the actual box (unlike places_filtered): knowing that about a thousand places come
-- out of the index, the planner memoizes the organisation lookups (a few dozen distinct
-- organisations instead of one scan per place). pgbench, 100,000 places, phone-sized box, no
-- filters, one client: 4.8 ms per call with a generic plan, 4.0 ms with a custom one. The
-- detail-facet and text-search paths stay generic inside places_filtered (a custom plan made text
-- search 1.8x slower).
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
declare
  pf public.place_filter;
  cells int[];
begin
  if max_rows is null or max_rows < 1 or max_rows > 10000 then
    raise exception 'invalid max_rows %: must be between 1 and 10000', max_rows using errcode = '22023';
  end if;
  perform public.assert_bbox(west, south, east, north);
  pf := public.parse_place_filters(filters);

  if not pf.lean then
    return query
    select b.id, b.kind, b.title, b.lon, b.lat, b.quarter_id, b.organisation_name, b.wheelchair,
           b.languages, b.is_demo, b.opening_hours, b.working_time, b.starts_at
    from public.places_in_bbox(west, south, east, north, filters, max_rows) b;
    return;
  end if;

  cells := public.bbox_cells(west, east);
  return query
  select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, o.name, p.wheelchair, p.languages,
         p.is_demo, p.opening_hours, p.map_working_time, p.map_starts_at
  from (
    -- Only columns of places_map_idx (and of the policies): an index-only scan.
    select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, p.wheelchair, p.languages,
           p.is_demo, p.opening_hours, p.organisation_id, p.map_working_time, p.map_starts_at
    from public.places p
    where public.place_matches_columns(p.cell, p.lat, p.lon, p.kind, p.quarter_id, p.status,
                                       p.languages, p.wheelchair, cells, west, south, east, north, pf)
    order by p.kind, p.title, p.id
    limit max_rows
  ) p
  left join lateral (
    select o.name from public.organisations o where o.id = p.organisation_id offset 0
  ) o on true
  order by p.kind, p.title, p.id;
end
$$;

revoke execute on function
  public.assert_bbox(float8, float8, float8, float8),
  public.filter_text_array(jsonb, text),
  public.filter_bool(jsonb, text),
  public.filter_date(jsonb, text),
  public.parse_place_filters(jsonb),
  public.bbox_cells(float8, float8),
  public.place_matches_columns(int, float8, float8, public.place_kind, text, public.place_status,
                               text[], public.wheelchair_access, int[], float8, float8, float8,
                               float8, public.place_filter),
  public.matching_organisations(public.place_filter),
  public.places_filtered(float8, float8, float8, float8, jsonb),
  public.places_in_bbox(float8, float8, float8, float8, jsonb, int),
  public.place_counts(float8, float8, float8, float8, jsonb),
  public.map_places(float8, float8, float8, float8, jsonb, int)
from public;

grant execute on function
  public.assert_bbox(float8, float8, float8, float8),
  public.filter_text_array(jsonb, text),
  public.filter_bool(jsonb, text),
  public.filter_date(jsonb, text),
  public.parse_place_filters(jsonb),
  public.bbox_cells(float8, float8),
  public.place_matches_columns(int, float8, float8, public.place_kind, text, public.place_status,
                               text[], public.wheelchair_access, int[], float8, float8, float8,
                               float8, public.place_filter),
  public.matching_organisations(public.place_filter),
  public.places_filtered(float8, float8, float8, float8, jsonb),
  public.places_in_bbox(float8, float8, float8, float8, jsonb, int),
  public.place_counts(float8, float8, float8, float8, jsonb),
  public.map_places(float8, float8, float8, float8, jsonb, int)
to anon, authenticated, service_role;
