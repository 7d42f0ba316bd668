-- Business area and moderation (issue #5): moderation decisions, the audit trail, server-side form
-- drafts, expiry reminders, colleague invitations and uploaded images. RLS on every table; the
-- policies follow the conventions of 20261125000300_policies.sql (one policy per operation and
-- audience, role checks wrapped in `(select …)`).

set search_path = public, extensions;

create type public.moderation_decision as enum (
  'submitted',  -- business sent a new or changed entry to moderation
  'approved',   -- staff published it
  'returned',   -- staff sent it back with a comment (status draft)
  'rejected',   -- staff refused it (status archived)
  'withdrawn',  -- business took it off the map (status archived)
  'renewed'     -- business extended valid_through of a published entry
);

-- ---------------------------------------------------------------------------------------------
-- moderation_events: the history of each entry's moderation, with the staff comment the business
-- sees. Append-only.
-- ---------------------------------------------------------------------------------------------
create table public.moderation_events (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete cascade,
  decision public.moderation_decision not null,
  comment text check (char_length(comment) <= 2000),
  actor uuid not null default auth.uid(),
  created_at timestamptz not null default now()
);
create index moderation_events_place_idx on public.moderation_events (place_id, created_at desc);

-- ---------------------------------------------------------------------------------------------
-- audit_log: every change to the business tables, written by a SECURITY DEFINER trigger (nobody
-- can write it directly). Who (auth.uid() and roles from the JWT), when, which row, which columns
-- and their old and new values. Image bytes and token hashes are never copied.
-- ---------------------------------------------------------------------------------------------
create table public.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor uuid,
  actor_roles jsonb,
  db_role text not null default current_user,
  table_name text not null,
  row_id text not null,
  action text not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
  changed_columns text[] not null default '{}',
  old_values jsonb,
  new_values jsonb
);
create index audit_log_row_idx on public.audit_log (table_name, row_id, at desc);
create index audit_log_actor_idx on public.audit_log (actor, at desc);

-- ---------------------------------------------------------------------------------------------
-- form_drafts: what a user typed into a form, saved on the server (autosave and every failed
-- submit) so a locked phone or an expired session loses nothing. Private to its owner.
-- ---------------------------------------------------------------------------------------------
create table public.form_drafts (
  user_id uuid not null default auth.uid(),
  form_key text not null check (form_key ~ '^[a-z0-9:/_-]{1,120}$'),
  data jsonb not null check (jsonb_typeof(data) = 'object' and octet_length(data::text) <= 32000),
  updated_at timestamptz not null default now(),
  primary key (user_id, form_key)
);

-- ---------------------------------------------------------------------------------------------
-- expiry_reminders: one row per entry and validity end for which the business was reminded, so a
-- reminder goes out once (and again after a renewal). Written by the expiry job (service_role).
-- ---------------------------------------------------------------------------------------------
create table public.expiry_reminders (
  place_id uuid not null references public.places (id) on delete cascade,
  valid_through date not null,
  sent_at timestamptz not null default now(),
  recipients int not null default 0,
  primary key (place_id, valid_through)
);

-- ---------------------------------------------------------------------------------------------
-- organisation_invites: an owner invites a colleague by e-mail; the colleague joins when signed in
-- with that (confirmed) address (accept_organisation_invites()).
-- ---------------------------------------------------------------------------------------------
create table public.organisation_invites (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  email text not null check (email = lower(email) and char_length(email) between 3 and 254 and email like '%@%'),
  invited_by uuid not null default auth.uid(),
  created_at timestamptz not null default now(),
  accepted_at timestamptz,
  accepted_by uuid,
  unique (organisation_id, email)
);

