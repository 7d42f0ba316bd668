-- Grants, helper functions and row level security policies.
--
-- Every request runs as `anon`, `authenticated` or `service_role` with the caller's JWT claims in
-- `request.jwt.claims`; the rights below follow from auth.uid() and app_metadata.roles in those
-- claims, exactly as on hosted Supabase. The roles that grant rights (business, coach, staff) are
-- read from the signed JWT, never from the profiles table, so a user cannot promote themselves.
--
-- Conventions:
-- * one policy per operation and audience, named <table>_<operation>_<audience>;
-- * role checks are wrapped in `(select …)` so Postgres evaluates them once per statement
--   (an InitPlan) instead of once per row;
-- * helpers that read RLS-protected tables are SECURITY DEFINER (owned by the migration role, which
--   owns the tables and is therefore not subject to their policies) to avoid policy recursion;
-- * anon never gets a write privilege, so no policy can let it write.

set search_path = public, extensions;

-- ---------------------------------------------------------------------------------------------
-- Grants. Hosted Supabase grants everything on new public tables to anon and authenticated by
-- default privileges; start from nothing so every database ends with the same grants.
-- ---------------------------------------------------------------------------------------------

revoke all on table
  public.quarters, public.organisations, public.organisation_members, public.profiles,
  public.places, public.vacancy_details, public.space_details, public.service_details,
  public.event_details, public.shortlists
from anon, authenticated;

-- Public map data: anonymous visitors read it (RLS narrows the rows).
grant select on table
  public.quarters, public.organisations, public.places, public.vacancy_details,
  public.space_details, public.service_details, public.event_details
to anon;

-- Signed-in users may attempt everything; the policies decide which rows.
grant select, insert, update, delete on table
  public.quarters, public.organisations, public.organisation_members, public.profiles,
  public.places, public.vacancy_details, public.space_details, public.service_details,
  public.event_details, public.shortlists
to authenticated;

grant all on all tables in schema public to service_role;
grant usage, select on all sequences in schema public to service_role;

-- ---------------------------------------------------------------------------------------------
-- Helper functions
-- ---------------------------------------------------------------------------------------------

-- True when the caller's JWT lists the role in app_metadata.roles (an array of strings).
create or replace function public.has_role(role_name text) returns boolean
language sql
stable
security definer
set search_path = public, extensions
as $$
  select coalesce(
    case jsonb_typeof(auth.jwt() -> 'app_metadata' -> 'roles')
      when 'array' then (auth.jwt() -> 'app_metadata' -> 'roles') ? role_name
      when 'string' then (auth.jwt() -> 'app_metadata' ->> 'roles') = role_name
      else false
    end,
    false
  )
$$;

create or replace function public.is_staff() returns boolean
language sql
stable
security definer
set search_path = public, extensions
as $$
  select public.has_role('staff')
$$;

create or replace function public.is_coach() returns boolean
language sql
stable
security definer
set search_path = public, extensions
as $$
  select public.has_role('coach')
$$;

create or replace function public.is_business() returns boolean
language sql
stable
security definer
set search_path = public, extensions
as $$
  select public.has_role('business')
$$;

-- Membership lookups bypass the policies on organisation_members (which themselves call these),
-- so there is no recursion.
create or replace function public.is_member_of(org uuid) returns boolean
language sql
stable
security definer
set search_path = public, extensions
as $$
  select exists (
    select 1 from public.organisation_members m
    where m.organisation_id = org and m.user_id = auth.uid()
  )
$$;

create or replace function public.is_org_owner(org uuid) returns boolean
language sql
stable
security definer
set search_path = public, extensions
as $$
  select exists (
    select 1 from public.organisation_members m
    where m.organisation_id = org and m.user_id = auth.uid() and m.member_role = 'owner'
  )
$$;

-- The caller's organisations as a set: `organisation_id in (select public.my_organisation_ids())`
-- becomes one hashed subplan per statement instead of one lookup per row (places is the hot table).
create or replace function public.my_organisation_ids() returns setof uuid
language sql
stable
security definer
set search_path = public, extensions
as $$
  select m.organisation_id from public.organisation_members m where m.user_id = auth.uid()
$$;

-- May the caller change this place (and therefore its detail row)? Staff: any place. Business
-- users: places of organisations they belong to. Unknown ids give false.
create or replace function public.can_edit_place(place_id uuid) returns boolean
language sql
stable
security definer
set search_path = public, extensions
as $$
  select exists (
    select 1 from public.places p
    where p.id = can_edit_place.place_id
      and (
        public.is_staff()
        or (public.is_business() and public.is_member_of(p.organisation_id))
      )
  )
