-- Shortlists: a coach's saved places.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.shortlists (
  id uuid default gen_random_uuid() not null,
  owner_id uuid default auth.uid() not null,
  name text not null,
  place_ids uuid[] default '{}'::uuid[] not null,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  expires_at timestamp with time zone default (now() + '90 days'::interval) not null,
  constraint shortlists_pkey PRIMARY KEY (id),
  constraint shortlists_expiry_90_days CHECK ((expires_at <= (created_at + '90 days'::interval))),
  constraint shortlists_label_short CHECK ((char_length(name) <= 60)),
  constraint shortlists_name_check CHECK (((char_length(name) >= 1) AND (char_length(name) <= 120)))
);

alter table public.shortlists enable row level security;

comment on column public.shortlists.name is 'pseudonymous label chosen by the coach (no client name, no address)';

create index shortlists_owner_idx on public.shortlists (owner_id);

create policy shortlists_delete_owner on public.shortlists
  for delete to authenticated
  using (((owner_id = ( SELECT auth.uid() AS uid)) AND (( SELECT private.is_coach() AS is_coach) OR ( SELECT private.is_staff() AS is_staff))));

create policy shortlists_insert_owner on public.shortlists
  for insert to authenticated
  with check (((owner_id = ( SELECT auth.uid() AS uid)) AND (( SELECT private.is_coach() AS is_coach) OR ( SELECT private.is_staff() AS is_staff))));

create policy shortlists_select_owner on public.shortlists
  for select to authenticated
  using (((owner_id = ( SELECT auth.uid() AS uid)) AND (expires_at > now()) AND (( SELECT private.is_coach() AS is_coach) OR ( SELECT private.is_staff() AS is_staff))));

create policy shortlists_update_owner on public.shortlists
  for update to authenticated
  using (((owner_id = ( SELECT auth.uid() AS uid)) AND (expires_at > now()) AND (( SELECT private.is_coach() AS is_coach) OR ( SELECT private.is_staff() AS is_staff))))
  with check (((owner_id = ( SELECT auth.uid() AS uid)) AND (( SELECT private.is_coach() AS is_coach) OR ( SELECT private.is_staff() AS is_staff))));

revoke all on public.shortlists from public, anon, authenticated, service_role;
grant select, insert, update, delete on public.shortlists to authenticated;
grant all on public.shortlists to service_role;

-- triggers

create trigger shortlists_touch before UPDATE
  on public.shortlists
  for each row execute function private.touch_updated_at();

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.delete_expired_shortlists() from public, anon, authenticated, service_role;
grant execute on function private.delete_expired_shortlists() to service_role;
