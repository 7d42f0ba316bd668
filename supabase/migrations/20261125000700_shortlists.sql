-- A coach's own shortlists of places to go through with a client. No client data is stored.
-- Private to the coach (or staff member) who made them; staff may read all.

set search_path = public, extensions;

create table public.shortlists (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid(),
  name text not null check (char_length(name) between 1 and 120),
  place_ids uuid[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index shortlists_owner_idx on public.shortlists (owner_id);

alter table public.shortlists enable row level security;

revoke all on table public.shortlists from anon, authenticated;
grant select, insert, update, delete on table public.shortlists to authenticated;
grant all on table public.shortlists to service_role;

create trigger shortlists_touch before update on public.shortlists
for each row execute function private.touch_updated_at();

create policy shortlists_select_owner on public.shortlists
  for select to authenticated
  using (
    owner_id = (select auth.uid())
    and ((select private.is_coach()) or (select private.is_staff()))
  );

create policy shortlists_select_staff on public.shortlists
  for select to authenticated
  using ((select private.is_staff()));

create policy shortlists_insert_owner on public.shortlists
  for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    and ((select private.is_coach()) or (select private.is_staff()))
  );

create policy shortlists_update_owner on public.shortlists
  for update to authenticated
  using (
    owner_id = (select auth.uid())
    and ((select private.is_coach()) or (select private.is_staff()))
  )
  with check (
    owner_id = (select auth.uid())
    and ((select private.is_coach()) or (select private.is_staff()))
  );

create policy shortlists_delete_owner on public.shortlists
  for delete to authenticated
  using (
    owner_id = (select auth.uid())
    and ((select private.is_coach()) or (select private.is_staff()))
  );