$$;

-- The caller's stored profile role, read with the statement's snapshot (so inside an UPDATE it
-- returns the role before the update). Used to stop users from changing their own role.
create or replace function public.my_profile_role() returns public.user_role
language sql
stable
security definer
set search_path = public, extensions
as $$
  select p.role from public.profiles p where p.id = auth.uid()
$$;

revoke execute on function
  public.has_role(text), public.is_staff(), public.is_coach(), public.is_business(),
  public.is_member_of(uuid), public.is_org_owner(uuid), public.my_organisation_ids(),
  public.can_edit_place(uuid), public.my_profile_role()
from public;
grant execute on function
  public.has_role(text), public.is_staff(), public.is_coach(), public.is_business(),
  public.is_member_of(uuid), public.is_org_owner(uuid), public.my_organisation_ids(),
  public.can_edit_place(uuid), public.my_profile_role()
to anon, authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- Triggers that belong to the rights model
-- ---------------------------------------------------------------------------------------------

-- The creator of an organisation becomes its owner. Security definer: the new owner cannot yet
-- insert into organisation_members (only owners may).
create or replace function public.add_organisation_creator_as_owner() returns trigger
language plpgsql
security definer
set search_path = public, extensions
as $$
begin
  if auth.uid() is not null and public.is_business() then
    insert into public.organisation_members (organisation_id, user_id, member_role)
    values (new.id, auth.uid(), 'owner')
    on conflict (organisation_id, user_id) do update set member_role = 'owner';
  end if;
  return null;
end
$$;

create trigger organisations_add_owner
after insert on public.organisations
for each row execute function public.add_organisation_creator_as_owner();

-- A business edit of a published place goes back to moderation: the row becomes 'pending' again.
-- (Explicitly setting 'published' from another status is refused by the update policy.) Only
-- requests running as `authenticated` are affected; seeds, service_role and staff are not.
create or replace function public.places_business_edit_to_pending() returns trigger
language plpgsql
set search_path = public, extensions
as $$
begin
  if current_user = 'authenticated' and not public.is_staff()
     and old.status = 'published' and new.status = 'published' then
    new.status := 'pending';
  end if;
  return new;
end
$$;

create trigger places_edit_to_pending
before update on public.places
for each row execute function public.places_business_edit_to_pending();

-- The same for a change to a published place's detail row. Security invoker: the update of the
-- parent runs under the caller's rights (the caller may edit the place, or the detail change would
-- have been refused already).
create or replace function public.place_details_edit_to_pending() returns trigger
language plpgsql
set search_path = public, extensions
as $$
declare
  target uuid;
begin
  if current_user = 'authenticated' and not public.is_staff() then
    if tg_op = 'DELETE' then
      target := old.place_id;
    else
      target := new.place_id;
    end if;
    update public.places set status = 'pending' where id = target and status = 'published';
  end if;
  return null;
end
$$;

create trigger vacancy_details_edit_to_pending
after insert or update or delete on public.vacancy_details
for each row execute function public.place_details_edit_to_pending();
create trigger space_details_edit_to_pending
after insert or update or delete on public.space_details
for each row execute function public.place_details_edit_to_pending();
create trigger service_details_edit_to_pending
after insert or update or delete on public.service_details
for each row execute function public.place_details_edit_to_pending();
create trigger event_details_edit_to_pending
after insert or update or delete on public.event_details
for each row execute function public.place_details_edit_to_pending();

-- Trigger functions are not for calling directly.
revoke execute on function
  public.add_organisation_creator_as_owner(), public.places_business_edit_to_pending(),
  public.place_details_edit_to_pending()
from public, anon, authenticated;

-- ---------------------------------------------------------------------------------------------
-- quarters: public; staff maintain them.
-- ---------------------------------------------------------------------------------------------

create policy quarters_select_everyone on public.quarters
  for select to anon, authenticated
  using (true);

create policy quarters_insert_staff on public.quarters
  for insert to authenticated
  with check ((select public.is_staff()));

create policy quarters_update_staff on public.quarters
  for update to authenticated
  using ((select public.is_staff()))
  with check ((select public.is_staff()));

