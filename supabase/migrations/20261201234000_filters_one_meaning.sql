-- Filters with one clear meaning (issue 13, point 1), as in the Bundesagentur's job search:
-- * A filter that only concerns one kind narrows the result to that kind: working time, German
--   level, childcare-friendly hours, suitable for refugees and start date show vacancies only;
--   free of cost shows support services and learning places only; event dates show events only.
--   (Before, places of other kinds passed such a filter: "Teilzeit" gave 157 places of which 22
--   were part-time jobs.) Filters that concern every kind (quarter, language spoken, wheelchair,
--   open at) apply to all.
-- * "Open at" is a filter of the database too (open_hours: the opening_hours texts that are open
--   at the chosen time, evaluated by the server with the OSM library, which has no SQL
--   implementation), so the counts include it.
-- * One definition of which places match: place_matches, an SQL function the planner inlines into
--   each caller. map_places (the list and the map), places_filtered (behind places_in_bbox, the
--   exports and place_counts) all select from it; map_places no longer restates the filters on a
--   "lean" path of its own. For the common map request the inlined statement is still an
--   index-only scan of places_map_idx (pgTAP 040 checks the plan): detail facets are EXISTS
--   probes that only run when their filter is set, and working time is read from the map copy.

set search_path = public, extensions;

-- The old filter record (with its `lean` flag) and the functions typed by it.
drop function public.place_matches_columns(int, float8, float8, public.place_kind, text,
  public.place_status, text[], public.wheelchair_access, int[], float8, float8, float8, float8,
  public.place_filter);
drop function public.matching_organisations(public.place_filter);
drop function public.parse_place_filters(jsonb);
drop type public.place_filter;

create type public.place_filter as (
  kinds public.place_kind[],
  quarters text[],
  statuses public.place_status[],
  languages text[],
  wheelchair boolean,
  -- opening_hours texts open at the chosen time (null: no "open at" filter; empty: none is open)
  open_hours text[],
  q text,
  tsquery tsquery,
  prefix text,
  working_time public.working_time[],
  german_max public.german_level,
  childcare boolean,
  refugees boolean,
  start_by date,
  free_only boolean,
  event_from timestamptz,
  event_to timestamptz
);

-- kinds ∩ allowed (kinds null = every kind). An empty result matches nothing.
create or replace function public.narrow_kinds(kinds public.place_kind[], allowed public.place_kind[])
returns public.place_kind[]
language sql
immutable
set search_path = public, extensions
as $$
  select coalesce(array_agg(k order by k), '{}')
  from unnest(coalesce(kinds, enum_range(null::public.place_kind))) k
  where k = any (allowed)
$$;

-- ---------------------------------------------------------------------------------------------
-- parse_place_filters: the filters of the map, checked once, as typed values.
--
-- filters (all keys optional; an unknown key is an error so typos do not silently show everything):
--   For every kind:
--   kinds text[]                 place kinds
--   quarters text[]              quarter ids
--   q text                       German full-text search over title, description and organisation
--                                name, plus a word-prefix match on title and organisation name
--   languages text[]             at least one of these languages is spoken on site
--   wheelchair bool              true: wheelchair access 'yes' or 'limited'
--   open_hours text[]            opening_hours is one of these texts (the server lists those open
--                                at the chosen time; places without opening hours never match)
--   statuses text[]              e.g. ['published'] to hide the caller's own drafts (RLS still applies)
--   Vacancies only (any of them set: the result holds vacancies only):
--   working_time text[]          one of these working times
--   german_level_max text        needing at most this German level (none < A1 < … < C2)
--   childcare_friendly bool      true: childcare-friendly hours
--   suitable_for_refugees bool   true: suitable for refugees
--   start_by date                starting on or before this day (no start date = at once)
--   Support services and learning places only:
--   free_only bool               true: those that cost nothing
--   Events only:
--   event_from, event_to date    taking place (partly) between these days (the region's time zone)
-- A boolean filter set to false does not filter. Errors: errcode 22023 with the key in the text.
-- ---------------------------------------------------------------------------------------------

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
                    'childcare_friendly', 'suitable_for_refugees', 'start_by', 'wheelchair',
                    'languages', 'open_hours', 'free_only', 'event_from', 'event_to')
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
  -- An empty list is no working-time filter (it would otherwise narrow to vacancies and match none).
  r.working_time := nullif(t, '{}')::public.working_time[];
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
  r.open_hours := public.filter_text_array(f, 'open_hours');
  r.childcare := coalesce(public.filter_bool(f, 'childcare_friendly'), false);
  r.refugees := coalesce(public.filter_bool(f, 'suitable_for_refugees'), false);
  r.start_by := public.filter_date(f, 'start_by');
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

  -- A filter of one kind narrows the result to that kind.
  if r.working_time is not null or r.german_max is not null or r.childcare or r.refugees
     or r.start_by is not null then
    r.kinds := public.narrow_kinds(r.kinds, '{vacancy}');
  end if;
  if r.free_only then
    r.kinds := public.narrow_kinds(r.kinds, '{support_service,learning_place}');
  end if;
  if r.event_from is not null or r.event_to is not null then
    r.kinds := public.narrow_kinds(r.kinds, '{event}');
  end if;
  return r;
