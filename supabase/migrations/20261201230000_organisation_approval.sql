-- New organisations and new images wait for moderation (issue 9, items 5 and 9; follows
-- 20261201201100_organisation_changes.sql).
--
-- 1. An organisation a business registers is not public until staff approve it, like a place:
--    `organisations.approved_at` is null until then, and only approved organisations are visible
--    to anyone but their members, their creator and staff. Every public path reads organisations
--    under the caller's RLS (place_detail, the map functions, media), so an unapproved
--    organisation's name, website and logo reach no place page, no vacancy JSON-LD, no /api answer.
--    Registering records an organisation_changes row with an empty `previous` (the moderator sees
--    every field as new); edits before the approval go to the row and follow into that proposal;
--    staff approve or reject it with private.decide_organisation_change() as any other change.
-- 2. An image a business uploads (a logo, a photo of a place) is not public until approved:
--    `media.approved_at` is null until then. A new logo of an approved organisation folds into the
--    organisation's pending change as `logo` (previous: the approved logo's id, proposed: the new
--    one), so the moderator sees the old and the new logo; the old one stays public until the new
--    one is approved, and is removed then. A new photo sends its place back to 'pending' (as any
--    other edit of a published place does) and is approved with the place.
-- Staff, service_role and seeds are not held back. Existing rows count as approved.

set search_path = public, extensions;

alter table public.organisations add column approved_at timestamptz;
alter table public.media add column approved_at timestamptz;
update public.organisations set approved_at = created_at;
update public.media set approved_at = created_at;
create index organisations_unapproved_idx on public.organisations (id) where approved_at is null;

