-- Organisations (the public directory of employers and carriers), their members, and the
-- profiles of accounts; the membership helpers every business policy uses.

set search_path = public, extensions;

create type public.user_role as enum ('business', 'coach', 'staff');
create type public.organisation_kind as enum ('employer', 'carrier', 'project', 'public_body');

create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) between 2 and 200),
  kind public.organisation_kind not null default 'employer',
  description text check (char_length(description) <= 4000),
  address text check (char_length(address) <= 300),
  location geography(Point, 4326),
  contact_email text check (char_length(contact_email) <= 254),
  contact_phone text check (char_length(contact_phone) <= 50),
  website text check (char_length(website) <= 500),
  is_demo boolean not null default false,
  created_by uuid default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table public.organisation_members (
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  user_id uuid not null,
  member_role text not null default 'member' check (member_role in ('owner', 'member')),
  created_at timestamptz not null default now(),
  primary key (organisation_id, user_id)
);
create index organisation_members_user_idx on public.organisation_members (user_id);

-- One row per account. The role that grants rights is in the signed JWT (app_metadata.roles);
-- this table holds the display data and mirrors the role for staff screens.
create table public.profiles (
  id uuid primary key,
  display_name text check (char_length(display_name) <= 120),
  role public.user_role not null default 'business',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

alter table public.organisations enable row level security;
alter table public.organisation_members enable row level security;
alter table public.profiles enable row level security;

revoke all on table public.organisations, public.organisation_members, public.profiles
  from anon, authenticated;
grant select on table public.organisations to anon;
grant select, insert, update, delete on table
  public.organisations, public.organisation_members, public.profiles
to authenticated;
grant all on table public.organisations, public.organisation_members, public.profiles to service_role;

-- ---------------------------------------------------------------------------------------------
-- Membership helpers. SECURITY DEFINER: they read organisation_members past its policies (which
-- themselves call these), so there is no recursion.
-- ---------------------------------------------------------------------------------------------

create or replace function private.is_member_of(org uuid) returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.organisation_members m
    where m.organisation_id = org and m.user_id = auth.uid()
  )
$$;

create or replace function private.is_org_owner(org uuid) returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.organisation_members m
    where m.organisation_id = org and m.user_id = auth.uid() and m.member_role = 'owner'
  )
$$;

-- The caller's organisations as a set: `organisation_id in (select private.my_organisation_ids())`
-- becomes one hashed subplan per statement instead of one lookup per row (places is the hot table).
create or replace function private.my_organisation_ids() returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.organisation_id from public.organisation_members m where m.user_id = auth.uid()
$$;

-- The caller's stored profile role, read with the statement's snapshot (so inside an UPDATE it
-- returns the role before the update). Used to stop users from changing their own role.
create or replace function private.my_profile_role() returns public.user_role
language sql
stable
security definer
set search_path = ''
as $$
  select p.role from public.profiles p where p.id = auth.uid()
$$;

-- ---------------------------------------------------------------------------------------------
-- Triggers
-- ---------------------------------------------------------------------------------------------

-- The creator of an organisation becomes its owner. Security definer: the new owner cannot yet
-- insert into organisation_members (only owners may).
create or replace function private.add_organisation_creator_as_owner() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if auth.uid() is not null and private.is_business() then
    insert into public.organisation_members (organisation_id, user_id, member_role)
    values (new.id, auth.uid(), 'owner')
    on conflict (organisation_id, user_id) do update set member_role = 'owner';
  end if;
  return null;
end
$$;

create trigger organisations_add_owner
after insert on public.organisations
for each row execute function private.add_organisation_creator_as_owner();

-- Who made a row and whether it is demo data are not a business user's to set (organisations and
-- places): for requests of signed-in non-staff users is_demo is false on insert and never changes,
-- and created_by never changes after the insert (on insert the policies demand the caller). Seeds,
-- service_role and staff are not affected (they run as another role or carry the staff claim).
create or replace function private.protect_provenance() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user = 'authenticated' and not private.is_staff() then
    if tg_op = 'INSERT' then
      new.is_demo := false;
    else
      new.created_by := old.created_by;
      new.is_demo := old.is_demo;
    end if;
  end if;
  return new;
