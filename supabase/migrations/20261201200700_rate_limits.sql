-- Rate limits shared by every server instance (issue 9, item 10; ARCHITECTURE.md §9): one row per
-- counted key (a SHA-256, never an address or e-mail in clear) with its count in the current
-- window. Only the server (service_role) counts, through private.rate_limit_hit; the API roles have
-- no privilege at all.

set search_path = public, extensions;

create table public.rate_limits (
  key text primary key check (key ~ '^[a-z_]{1,20}:[0-9a-f]{64}$'),
  n integer not null check (n >= 0),
  reset_at timestamptz not null
);

alter table public.rate_limits enable row level security;

revoke all on table public.rate_limits from public, anon, authenticated;
grant select, insert, update, delete on table public.rate_limits to service_role;

-- anon, authenticated: no grant, no policy. service_role (the server) counts: stated for the reader.
create policy rate_limits_all_service on public.rate_limits
  for all to service_role
  using (true)
  with check (true);

-- Counts one hit on `p_key` (p_count) or only looks (not p_count); returns the seconds until the
-- window resets when the key is over `p_max`, otherwise 0. One statement per hit, so two instances
-- counting at once both count.
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

revoke all on function private.rate_limit_hit(text, integer, integer, boolean) from public, anon, authenticated;
grant execute on function private.rate_limit_hit(text, integer, integer, boolean) to service_role;
