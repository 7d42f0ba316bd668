-- Usage figures: anonymous daily counts.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.usage_daily (
  day date not null,
  metric text not null,
  dimension text default ''::text not null,
  n bigint default 0 not null,
  constraint usage_daily_pkey PRIMARY KEY (day, metric, dimension),
  constraint usage_daily_dimension_check CHECK ((dimension ~ '^[a-z0-9_=;:.-]{0,80}$'::text)),
  constraint usage_daily_metric_check CHECK ((metric = ANY (ARRAY['search'::text, 'filter'::text, 'route_sheet'::text, 'place_view'::text, 'export'::text]))),
  constraint usage_daily_n_check CHECK ((n >= 0))
);

alter table public.usage_daily enable row level security;

create policy usage_daily_all_service on public.usage_daily
  for all to service_role
  using (true)
  with check (true);

create policy usage_daily_select_staff on public.usage_daily
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

revoke all on public.usage_daily from public, anon, authenticated, service_role;
grant select on public.usage_daily to authenticated;
grant select, insert, update, delete on public.usage_daily to service_role;

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.add_usage(date[],text[],text[],bigint[]) from public, anon, authenticated, service_role;
grant execute on function private.add_usage(date[],text[],text[],bigint[]) to service_role;