end
$$;

create trigger organisations_protect_provenance
before insert or update on public.organisations
for each row execute function private.protect_provenance();

create trigger organisations_touch before update on public.organisations
for each row execute function private.touch_updated_at();
create trigger profiles_touch before update on public.profiles
for each row execute function private.touch_updated_at();

create trigger organisations_audit after insert or update or delete on public.organisations
for each row execute function private.audit_row_change();
create trigger organisation_members_audit after insert or update or delete on public.organisation_members
for each row execute function private.audit_row_change();

revoke all on function
  private.is_member_of(uuid), private.is_org_owner(uuid), private.my_organisation_ids(),
  private.my_profile_role(), private.add_organisation_creator_as_owner(),
  private.protect_provenance()
from public, anon, authenticated;
grant execute on function
  private.is_member_of(uuid), private.is_org_owner(uuid), private.my_organisation_ids(),
  private.my_profile_role()
to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- organisations: public directory; business users register theirs and become owner.
-- ---------------------------------------------------------------------------------------------

create policy organisations_select_everyone on public.organisations
  for select to anon, authenticated
  using (true);

create policy organisations_insert_business on public.organisations
  for insert to authenticated
  with check (
    (select private.is_business())
    and created_by is not distinct from (select auth.uid())
  );

create policy organisations_insert_staff on public.organisations
  for insert to authenticated
  with check ((select private.is_staff()));

create policy organisations_update_business_member on public.organisations
  for update to authenticated
  using ((select private.is_business()) and private.is_member_of(id))
  with check ((select private.is_business()) and private.is_member_of(id));

create policy organisations_update_staff on public.organisations
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));

create policy organisations_delete_staff on public.organisations
  for delete to authenticated
  using ((select private.is_staff()));

-- ---------------------------------------------------------------------------------------------
-- organisation_members: members see their colleagues; owners and staff manage members.
-- ---------------------------------------------------------------------------------------------

create policy organisation_members_select_own_orgs on public.organisation_members
  for select to authenticated
  using (user_id = (select auth.uid()) or private.is_member_of(organisation_id));

create policy organisation_members_select_staff on public.organisation_members
  for select to authenticated
  using ((select private.is_staff()));

create policy organisation_members_insert_owner on public.organisation_members
  for insert to authenticated
  with check ((select private.is_business()) and private.is_org_owner(organisation_id));

create policy organisation_members_insert_staff on public.organisation_members
  for insert to authenticated
  with check ((select private.is_staff()));

create policy organisation_members_update_staff on public.organisation_members
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));

create policy organisation_members_delete_owner on public.organisation_members
  for delete to authenticated
  using ((select private.is_business()) and private.is_org_owner(organisation_id));

create policy organisation_members_delete_staff on public.organisation_members
  for delete to authenticated
  using ((select private.is_staff()));

-- ---------------------------------------------------------------------------------------------
-- profiles: own row; the role cannot be changed by its owner; staff manage all.
-- ---------------------------------------------------------------------------------------------

create policy profiles_select_own on public.profiles
  for select to authenticated
  using (id = (select auth.uid()));

create policy profiles_select_staff on public.profiles
  for select to authenticated
  using ((select private.is_staff()));

-- Self-registration creates a business profile; coach and staff profiles are made by staff.
create policy profiles_insert_own_business on public.profiles
  for insert to authenticated
  with check (id = (select auth.uid()) and role = 'business');

create policy profiles_insert_staff on public.profiles
  for insert to authenticated
  with check ((select private.is_staff()));

-- Own display data may change, the role may not.
create policy profiles_update_own on public.profiles
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()) and role = (select private.my_profile_role()));

create policy profiles_update_staff on public.profiles
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));

create policy profiles_delete_staff on public.profiles
  for delete to authenticated
  using ((select private.is_staff()));