create policy quarters_delete_staff on public.quarters
  for delete to authenticated
  using ((select public.is_staff()));

-- ---------------------------------------------------------------------------------------------
-- places
-- ---------------------------------------------------------------------------------------------

-- What the public map shows: published and currently valid.
create policy places_select_published on public.places
  for select to anon, authenticated
  using (
    status = 'published'
    and (valid_from is null or valid_from <= current_date)
    and (valid_through is null or valid_through >= current_date)
  );

-- Business users see every row of their organisations, whatever the status.
create policy places_select_business_own on public.places
  for select to authenticated
  using (
    (select public.is_business())
    and organisation_id in (select public.my_organisation_ids())
  );

create policy places_select_staff on public.places
  for select to authenticated
  using ((select public.is_staff()));

-- Business users create places for their organisations, as draft or submitted for moderation.
create policy places_insert_business_own on public.places
  for insert to authenticated
  with check (
    (select public.is_business())
    and organisation_id in (select public.my_organisation_ids())
    and status in ('draft', 'pending')
    and created_by is not distinct from (select auth.uid())
  );

create policy places_insert_staff on public.places
  for insert to authenticated
  with check ((select public.is_staff()));

-- Business users edit their organisations' places; the place stays with one of their
-- organisations and never becomes 'published' through them (only staff publish).
create policy places_update_business_own on public.places
  for update to authenticated
  using (
    (select public.is_business())
    and organisation_id in (select public.my_organisation_ids())
  )
  with check (
    (select public.is_business())
    and organisation_id in (select public.my_organisation_ids())
    and status <> 'published'
  );

create policy places_update_staff on public.places
  for update to authenticated
  using ((select public.is_staff()))
  with check ((select public.is_staff()));

-- Business users delete only drafts; anything that was submitted is archived instead.
create policy places_delete_business_own_draft on public.places
  for delete to authenticated
  using (
    (select public.is_business())
    and organisation_id in (select public.my_organisation_ids())
    and status = 'draft'
  );

create policy places_delete_staff on public.places
  for delete to authenticated
  using ((select public.is_staff()));

-- ---------------------------------------------------------------------------------------------
-- Detail tables: visible with their place (the subquery on places is itself under RLS); writable
-- by whoever may edit the place.
-- ---------------------------------------------------------------------------------------------

create policy vacancy_details_select_visible_place on public.vacancy_details
  for select to anon, authenticated
  using (exists (select 1 from public.places p where p.id = vacancy_details.place_id));
create policy vacancy_details_insert_place_editor on public.vacancy_details
  for insert to authenticated
  with check (public.can_edit_place(place_id));
create policy vacancy_details_update_place_editor on public.vacancy_details
  for update to authenticated
  using (public.can_edit_place(place_id))
  with check (public.can_edit_place(place_id));
create policy vacancy_details_delete_place_editor on public.vacancy_details
  for delete to authenticated
  using (public.can_edit_place(place_id));

create policy space_details_select_visible_place on public.space_details
  for select to anon, authenticated
  using (exists (select 1 from public.places p where p.id = space_details.place_id));
create policy space_details_insert_place_editor on public.space_details
  for insert to authenticated
  with check (public.can_edit_place(place_id));
create policy space_details_update_place_editor on public.space_details
  for update to authenticated
  using (public.can_edit_place(place_id))
  with check (public.can_edit_place(place_id));
create policy space_details_delete_place_editor on public.space_details
  for delete to authenticated
  using (public.can_edit_place(place_id));

create policy service_details_select_visible_place on public.service_details
  for select to anon, authenticated
  using (exists (select 1 from public.places p where p.id = service_details.place_id));
create policy service_details_insert_place_editor on public.service_details
  for insert to authenticated
  with check (public.can_edit_place(place_id));
create policy service_details_update_place_editor on public.service_details
  for update to authenticated
  using (public.can_edit_place(place_id))
  with check (public.can_edit_place(place_id));
create policy service_details_delete_place_editor on public.service_details
  for delete to authenticated
  using (public.can_edit_place(place_id));

create policy event_details_select_visible_place on public.event_details
  for select to anon, authenticated
  using (exists (select 1 from public.places p where p.id = event_details.place_id));
create policy event_details_insert_place_editor on public.event_details
  for insert to authenticated
  with check (public.can_edit_place(place_id));
create policy event_details_update_place_editor on public.event_details
  for update to authenticated
  using (public.can_edit_place(place_id))
  with check (public.can_edit_place(place_id));
