create or replace function public.narrow_kinds(kinds public.place_kind[], allowed public.place_kind[])
returns public.place_kind[]
language sql
immutable
set search_path = public, extensions
as $$
  select coalesce(array_agg(k order by k), '{}')
  from unnest(coalesce(kinds, enum_range(null::public.place_kind))) k
  where k = any (allowed)
$$;
