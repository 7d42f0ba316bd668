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
  hits uuid[];
begin
  perform public.assert_bbox(west, south, east, north);
  pf := public.parse_place_filters(filters);
  cells := public.bbox_cells(west, east);
  if pf.q is not null then
    hits := array(select h.id from public.search_hits(pf, cells, west, south, east, north) h);
  end if;

  return query
  select
    p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, p.organisation_id, p.status, p.wheelchair,
    p.languages, p.is_demo, p.opening_hours,
    p.map_working_time, v.german_level, v.childcare_friendly, v.suitable_for_refugees,
    s.cost, p.map_starts_at
  from public.place_matches(cells, west, south, east, north, pf, hits) p
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
