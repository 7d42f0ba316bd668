create or replace function public.export_place_ids(
  west float8, south float8, east float8, north float8,
  filters jsonb default '{}', max_rows int default 10000
)
returns table (id uuid)
language sql
stable
security invoker
set search_path = public, extensions
as $$
  select b.id
  from public.places_in_bbox(
    west, south, east, north,
    coalesce(filters, '{}'::jsonb) || '{"statuses": ["published"]}'::jsonb,
    max_rows
  ) b
  join public.places p on p.id = b.id
  where (p.valid_from is null or p.valid_from <= current_date)
    and (p.valid_through is null or p.valid_through >= current_date)
$$;
