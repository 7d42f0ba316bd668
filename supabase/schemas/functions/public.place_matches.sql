create function public.place_matches(
  cells int[], west float8, south float8, east float8, north float8,
  pf public.place_filter, hits uuid[]
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
    -- published and valid today unless other statuses are asked for (…_map_shows_public_entries)
    and (case when (pf).statuses is null
              then p.status = 'published'
                   and (p.valid_from is null or p.valid_from <= current_date)
                   and (p.valid_through is null or p.valid_through >= current_date)
              else p.status = any ((pf).statuses) end)
    and ((pf).languages is null or p.languages && (pf).languages)
    and (not (pf).wheelchair or p.wheelchair in ('yes', 'limited'))
    and ((pf).open_hours is null or p.opening_hours = any ((pf).open_hours))
    -- a hashed subplan: one hash of the hits per query, not a scan of the array per place
    and ((pf).q is null or p.id in (select unnest(hits)))
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