-- Who is held back: a signed-in caller who is not staff (a business; the API's `authenticated`).
create or replace function private.held_back() returns boolean
language sql
stable
set search_path = ''
as $$
  select current_user = 'authenticated' and not coalesce(private.is_staff(), false)
$$;

-- ---------------------------------------------------------------------------------------------
-- Organisations
-- ---------------------------------------------------------------------------------------------

-- BEFORE INSERT / UPDATE: nobody held back sets approved_at; everyone else's new rows are approved.
create or replace function private.organisations_approval() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.approved_at := case when private.held_back() then null else coalesce(new.approved_at, now()) end;
  elsif private.held_back() then
    new.approved_at := old.approved_at;
  end if;
  return new;
end
$$;

create trigger organisations_approval
before insert or update on public.organisations
for each row execute function private.organisations_approval();

-- The pending "new organisation" change follows the row until it is approved (security definer:
-- the API roles cannot write organisation_changes). `previous` is empty: every field is new.
create or replace function private.record_new_organisation(o public.organisations) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  wanted jsonb := private.organisation_public_columns(o);
  logo uuid;
begin
  if not (o.created_by is not distinct from auth.uid() and auth.uid() is not null
          or private.is_member_of(o.id)) then
    raise exception 'record_new_organisation: not a member' using errcode = '42501';
  end if;
  select m.id into logo from public.media m
   where m.organisation_id = o.id and m.purpose = 'logo' order by m.created_at desc, m.id limit 1;
  if logo is not null then
    wanted := wanted || jsonb_build_object('logo', logo);
  end if;
  update public.organisation_changes c set proposed = wanted, proposed_by = auth.uid()
   where c.organisation_id = o.id and c.status = 'pending';
  if not found then
    insert into public.organisation_changes (organisation_id, proposed, previous, proposed_by)
    values (o.id, wanted, '{}'::jsonb, auth.uid());
  end if;
end
$$;

create or replace function private.organisations_record_new() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.approved_at is null and private.held_back() then
    perform private.record_new_organisation(new);
  end if;
  return null;
end
$$;

create trigger organisations_record_new
after insert or update on public.organisations
for each row execute function private.organisations_record_new();

-- The hold trigger of 20261201201100: an organisation that is not public yet takes edits directly
-- (they follow into its pending "new organisation" change above); an approved one keeps its live
-- values until staff approve the change.
create or replace function private.organisations_hold_public_changes() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user <> 'authenticated' or private.is_staff() or old.approved_at is null then
    return new;
  end if;
  if private.organisation_public_columns(new) = private.organisation_public_columns(old) then
    return new;
  end if;
  perform private.propose_organisation_change(old.id, private.organisation_public_columns(new));
  new.name := old.name;
  new.kind := old.kind;
  new.description := old.description;
  new.address := old.address;
  new.location := old.location;
  new.contact_email := old.contact_email;
  new.contact_phone := old.contact_phone;
  new.website := old.website;
  return new;
end
$$;

-- Visible to everyone once approved; before that to its creator, its members and staff.
drop policy organisations_select_everyone on public.organisations;
create policy organisations_select_approved on public.organisations
  for select to anon, authenticated
  using (approved_at is not null);
create policy organisations_select_own on public.organisations
  for select to authenticated
  using (created_by = (select auth.uid()) or private.is_member_of(id));
create policy organisations_select_staff on public.organisations
  for select to authenticated
  using ((select private.is_staff()));

-- Staff decide: an approval also makes a new organisation public and its proposed logo live (the
-- older logos go); a rejection removes a proposed logo that was never approved.
create or replace function private.decide_organisation_change(change_id uuid, approve boolean, note text default null)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.organisation_changes;
  logo uuid;
begin
  if not private.is_staff() then
    raise exception 'decide_organisation_change: staff only' using errcode = '42501';
  end if;
  select * into c from public.organisation_changes where id = change_id and status = 'pending' for update;
  if c.id is null then
    return false;
  end if;
  logo := nullif(c.proposed ->> 'logo', '')::uuid;
  if approve then
    update public.organisations o set
      name = c.proposed ->> 'name',
      kind = (c.proposed ->> 'kind')::public.organisation_kind,
      description = c.proposed ->> 'description',
      address = c.proposed ->> 'address',
      location = case when c.proposed ->> 'lon' is null or c.proposed ->> 'lat' is null then null
        else extensions.st_setsrid(extensions.st_makepoint((c.proposed ->> 'lon')::float8,
                                                           (c.proposed ->> 'lat')::float8), 4326)::extensions.geography end,
      contact_email = c.proposed ->> 'contact_email',
      contact_phone = c.proposed ->> 'contact_phone',
      website = c.proposed ->> 'website',
      approved_at = coalesce(o.approved_at, now())
    where o.id = c.organisation_id;
    if logo is not null and exists (select 1 from public.media m where m.id = logo) then
      update public.media set approved_at = coalesce(approved_at, now()) where id = logo;
      delete from public.media m
       where m.organisation_id = c.organisation_id and m.purpose = 'logo' and m.id <> logo;
    end if;
  elsif logo is not null then
    delete from public.media m where m.id = logo and m.approved_at is null;
  end if;
  update public.organisation_changes
     set status = case when approve then 'approved' else 'rejected' end::public.organisation_change_status,
         decided_by = auth.uid(), decided_at = now(), comment = nullif(btrim(note), '')
   where id = change_id;
  return true;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Media
-- ---------------------------------------------------------------------------------------------

create or replace function private.media_approval() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.approved_at := case when private.held_back() then null else coalesce(new.approved_at, now()) end;
  return new;
end
$$;

create trigger media_approval
before insert on public.media
for each row execute function private.media_approval();

-- A business's new image goes to moderation: a logo into the organisation's pending change, a
-- photo by sending its place back to 'pending'. Security definer (organisation_changes and the
-- place's status are not the caller's to write this way); the caller's right to add the image was
-- checked by media's insert policy.
create or replace function private.propose_media(m public.media) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  o public.organisations;
  pending public.organisation_changes;
  live jsonb;
  current_logo uuid;
begin
  if not private.is_member_of(m.organisation_id) then
    raise exception 'propose_media: not a member' using errcode = '42501';
  end if;
  if m.purpose = 'photo' then
    update public.places p set status = 'pending' where p.id = m.place_id and p.status = 'published';
    return;
  end if;
  select * into o from public.organisations where id = m.organisation_id;
  if o.approved_at is null then
    perform private.record_new_organisation(o);
    return;
  end if;
  select x.id into current_logo from public.media x
   where x.organisation_id = o.id and x.purpose = 'logo' and x.approved_at is not null
   order by x.created_at desc, x.id limit 1;
  live := private.organisation_public_columns(o) || jsonb_build_object('logo', current_logo);
  select * into pending from public.organisation_changes c
   where c.organisation_id = o.id and c.status = 'pending' for update;
  if pending.id is null then
    insert into public.organisation_changes (organisation_id, proposed, previous, proposed_by)
    values (o.id, live || jsonb_build_object('logo', m.id), live, auth.uid());
  else
    -- A logo proposed earlier and not approved is replaced by this one.
    if pending.proposed ? 'logo' and pending.proposed ->> 'logo' is distinct from current_logo::text then
      delete from public.media x where x.id = (pending.proposed ->> 'logo')::uuid and x.approved_at is null;
    end if;
    update public.organisation_changes
       set proposed = proposed || jsonb_build_object('logo', m.id),
           previous = previous || jsonb_build_object('logo', current_logo),
           proposed_by = auth.uid()
     where id = pending.id;
  end if;
end
$$;

create or replace function private.media_propose() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.approved_at is null and private.held_back() then
    perform private.propose_media(new);
  end if;
  return null;
end
$$;

create trigger media_propose
after insert on public.media
for each row execute function private.media_propose();

-- A place that is published (approved) makes its waiting photos public.
create or replace function private.places_approve_media() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.media set approved_at = now()
   where place_id = new.id and approved_at is null;
  return null;
end
$$;

create trigger places_approve_media
after update of status on public.places
for each row when (new.status = 'published' and old.status is distinct from 'published')
execute function private.places_approve_media();

-- Public: approved images of what the caller may see (an approved organisation, a visible place).
drop policy media_select_visible on public.media;
create policy media_select_visible on public.media
  for select to anon, authenticated
  using (
    approved_at is not null
    and exists (select 1 from public.organisations o where o.id = media.organisation_id)
    and (purpose = 'logo' or exists (select 1 from public.places p where p.id = media.place_id))
  );

revoke all on function
  private.held_back(), private.organisations_approval(), private.record_new_organisation(public.organisations),
  private.organisations_record_new(), private.media_approval(), private.propose_media(public.media),
  private.media_propose(), private.places_approve_media()
from public, anon, authenticated;
grant execute on function
  private.held_back(), private.record_new_organisation(public.organisations), private.propose_media(public.media)
to authenticated, service_role;