-- ---------------------------------------------------------------------------------------------
-- media: organisation logos and photos of spaces, checked by the server (type by magic bytes,
-- size) before they get here; the constraints repeat the limits. Locally the bytes live here; a
-- hosted deployment can move them to Supabase Storage behind the same route (/medien/[id]).
-- ---------------------------------------------------------------------------------------------
create table public.media (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  place_id uuid references public.places (id) on delete cascade,
  purpose text not null check (purpose in ('logo', 'photo')),
  content_type text not null check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
  bytes bytea not null check (octet_length(bytes) between 1 and 2097152),
  alt text not null default '' check (char_length(alt) <= 300),
  created_by uuid not null default auth.uid(),
  created_at timestamptz not null default now(),
  constraint media_photo_has_place check (purpose = 'logo' or place_id is not null)
);
create index media_org_idx on public.media (organisation_id);
create index media_place_idx on public.media (place_id);

alter table public.moderation_events enable row level security;
alter table public.audit_log enable row level security;
alter table public.form_drafts enable row level security;
alter table public.expiry_reminders enable row level security;
alter table public.organisation_invites enable row level security;
alter table public.media enable row level security;

-- ---------------------------------------------------------------------------------------------
-- Grants: start from nothing (hosted Supabase grants everything by default).
-- ---------------------------------------------------------------------------------------------
revoke all on table
  public.moderation_events, public.audit_log, public.form_drafts, public.expiry_reminders,
  public.organisation_invites, public.media
from anon, authenticated;

grant select on table public.media to anon;
grant select, insert on table public.moderation_events to authenticated;
grant select on table public.audit_log to authenticated;
grant select, insert, update, delete on table public.form_drafts to authenticated;
grant select on table public.expiry_reminders to authenticated;
grant select, insert, delete on table public.organisation_invites to authenticated;
grant select, insert, delete on table public.media to authenticated;
grant all on table
  public.moderation_events, public.audit_log, public.form_drafts, public.expiry_reminders,
  public.organisation_invites, public.media
to service_role;

-- ---------------------------------------------------------------------------------------------
-- Policies
-- ---------------------------------------------------------------------------------------------

-- moderation_events: staff see and write all; business members see their places' history and may
-- record only their own submissions and withdrawals. Nobody updates or deletes (no grant).
create policy moderation_events_select_staff on public.moderation_events
  for select to authenticated
  using ((select public.is_staff()));
create policy moderation_events_select_business_own on public.moderation_events
  for select to authenticated
  using ((select public.is_business()) and public.can_edit_place(place_id));
create policy moderation_events_insert_staff on public.moderation_events
  for insert to authenticated
  with check ((select public.is_staff()) and actor = (select auth.uid()));
create policy moderation_events_insert_business_own on public.moderation_events
  for insert to authenticated
  with check (
    (select public.is_business())
    and public.can_edit_place(place_id)
    and decision in ('submitted', 'withdrawn')
    and actor = (select auth.uid())
  );

-- audit_log: staff read everything; everybody reads their own actions. Written only by trigger.
create policy audit_log_select_staff on public.audit_log
  for select to authenticated
  using ((select public.is_staff()));
create policy audit_log_select_own on public.audit_log
  for select to authenticated
  using (actor = (select auth.uid()));

-- form_drafts: the owner only, whatever their role.
create policy form_drafts_select_own on public.form_drafts
  for select to authenticated
  using (user_id = (select auth.uid()));
create policy form_drafts_insert_own on public.form_drafts
  for insert to authenticated
  with check (user_id = (select auth.uid()));
create policy form_drafts_update_own on public.form_drafts
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
create policy form_drafts_delete_own on public.form_drafts
  for delete to authenticated
  using (user_id = (select auth.uid()));

-- expiry_reminders: staff and the members of the entry's organisation read; the job writes.
create policy expiry_reminders_select_staff on public.expiry_reminders
  for select to authenticated
  using ((select public.is_staff()));
create policy expiry_reminders_select_business_own on public.expiry_reminders
  for select to authenticated
  using ((select public.is_business()) and public.can_edit_place(place_id));

