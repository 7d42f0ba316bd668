-- Speed of the map's bbox-and-filters query under RLS (issue #3: p95 <= 30 ms and >= 500 req/s
-- with 100,000 places). Measured with EXPLAIN (ANALYZE, BUFFERS) under `set local role anon`:
-- * the planner ANDed places_lat_lon_idx with a bitmap of all 100,000 published rows from
--   places_kind_status_idx (the policy's status = 'published'); a partial index on published
--   places matches the anon policy by itself and needs no second bitmap;
-- * every row cast geography to geometry twice (st_x/st_y) plus once more for &&: the generated
--   lon/lat columns give the same numbers and the same box test;
-- * every row probed three detail tables, and each hit ran the detail table's policy (a lookup
--   in places): the probes now happen only for places of the matching kind;
-- * places_filtered was planned afresh on every call (custom plans for its many optional
--   filters): with plan_cache_mode = force_generic_plan PL/pgSQL keeps one generic plan per
--   connection; the bbox still reaches the index as a parameterised range.
-- Row level security stays in force: the functions are SECURITY INVOKER, the policies unchanged.

set search_path = public, extensions;

-- Anon (and every authenticated caller's published rows) only ever see published places.
create index places_published_lat_lon_idx on public.places (lat, lon) where status = 'published';

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
-- One generic plan per connection for every statement in here (see the header).
set plan_cache_mode = force_generic_plan
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
  -- The same lists as enum arrays, so the query compares enums (no cast per row).
  e_kinds public.place_kind[];
  e_statuses public.place_status[];
  e_working_time public.working_time[];
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
  e_kinds := f_kinds::public.place_kind[];
  e_statuses := f_statuses::public.place_status[];
  e_working_time := f_working_time::public.working_time[];

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
    p.id, p.kind, p.title, p.lon, p.lat,
    p.quarter_id, o.name, p.status, p.wheelchair, p.languages, p.is_demo, p.opening_hours,
    v.working_time, v.german_level, v.childcare_friendly, v.suitable_for_refugees,
    s.cost, e.starts_at
  from public.places p
  -- A lookup by primary key: the generic plan expects one row from the box and would otherwise
  -- scan the organisations once per place.
  left join lateral (
    select o.name from public.organisations o where o.id = p.organisation_id offset 0
  ) o on true
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
  -- The box on the plain lon/lat columns only: float8 comparisons are leakproof, so under RLS they
  -- reach places_published_lat_lon_idx (for points this is the same test as PostGIS' &&, without
  -- a geography-to-geometry cast per row).
  where p.lat between south and north
    and p.lon between west and east
    and (e_kinds is null or p.kind = any (e_kinds))
    and (f_quarters is null or p.quarter_id = any (f_quarters))
    and (e_statuses is null or p.status = any (e_statuses))
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
    and (e_working_time is null or p.kind <> 'vacancy' or v.working_time = any (e_working_time))
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
-- map_places: what the map and /api/places show (13 columns), ordered like places_in_bbox.
-- The common request — a box with kinds, quarters, statuses, languages and/or wheelchair — runs
-- one lean query: no service_details at all, vacancy and event details only for places of that
-- kind (each detail row found runs its table's policy, a lookup in places: about half of the
-- time of places_filtered for a phone-sized view), sorted and limited in the same statement
-- instead of passing through two set-returning functions. Any other filter (text search,
-- vacancy, service or event facets) goes through places_in_bbox unchanged, so the filter
-- semantics and their errors stay in one place.
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
set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
declare
  f jsonb := coalesce(filters, '{}'::jsonb);
  f_kinds text[];
  f_statuses text[];
  f_quarters text[];
  f_languages text[];
  f_wheelchair boolean;
  e_kinds public.place_kind[];
  e_statuses public.place_status[];
begin
  if jsonb_typeof(f) <> 'object' or exists (
    select 1 from jsonb_object_keys(f) k
    where k not in ('kinds', 'quarters', 'statuses', 'languages', 'wheelchair')
  ) then
    -- Text search or a facet of one kind: the full implementation (which also reports bad keys).
    return query
    select b.id, b.kind, b.title, b.lon, b.lat, b.quarter_id, b.organisation_name, b.wheelchair,
           b.languages, b.is_demo, b.opening_hours, b.working_time, b.starts_at
    from public.places_in_bbox(west, south, east, north, f, max_rows) b;
    return;
  end if;

  -- The same checks and messages as places_in_bbox / places_filtered for these keys.
  if max_rows is null or max_rows < 1 or max_rows > 10000 then
    raise exception 'invalid max_rows %: must be between 1 and 10000', max_rows using errcode = '22023';
  end if;
  perform public.assert_bbox(west, south, east, north);
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
  f_quarters := public.filter_text_array(f, 'quarters');
  f_languages := public.filter_text_array(f, 'languages');
  f_wheelchair := public.filter_bool(f, 'wheelchair');
  e_kinds := f_kinds::public.place_kind[];
  e_statuses := f_statuses::public.place_status[];

  return query
  select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, o.name, p.wheelchair, p.languages,
         p.is_demo, p.opening_hours, v.working_time, e.starts_at
  from public.places p
  -- A lookup by primary key: the generic plan expects one row from the box and would otherwise
  -- scan the organisations once per place.
  left join lateral (
    select o.name from public.organisations o where o.id = p.organisation_id offset 0
  ) o on true
  left join lateral (
    select v.working_time from public.vacancy_details v
    where v.place_id = p.id and p.kind = 'vacancy' offset 0
  ) v on true
  left join lateral (
    select e.starts_at from public.event_details e
    where e.place_id = p.id and p.kind = 'event' offset 0
  ) e on true
  where p.lat between south and north
    and p.lon between west and east
    and (e_kinds is null or p.kind = any (e_kinds))
    and (f_quarters is null or p.quarter_id = any (f_quarters))
    and (e_statuses is null or p.status = any (e_statuses))
    and (f_languages is null or p.languages && f_languages)
    and (f_wheelchair is not true or p.wheelchair in ('yes', 'limited'))
  order by p.kind, p.title, p.id
  limit max_rows;
end
$$;

revoke execute on function public.map_places(float8, float8, float8, float8, jsonb, int) from public;
grant execute on function public.map_places(float8, float8, float8, float8, jsonb, int)
  to anon, authenticated, service_role;
