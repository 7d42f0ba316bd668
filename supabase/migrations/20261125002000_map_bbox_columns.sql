-- The map's bbox query under RLS. PostgreSQL only lets leakproof operators reach an index before
-- the row security quals are checked; PostGIS' `&&` is not leakproof, so places_in_bbox scanned all
-- published places (about 170 ms for 100,000 places). Plain lon/lat columns compared with float8
-- operators (leakproof) give the planner a btree path, without any SECURITY DEFINER shortcut
-- around the policies. places_filtered is otherwise unchanged from 20261125000400_functions.sql.

set search_path = public, extensions;

alter table public.places
  add column lon float8 generated always as (st_x(location::geometry)) stored,
  add column lat float8 generated always as (st_y(location::geometry)) stored;

create index places_lat_lon_idx on public.places (lat, lon);

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
    -- Same box on plain columns: float8 comparisons are leakproof, so under RLS the planner may
    -- use places_lat_lon_idx (the PostGIS && operator is not leakproof and cannot be pushed
    -- below the policy quals, which meant a scan of every published place).
    and p.lat between south and north
    and p.lon between west and east
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
