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
declare
  pf public.place_filter;
begin
  if max_rows is null or max_rows < 1 or max_rows > 10000 then
    raise exception 'invalid max_rows %: must be between 1 and 10000', max_rows using errcode = '22023';
  end if;
  perform public.assert_bbox(west, south, east, north);
  pf := public.parse_place_filters(filters);
  return query
  select f.id, f.kind, f.title, f.lon, f.lat, f.quarter_id, o.name, f.status, f.wheelchair,
         f.languages, f.is_demo, f.opening_hours, f.working_time, f.german_level,
         f.childcare_friendly, f.suitable_for_refugees, f.cost, f.starts_at
  from (
    select f.*, h.rank
    from public.places_filtered(west, south, east, north, filters) f
    left join public.search_hits(pf, public.bbox_cells(west, east), west, south, east, north) h
      on h.id = f.id
    order by h.rank desc nulls last, f.kind, f.title, f.id
    limit max_rows
  ) f
  left join lateral (
    select o.name from public.organisations o where o.id = f.organisation_id offset 0
  ) o on true
  order by f.rank desc nulls last, f.kind, f.title, f.id;
end
$$;
