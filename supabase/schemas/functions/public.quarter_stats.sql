create or replace function public.quarter_stats(published_only boolean default true)
returns table (quarter_id text, quarter_name text, kind public.place_kind, n bigint)
language sql
stable
security invoker
set search_path = public, extensions
as $$
  select q.id, q.name, p.kind, count(*)
  from public.places p
  join public.quarters q on q.id = p.quarter_id
  where not published_only
     or (p.status = 'published'
         and (p.valid_from is null or p.valid_from <= current_date)
         and (p.valid_through is null or p.valid_through >= current_date))
  group by q.id, q.name, p.kind
  order by q.id, p.kind
$$;