-- organisation_invites: owners manage their organisation's invitations, members see them, the
-- invitee sees invitations to their address; staff see and manage all.
create policy organisation_invites_select_member on public.organisation_invites
  for select to authenticated
  using ((select public.is_business()) and public.is_member_of(organisation_id));
create policy organisation_invites_select_invitee on public.organisation_invites
  for select to authenticated
  using (email = lower((select auth.email())));
create policy organisation_invites_select_staff on public.organisation_invites
  for select to authenticated
  using ((select public.is_staff()));
create policy organisation_invites_insert_owner on public.organisation_invites
  for insert to authenticated
  with check (
    (select public.is_business())
    and public.is_org_owner(organisation_id)
    and invited_by = (select auth.uid())
    and accepted_at is null
  );
create policy organisation_invites_insert_staff on public.organisation_invites
  for insert to authenticated
  with check ((select public.is_staff()) and accepted_at is null);
create policy organisation_invites_delete_owner on public.organisation_invites
  for delete to authenticated
  using ((select public.is_business()) and public.is_org_owner(organisation_id));
create policy organisation_invites_delete_staff on public.organisation_invites
  for delete to authenticated
  using ((select public.is_staff()));

-- media: logos are public; photos are visible with their place (the subquery is under RLS).
create policy media_select_visible on public.media
  for select to anon, authenticated
  using (purpose = 'logo' or exists (select 1 from public.places p where p.id = media.place_id));
create policy media_select_member on public.media
  for select to authenticated
  using ((select public.is_business()) and public.is_member_of(organisation_id));
create policy media_select_staff on public.media
  for select to authenticated
  using ((select public.is_staff()));
create policy media_insert_member on public.media
  for insert to authenticated
  with check (
    (select public.is_business())
    and public.is_member_of(organisation_id)
    and (place_id is null or public.can_edit_place(place_id))
    and created_by = (select auth.uid())
  );
create policy media_insert_staff on public.media
  for insert to authenticated
  with check ((select public.is_staff()));
create policy media_delete_member on public.media
  for delete to authenticated
  using ((select public.is_business()) and public.is_member_of(organisation_id));
create policy media_delete_staff on public.media
  for delete to authenticated
  using ((select public.is_staff()));

-- ---------------------------------------------------------------------------------------------
-- The audit trigger. SECURITY DEFINER so it can write audit_log, which no API role may write;
-- auth.uid() still reads the caller's claims, so the actor is the real user.
-- ---------------------------------------------------------------------------------------------
create or replace function public.audit_row_change() returns trigger
language plpgsql
security definer
set search_path = public, extensions
as $$
declare
  old_j jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  new_j jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  -- Never copied: derived columns, image bytes, secrets.
  skip text[] := array['search', 'updated_at', 'bytes', 'token_hash'];
  cols text[];
  row_key text;
begin
  row_key := coalesce(
    coalesce(new_j, old_j) ->> 'id',
    coalesce(new_j, old_j) ->> 'place_id',
    (coalesce(new_j, old_j) ->> 'organisation_id') || '/' || (coalesce(new_j, old_j) ->> 'user_id')
  );
  if tg_op = 'UPDATE' then
    cols := array(
      select k from jsonb_object_keys(new_j) k
      where k <> all (skip) and (old_j -> k) is distinct from (new_j -> k)
      order by k
    );
    if cardinality(cols) = 0 then
      return null;
    end if;
    old_j := (select jsonb_object_agg(k, old_j -> k) from unnest(cols) k);
    new_j := (select jsonb_object_agg(k, new_j -> k) from unnest(cols) k);
  else
    cols := array(
      select k from jsonb_object_keys(coalesce(new_j, old_j)) k where k <> all (skip) order by k
    );
    old_j := old_j - skip;
    new_j := new_j - skip;
  end if;
  insert into public.audit_log (actor, actor_roles, table_name, row_id, action, changed_columns, old_values, new_values)
  values (
    auth.uid(),
    auth.jwt() -> 'app_metadata' -> 'roles',
    tg_table_name,
    row_key,
    tg_op,
    cols,
    case when tg_op = 'INSERT' then null else old_j end,
    case when tg_op = 'DELETE' then null else new_j end
  );
  return null;
