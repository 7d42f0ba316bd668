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
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
declare
  pf public.place_filter;
  cells int[];
  hit_ids uuid[];
  hit_ranks real[];
begin
  if max_rows is null or max_rows < 1 or max_rows > 10000 then
    raise exception 'invalid max_rows %: must be between 1 and 10000', max_rows using errcode = '22023';
  end if;
  perform public.assert_bbox(west, south, east, north);
  pf := public.parse_place_filters(filters);
  cells := public.bbox_cells(west, east);

  if pf.q is null then
    return query
    select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, o.name, p.wheelchair, p.languages,
           p.is_demo, p.opening_hours, p.map_working_time, p.map_starts_at
    from (
      select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, p.wheelchair, p.languages,
             p.is_demo, p.opening_hours, p.organisation_id, p.map_working_time, p.map_starts_at
      from public.place_matches(cells, west, south, east, north, pf, null) p
      order by p.kind, p.title, p.id
      limit max_rows
    ) p
    left join lateral (
      select o.name from public.organisations o where o.id = p.organisation_id offset 0
    ) o on true
    order by p.kind, p.title, p.id;
    return;
  end if;

  select coalesce(array_agg(h.id), '{}'), coalesce(array_agg(h.rank), '{}')
  into hit_ids, hit_ranks
  from public.search_hits(pf, cells, west, south, east, north) h;

  return query
  select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, o.name, p.wheelchair, p.languages,
         p.is_demo, p.opening_hours, p.map_working_time, p.map_starts_at
  from (
    select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, p.wheelchair, p.languages,
           p.is_demo, p.opening_hours, p.organisation_id, p.map_working_time, p.map_starts_at,
           h.rank
    from public.place_matches(cells, west, south, east, north, pf, hit_ids) p
    join unnest(hit_ids, hit_ranks) h(id, rank) on h.id = p.id
    order by h.rank desc, p.kind, p.title, p.id
    limit max_rows
  ) p
  left join lateral (
    select o.name from public.organisations o where o.id = p.organisation_id offset 0
  ) o on true
  order by p.rank desc, p.kind, p.title, p.id;
end
$$;
