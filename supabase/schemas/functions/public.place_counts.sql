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
