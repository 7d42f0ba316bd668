create or replace function private.add_usage(days date[], metrics text[], dimensions text[], counts bigint[])
returns void
language sql
security invoker
set search_path = ''
as $$
  insert into public.usage_daily as u (day, metric, dimension, n)
  select d, m, x, c from unnest(days, metrics, dimensions, counts) as t(d, m, x, c)
  on conflict (day, metric, dimension) do update set n = u.n + excluded.n
$$;
