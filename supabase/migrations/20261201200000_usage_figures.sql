-- Anonymous usage figures (issue #15, item 7): how often the map is searched (by kind and
-- quarter), which filters are used, how many route sheets are printed, place pages opened and
-- open-data files downloaded — counted by the server per day, without cookies, without anything
-- stored on the device, without personal data: a row is (day, metric, dimension, count), never an
-- address, a user id or a time of day. Written by the server as service_role (a system write on
-- behalf of nobody, like the expiry job), read by staff only.

set search_path = public, extensions;

create table public.usage_daily (
  day date not null,
  metric text not null check (metric in ('search', 'filter', 'route_sheet', 'place_view', 'export')),
  -- What was counted: 'kind=vacancy;quarter=baumheide' for a search, the filter's key, the
  -- export's format, … Never free text typed by a visitor (the server builds it from known values).
  dimension text not null default '' check (dimension ~ '^[a-z0-9_=;:.-]{0,80}$'),
  n bigint not null default 0 check (n >= 0),
  primary key (day, metric, dimension)
);

alter table public.usage_daily enable row level security;

revoke all on table public.usage_daily from anon, authenticated;
grant select on table public.usage_daily to authenticated;
grant select, insert, update, delete on table public.usage_daily to service_role;

-- Staff read the figures; nobody else (a business or coach has no use for them).
create policy usage_daily_select_staff on public.usage_daily
  for select to authenticated
  using ((select private.is_staff()));
-- anon: no grant at all. authenticated: select only (above); no write policy, so no user writes.
-- service_role (bypasses RLS on Supabase and in the shim) writes: stated for the reader.
create policy usage_daily_all_service on public.usage_daily
  for all to service_role
  using (true)
  with check (true);

-- Adds the counts of one flush (arrays of equal length) to their days. Called by the server as
-- service_role; in `private`, which the API does not expose.
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

revoke all on function private.add_usage(date[], text[], text[], bigint[]) from public, anon, authenticated;
grant execute on function private.add_usage(date[], text[], text[], bigint[]) to service_role;
