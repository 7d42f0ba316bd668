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
  r.event_from := public.filter_date(f, 'event_from')::timestamp at time zone public.region_time_zone();
  r.event_to := (public.filter_date(f, 'event_to') + 1)::timestamp at time zone public.region_time_zone();

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
