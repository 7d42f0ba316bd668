create or replace function private.rate_limit_hit(p_key text, p_max integer, p_window_ms integer, p_count boolean default true)
returns integer
language plpgsql
security invoker
set search_path = ''
as $$
declare
  hits integer;
  resets timestamptz;
begin
  if p_count then
    insert into public.rate_limits as l (key, n, reset_at)
    values (p_key, 1, now() + make_interval(secs => p_window_ms / 1000.0))
    on conflict (key) do update
      set n = case when l.reset_at <= now() then 1 else l.n + 1 end,
          reset_at = case when l.reset_at <= now() then excluded.reset_at else l.reset_at end
    returning l.n, l.reset_at into hits, resets;
    -- Now and then, forget windows that ended long ago.
    if random() < 0.01 then
      delete from public.rate_limits where reset_at < now() - interval '1 hour';
    end if;
    if hits > p_max then
      return greatest(1, ceil(extract(epoch from resets - now())))::integer;
    end if;
    return 0;
  end if;
  select l.n, l.reset_at into hits, resets from public.rate_limits l
   where l.key = p_key and l.reset_at > now();
  if found and hits >= p_max then
    return greatest(1, ceil(extract(epoch from resets - now())))::integer;
  end if;
  return 0;
end
$$;
