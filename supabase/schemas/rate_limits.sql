-- Rate limits: counters per key and window.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.rate_limits (
  key text not null,
  n integer not null,
  reset_at timestamp with time zone not null,
  constraint rate_limits_pkey PRIMARY KEY (key),
  constraint rate_limits_key_check CHECK ((key ~ '^[a-z_]{1,20}:[0-9a-f]{64}$'::text)),
  constraint rate_limits_n_check CHECK ((n >= 0))
);

alter table public.rate_limits enable row level security;

create policy rate_limits_all_service on public.rate_limits
  for all to service_role
  using (true)
  with check (true);

revoke all on public.rate_limits from public, anon, authenticated, service_role;
grant select, insert, update, delete on public.rate_limits to service_role;

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.rate_limit_hit(text,integer,integer,boolean) from public, anon, authenticated, service_role;
grant execute on function private.rate_limit_hit(text,integer,integer,boolean) to service_role;