create policy event_details_delete_place_editor on public.event_details
  for delete to authenticated
  using (public.can_edit_place(place_id));

-- ---------------------------------------------------------------------------------------------
-- organisations: public directory of employers and carriers.
-- ---------------------------------------------------------------------------------------------

create policy organisations_select_everyone on public.organisations
  for select to anon, authenticated
  using (true);

-- A business user registers an organisation and becomes its owner (trigger above).
create policy organisations_insert_business on public.organisations
  for insert to authenticated
  with check (
    (select public.is_business())
    and created_by is not distinct from (select auth.uid())
  );

create policy organisations_insert_staff on public.organisations
  for insert to authenticated
  with check ((select public.is_staff()));

create policy organisations_update_business_member on public.organisations
  for update to authenticated
  using ((select public.is_business()) and public.is_member_of(id))
  with check ((select public.is_business()) and public.is_member_of(id));

create policy organisations_update_staff on public.organisations
  for update to authenticated
  using ((select public.is_staff()))
  with check ((select public.is_staff()));

create policy organisations_delete_staff on public.organisations
  for delete to authenticated
  using ((select public.is_staff()));

-- ---------------------------------------------------------------------------------------------
-- organisation_members
-- ---------------------------------------------------------------------------------------------

create policy organisation_members_select_own_orgs on public.organisation_members
  for select to authenticated
  using (user_id = (select auth.uid()) or public.is_member_of(organisation_id));

create policy organisation_members_select_staff on public.organisation_members
  for select to authenticated
  using ((select public.is_staff()));

create policy organisation_members_insert_owner on public.organisation_members
  for insert to authenticated
  with check ((select public.is_business()) and public.is_org_owner(organisation_id));

create policy organisation_members_insert_staff on public.organisation_members
  for insert to authenticated
  with check ((select public.is_staff()));

create policy organisation_members_update_staff on public.organisation_members
  for update to authenticated
  using ((select public.is_staff()))
  with check ((select public.is_staff()));

create policy organisation_members_delete_owner on public.organisation_members
  for delete to authenticated
  using ((select public.is_business()) and public.is_org_owner(organisation_id));

create policy organisation_members_delete_staff on public.organisation_members
  for delete to authenticated
  using ((select public.is_staff()));

-- ---------------------------------------------------------------------------------------------
-- profiles
-- ---------------------------------------------------------------------------------------------

create policy profiles_select_own on public.profiles
  for select to authenticated
  using (id = (select auth.uid()));

create policy profiles_select_staff on public.profiles
  for select to authenticated
  using ((select public.is_staff()));

-- Self-registration creates a business profile; coach and staff profiles are made by staff.
create policy profiles_insert_own_business on public.profiles
  for insert to authenticated
  with check (id = (select auth.uid()) and role = 'business');

create policy profiles_insert_staff on public.profiles
  for insert to authenticated
  with check ((select public.is_staff()));

-- Own display data may change, the role may not.
create policy profiles_update_own on public.profiles
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()) and role = (select public.my_profile_role()));

create policy profiles_update_staff on public.profiles
  for update to authenticated
  using ((select public.is_staff()))
  with check ((select public.is_staff()));

create policy profiles_delete_staff on public.profiles
  for delete to authenticated
  using ((select public.is_staff()));

-- ---------------------------------------------------------------------------------------------
-- shortlists: private to the coach (or staff member) who made them; staff may read all.
-- ---------------------------------------------------------------------------------------------

create policy shortlists_select_owner on public.shortlists
  for select to authenticated
  using (
    owner_id = (select auth.uid())
    and ((select public.is_coach()) or (select public.is_staff()))
  );

create policy shortlists_select_staff on public.shortlists
  for select to authenticated
  using ((select public.is_staff()));

create policy shortlists_insert_owner on public.shortlists
  for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    and ((select public.is_coach()) or (select public.is_staff()))
  );

create policy shortlists_update_owner on public.shortlists
  for update to authenticated
  using (
    owner_id = (select auth.uid())
    and ((select public.is_coach()) or (select public.is_staff()))
  )
  with check (
    owner_id = (select auth.uid())
    and ((select public.is_coach()) or (select public.is_staff()))
  );

create policy shortlists_delete_owner on public.shortlists
  for delete to authenticated
  using (
    owner_id = (select auth.uid())
    and ((select public.is_coach()) or (select public.is_staff()))
  );