end
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
-- place_matches: THE definition of which places a box and a filter set find (RLS applies: the
-- caller's policies on places and the detail tables). Every list and every count selects from it.
--
-- A one-statement SQL function without SET clause, STRICT or SECURITY DEFINER, so the planner
-- inlines it into the caller's query: the box becomes index conditions on places_map_idx
-- (cell, lat) and, when only columns of the index are used and no detail filter is set, the
-- whole request stays an index-only scan (pgTAP 040). Tables are schema-qualified for that reason
-- (no search_path setting). cells = bbox_cells(west, east); orgs = matching_organisations(pf).
-- ---------------------------------------------------------------------------------------------

create or replace function public.place_matches(
  cells int[], west float8, south float8, east float8, north float8,
  pf public.place_filter, orgs uuid[]
)
returns setof public.places
language sql
stable
parallel safe
as $$
  select p.*
  from public.places p
  where p.cell = any (cells)
    and p.lat between south and north
    and p.lon between west and east
    and ((pf).kinds is null or p.kind = any ((pf).kinds))
    and ((pf).quarters is null or p.quarter_id = any ((pf).quarters))
    and ((pf).statuses is null or p.status = any ((pf).statuses))
    and ((pf).languages is null or p.languages && (pf).languages)
    and (not (pf).wheelchair or p.wheelchair in ('yes', 'limited'))
    and ((pf).open_hours is null or p.opening_hours = any ((pf).open_hours))
    and ((pf).q is null or p.search @@ (pf).tsquery or p.title ~* (pf).prefix
         or p.organisation_id = any (orgs))
    -- vacancies (kinds already narrowed to vacancy when one of these is set)
    and ((pf).working_time is null or p.map_working_time = any ((pf).working_time))
    and (((pf).german_max is null and not (pf).childcare and not (pf).refugees
          and (pf).start_by is null)
         or exists (
           select 1 from public.vacancy_details v
           where v.place_id = p.id
             and ((pf).german_max is null or v.german_level <= (pf).german_max)
             and (not (pf).childcare or v.childcare_friendly)
             and (not (pf).refugees or v.suitable_for_refugees)
             and ((pf).start_by is null or v.start_date is null or v.start_date <= (pf).start_by)))
    -- support services and learning places
    and (not (pf).free_only
         or exists (select 1 from public.service_details s where s.place_id = p.id and s.cost = 'free'))
    -- events
    and (((pf).event_from is null and (pf).event_to is null)
         or exists (
           select 1 from public.event_details e
           where e.place_id = p.id
             and ((pf).event_from is null or coalesce(e.ends_at, e.starts_at) >= (pf).event_from)
             and ((pf).event_to is null or e.starts_at < (pf).event_to)))
$$;

-- ---------------------------------------------------------------------------------------------
-- places_filtered: place_matches with the columns the facets count (no order, no limit). Behind
-- places_in_bbox (exports) and place_counts.
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
  if pf.q is not null then
    orgs := public.matching_organisations(pf);
  end if;

  return query
  select
    p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, p.organisation_id, p.status, p.wheelchair,
    p.languages, p.is_demo, p.opening_hours,
    p.map_working_time, v.german_level, v.childcare_friendly, v.suitable_for_refugees,
    s.cost, p.map_starts_at
  from public.place_matches(cells, west, south, east, north, pf, orgs) p
  -- Detail rows only exist on places of their kind (check_detail_kind); the kind test inside the
  -- lateral subquery is a one-time filter per row, so other kinds skip the probe and its policy.
  left join lateral (
    select v.german_level, v.childcare_friendly, v.suitable_for_refugees
    from public.vacancy_details v where v.place_id = p.id and p.kind = 'vacancy' offset 0
  ) v on true
  left join lateral (
    select s.cost from public.service_details s
    where s.place_id = p.id and p.kind in ('support_service', 'learning_place') offset 0
  ) s on true;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- map_places: what the map, its list and /api/places show (13 columns), ordered by kind, title
-- and id, at most max_rows; the organisation's name is looked up for those rows only. The same
-- rows as places_in_bbox and as counted by place_counts: all three select from place_matches.
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
-- Planned with the actual box and filter values: the unset filters fold away, so the common
-- request is an index-only scan, and knowing that about a thousand places come out of the index
-- the planner memoizes the organisation lookups.
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
declare
  pf public.place_filter;
  cells int[];
  orgs uuid[];
begin
  if max_rows is null or max_rows < 1 or max_rows > 10000 then
    raise exception 'invalid max_rows %: must be between 1 and 10000', max_rows using errcode = '22023';
  end if;
  perform public.assert_bbox(west, south, east, north);
  pf := public.parse_place_filters(filters);
  cells := public.bbox_cells(west, east);
  if pf.q is not null then
    orgs := public.matching_organisations(pf);
  end if;

  return query
  select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, o.name, p.wheelchair, p.languages,
         p.is_demo, p.opening_hours, p.map_working_time, p.map_starts_at
  from (
    select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, p.wheelchair, p.languages,
           p.is_demo, p.opening_hours, p.organisation_id, p.map_working_time, p.map_starts_at
    from public.place_matches(cells, west, south, east, north, pf, orgs) p
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
  public.narrow_kinds(public.place_kind[], public.place_kind[]),
  public.parse_place_filters(jsonb),
  public.matching_organisations(public.place_filter),
  public.place_matches(int[], float8, float8, float8, float8, public.place_filter, uuid[])
from public;

grant execute on function
  public.narrow_kinds(public.place_kind[], public.place_kind[]),
  public.parse_place_filters(jsonb),
  public.matching_organisations(public.place_filter),
  public.place_matches(int[], float8, float8, float8, float8, public.place_filter, uuid[])
to anon, authenticated, service_role;
