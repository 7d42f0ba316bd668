-- Organisation changes wait for moderation (issue 9, items 5 and 6). A business member's update of
-- an organisation's public columns (name, kind, description, address, location, contact, website)
-- no longer reaches the live row: a BEFORE UPDATE trigger keeps the live values and records the
-- proposal in organisation_changes (one pending change per organisation, later edits fold into
-- it). Staff see it on the moderation page as a diff (previous → proposed) and approve or reject
-- it through private.decide_organisation_change(); only an approval writes the live row, so the
-- public directory, place pages and the published JSON-LD of vacancies keep the approved name
-- until then. The trigger works on the row, so a direct PostgREST PATCH with a business token
-- (hosted Supabase) is held back the same way as the server's form.
--
-- Places need no new column rule: a business edit of a published place already goes back to
-- 'pending' (…_places.sql, …_place_details.sql); private.place_changes_since_approval() gives the
-- moderation page every column changed since the last approval, from the audit log, so fields the
-- page did not show before (website, translations, easy German, …) are shown as a diff too.

set search_path = public, extensions;

create type public.organisation_change_status as enum ('pending', 'approved', 'rejected');

create table public.organisation_changes (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  status public.organisation_change_status not null default 'pending',
  -- The public columns: as proposed, and as they were live when first proposed (the diff's left).
  proposed jsonb not null check (jsonb_typeof(proposed) = 'object'),
  previous jsonb not null check (jsonb_typeof(previous) = 'object'),
  proposed_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  decided_by uuid,
  decided_at timestamptz,
  comment text check (char_length(comment) <= 2000)
);
create unique index organisation_changes_one_pending
  on public.organisation_changes (organisation_id) where status = 'pending';
create index organisation_changes_status_idx on public.organisation_changes (status, created_at);

alter table public.organisation_changes enable row level security;

-- Read-only for the API roles: proposals are written by the trigger, decisions by the function.
revoke all on table public.organisation_changes from anon, authenticated;
grant select on table public.organisation_changes to authenticated;
grant all on table public.organisation_changes to service_role;

create policy organisation_changes_select_member on public.organisation_changes
  for select to authenticated
  using ((select private.is_business()) and private.is_member_of(organisation_id));

create policy organisation_changes_select_staff on public.organisation_changes
  for select to authenticated
  using ((select private.is_staff()));

create trigger organisation_changes_touch before update on public.organisation_changes
for each row execute function private.touch_updated_at();
create trigger organisation_changes_audit after insert or update or delete on public.organisation_changes
for each row execute function private.audit_row_change();

-- The public columns of an organisation as one object (location as lon/lat, 6 decimals ≈ 0.1 m).
create or replace function private.organisation_public_columns(o public.organisations) returns jsonb
language sql
immutable
set search_path = ''
as $$
  select jsonb_build_object(
    'name', o.name,
    'kind', o.kind,
    'description', o.description,
    'address', o.address,
    'lon', round(extensions.st_x(o.location::extensions.geometry)::numeric, 6),
    'lat', round(extensions.st_y(o.location::extensions.geometry)::numeric, 6),
    'contact_email', o.contact_email,
    'contact_phone', o.contact_phone,
    'website', o.website
  )
$$;

-- Records (or folds into the pending change) a proposal for an organisation the caller belongs
-- to: `wanted` holds the public columns as the caller's statement would set them. Security
-- definer (the API roles cannot write organisation_changes); the previous values are read here,
-- never taken from the caller. Called by the trigger below; calling it directly proposes no more
-- than an UPDATE of the organisation would.
create or replace function private.propose_organisation_change(org uuid, wanted jsonb) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  live jsonb;
  pending public.organisation_changes;
  proposal jsonb;
begin
  if not (private.is_business() and private.is_member_of(org)) then
    raise exception 'propose_organisation_change: not a member' using errcode = '42501';
  end if;
  select private.organisation_public_columns(o) into live from public.organisations o where o.id = org;
  if live is null then
    return;
  end if;
  select * into pending from public.organisation_changes c
   where c.organisation_id = org and c.status = 'pending'
   for update;
  -- Only the columns this statement changes overwrite the pending proposal.
  proposal := coalesce(pending.proposed, live) || coalesce(
    (select jsonb_object_agg(k, wanted -> k) from jsonb_object_keys(wanted) k
      where live ? k and (wanted -> k) is distinct from (live -> k)),
    '{}'::jsonb);
  if pending.id is null then
    if proposal <> live then
      insert into public.organisation_changes (organisation_id, proposed, previous, proposed_by)
      values (org, proposal, live, auth.uid());
    end if;
  elsif proposal = pending.previous then
    delete from public.organisation_changes where id = pending.id;  -- edited back: nothing to review
  else
    update public.organisation_changes set proposed = proposal, proposed_by = auth.uid()
     where id = pending.id;
  end if;
end
$$;

-- BEFORE UPDATE on organisations: a signed-in non-staff caller's changes to the public columns
-- become (or fold into) the pending change; the live row keeps its values. Security invoker, so
-- current_user is the caller's role (seeds, service_role and staff are not held back).
create or replace function private.organisations_hold_public_changes() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user <> 'authenticated' or private.is_staff() then
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

create trigger organisations_hold_public_changes
before update on public.organisations
for each row execute function private.organisations_hold_public_changes();

-- Staff decide a pending change; an approval writes the proposed values to the live row (which
-- notifies the public caches). False when the change is not pending (decided meanwhile).
create or replace function private.decide_organisation_change(change_id uuid, approve boolean, note text default null)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.organisation_changes;
begin
  if not private.is_staff() then
    raise exception 'decide_organisation_change: staff only' using errcode = '42501';
  end if;
  select * into c from public.organisation_changes where id = change_id and status = 'pending' for update;
  if c.id is null then
    return false;
  end if;
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
      website = c.proposed ->> 'website'
    where o.id = c.organisation_id;
  end if;
  update public.organisation_changes
     set status = case when approve then 'approved' else 'rejected' end::public.organisation_change_status,
         decided_by = auth.uid(), decided_at = now(), comment = nullif(btrim(note), '')
   where id = change_id;
  return true;
end
$$;

-- Every column of a place (and its detail row) changed since it was last approved, from the audit
-- log: the value at the approval and the value now. Empty for a place never approved (the
-- moderator sees the whole entry) or unchanged since. Staff and the place's own business members.
create or replace function private.place_changes_since_approval(target uuid)
returns table (table_name text, field text, approved jsonb, current jsonb)
language sql
stable
security definer
set search_path = ''
as $$
  with since as (
    select max(e.created_at) as at from public.moderation_events e
     where e.place_id = target and e.decision = 'approved'
  ),
  changes as (
    select a.table_name, k.field, a.id, a.old_values -> k.field as old_value, a.new_values -> k.field as new_value
      from public.audit_log a
      cross join since
      cross join lateral unnest(a.changed_columns) k(field)
     where since.at is not null
       and a.row_id = target::text and a.action = 'UPDATE' and a.at >= since.at
       and a.table_name in ('places', 'vacancy_details', 'space_details', 'service_details', 'event_details')
       -- bookkeeping and columns derived from others (the location's lon/lat/cell, map copies)
       and k.field not in ('status', 'updated_at', 'quarter_id', 'search', 'lon', 'lat', 'cell')
       and k.field not like 'map\_%'
  )
  select c.table_name, c.field,
         (array_agg(c.old_value order by c.id))[1],
         (array_agg(c.new_value order by c.id desc))[1]
    from changes c
   where private.is_staff() or private.can_edit_place(target)
   group by c.table_name, c.field
  having (array_agg(c.old_value order by c.id))[1] is distinct from (array_agg(c.new_value order by c.id desc))[1]
   order by c.table_name, c.field
$$;

revoke all on function
  private.organisation_public_columns(public.organisations), private.organisations_hold_public_changes(),
  private.propose_organisation_change(uuid, jsonb), private.decide_organisation_change(uuid, boolean, text),
  private.place_changes_since_approval(uuid)
from public, anon, authenticated;
grant execute on function
  private.organisation_public_columns(public.organisations), private.propose_organisation_change(uuid, jsonb),
  private.decide_organisation_change(uuid, boolean, text), private.place_changes_since_approval(uuid)
to authenticated, service_role;
