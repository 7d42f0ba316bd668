-- The audit log: who changed which row when, and which tables are audited (their audit triggers are
-- here, not beside each table).
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.audit_log (
  id bigint generated always as identity not null,
  at timestamp with time zone default now() not null,
  actor uuid,
  actor_roles jsonb,
  db_role text default CURRENT_USER not null,
  table_name text not null,
  row_id text not null,
  action text not null,
  changed_columns text[] default '{}'::text[] not null,
  old_values jsonb,
  new_values jsonb,
  constraint audit_log_pkey PRIMARY KEY (id),
  constraint audit_log_action_check CHECK ((action = ANY (ARRAY['INSERT'::text, 'UPDATE'::text, 'DELETE'::text])))
);

alter table public.audit_log enable row level security;

create index audit_log_row_idx on public.audit_log (table_name, row_id, at DESC);

create index audit_log_actor_idx on public.audit_log (actor, at DESC);

create policy audit_log_select_own on public.audit_log
  for select to authenticated
  using ((actor = ( SELECT auth.uid() AS uid)));

create policy audit_log_select_staff on public.audit_log
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

revoke all on public.audit_log from public, anon, authenticated, service_role;
grant select on public.audit_log to authenticated;
grant all on public.audit_log to service_role;

-- triggers

create trigger organisations_audit after INSERT OR DELETE OR UPDATE
  on public.organisations
  for each row execute function private.audit_row_change();

create trigger organisation_members_audit after INSERT OR DELETE OR UPDATE
  on public.organisation_members
  for each row execute function private.audit_row_change();

create trigger places_audit after INSERT OR DELETE OR UPDATE
  on public.places
  for each row execute function private.audit_row_change();

create trigger vacancy_details_audit after INSERT OR DELETE OR UPDATE
  on public.vacancy_details
  for each row execute function private.audit_row_change();

create trigger space_details_audit after INSERT OR DELETE OR UPDATE
  on public.space_details
  for each row execute function private.audit_row_change();

create trigger event_details_audit after INSERT OR DELETE OR UPDATE
  on public.event_details
  for each row execute function private.audit_row_change();

create trigger moderation_events_audit after INSERT OR DELETE OR UPDATE
  on public.moderation_events
  for each row execute function private.audit_row_change();

create trigger organisation_invites_audit after INSERT OR DELETE OR UPDATE
  on public.organisation_invites
  for each row execute function private.audit_row_change();

create trigger media_audit after INSERT OR DELETE OR UPDATE
  on public.media
  for each row execute function private.audit_row_change();

create trigger legal_pages_audit after INSERT OR DELETE OR UPDATE
  on public.legal_pages
  for each row execute function private.audit_row_change();

create trigger calendar_feeds_audit after INSERT OR DELETE OR UPDATE
  on public.calendar_feeds
  for each row execute function private.audit_row_change();

create trigger organisation_changes_audit after INSERT OR DELETE OR UPDATE
  on public.organisation_changes
  for each row execute function private.audit_row_change();

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.audit_row_change() from public, anon, authenticated, service_role;