end
$$;

create trigger places_audit after insert or update or delete on public.places
for each row execute function public.audit_row_change();
create trigger vacancy_details_audit after insert or update or delete on public.vacancy_details
for each row execute function public.audit_row_change();
create trigger space_details_audit after insert or update or delete on public.space_details
for each row execute function public.audit_row_change();
create trigger event_details_audit after insert or update or delete on public.event_details
for each row execute function public.audit_row_change();
create trigger organisations_audit after insert or update or delete on public.organisations
for each row execute function public.audit_row_change();
create trigger organisation_members_audit after insert or update or delete on public.organisation_members
for each row execute function public.audit_row_change();
create trigger moderation_events_audit after insert or update or delete on public.moderation_events
for each row execute function public.audit_row_change();
create trigger organisation_invites_audit after insert or update or delete on public.organisation_invites
for each row execute function public.audit_row_change();
create trigger media_audit after insert or update or delete on public.media
for each row execute function public.audit_row_change();

create trigger form_drafts_touch before update on public.form_drafts
for each row execute function public.touch_updated_at();

-- ---------------------------------------------------------------------------------------------
-- renew_place: a business member extends a published (possibly expired) entry without sending it
-- back to moderation — only valid_through changes, the content stays as approved. SECURITY
-- DEFINER because the update policy would otherwise turn the row 'pending'; the checks below are
-- the whole permission, and the audit trigger still records the caller.
-- ---------------------------------------------------------------------------------------------
create or replace function public.renew_place(target uuid, days int default 60) returns date
language plpgsql
security definer
set search_path = public, extensions
as $$
declare
  new_end date;
begin
  if days is null or days < 1 or days > 180 then
    raise exception 'renew_place: days must be between 1 and 180' using errcode = '22023';
  end if;
  if not public.can_edit_place(target) then
    raise exception 'renew_place: not allowed' using errcode = '42501';
  end if;
  update public.places
     set valid_through = current_date + days
   where id = target and status = 'published'
  returning valid_through into new_end;
  if new_end is null then
    raise exception 'renew_place: only published entries can be renewed' using errcode = '22023';
  end if;
  insert into public.moderation_events (place_id, decision, comment, actor)
  values (target, 'renewed', 'gültig bis ' || to_char(new_end, 'DD.MM.YYYY'), auth.uid());
  return new_end;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- accept_organisation_invites: the signed-in business user joins every organisation that invited
-- their (confirmed: both providers only sign in confirmed addresses) e-mail address in the last
-- 30 days. Returns how many memberships were added.
-- ---------------------------------------------------------------------------------------------
create or replace function public.accept_organisation_invites() returns int
language plpgsql
security definer
set search_path = public, extensions
as $$
declare
  n int := 0;
  inv record;
begin
  if auth.uid() is null or not public.is_business() or coalesce(auth.email(), '') = '' then
    return 0;
  end if;
  for inv in
    select * from public.organisation_invites
    where email = lower(auth.email()) and accepted_at is null and created_at > now() - interval '30 days'
    for update
  loop
    insert into public.organisation_members (organisation_id, user_id, member_role)
    values (inv.organisation_id, auth.uid(), 'member')
    on conflict (organisation_id, user_id) do nothing;
    update public.organisation_invites set accepted_at = now(), accepted_by = auth.uid() where id = inv.id;
    n := n + 1;
  end loop;
  return n;
end
$$;

revoke execute on function public.audit_row_change() from public, anon, authenticated;
revoke execute on function public.renew_place(uuid, int), public.accept_organisation_invites() from public, anon;
grant execute on function public.renew_place(uuid, int), public.accept_organisation_invites() to authenticated, service_role;
