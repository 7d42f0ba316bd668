-- Keeping data fresh (issue 15, item 5): every entry knows when it was last confirmed as correct;
-- owners are reminded to confirm every 6 months; staff see what is stale. Social maps die when
-- their data goes stale: providers are asked to check their entries twice a year.
--
-- confirmed_at moves only when staff approve an entry (it was just checked), when its owner or
-- staff confirm it through private.confirm_place(), or on renewal. Any other update keeps it, so a
-- business cannot make an entry look fresh by writing the column.

set search_path = public, extensions;

alter type public.moderation_decision add value if not exists 'confirmed';

alter table public.places add column confirmed_at timestamptz;
update public.places set confirmed_at = coalesce(updated_at, now());
alter table public.places
  alter column confirmed_at set default now(),
  alter column confirmed_at set not null;
create index places_confirmed_at_idx on public.places (confirmed_at) where status = 'published';

-- How long an entry counts as confirmed. One place, used by the job, the staff list and the UI.
create or replace function private.freshness_interval() returns interval
language sql immutable set search_path = '' as $$ select interval '6 months' $$;
revoke all on function private.freshness_interval() from public, anon;
grant execute on function private.freshness_interval() to authenticated, service_role;

create or replace function private.places_confirmed_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    -- Imports and seeds may carry a known confirmation date; every other new row is fresh.
    if new.confirmed_at is null or current_user = 'authenticated' then
      new.confirmed_at := now();
    end if;
  elsif new.status = 'published' and old.status is distinct from 'published' then
    new.confirmed_at := now(); -- approved: a person just checked it
  elsif new.confirmed_at is distinct from old.confirmed_at
        and current_user = 'authenticated'
        and coalesce(current_setting('qk.confirm_place', true), '') <> new.id::text then
    new.confirmed_at := old.confirmed_at;
  end if;
  return new;
end
$$;

revoke all on function private.places_confirmed_at() from public, anon, authenticated;

create trigger places_confirmed_at
before insert or update on public.places
for each row execute function private.places_confirmed_at();

-- The owner (a member of its organisation) or staff confirm a published entry as still correct.
-- It stays published (no new moderation: nothing changed), and the history says who confirmed.
create or replace function private.confirm_place(target uuid) returns timestamptz
language plpgsql
security definer
set search_path = ''
as $$
declare
  at timestamptz;
begin
  if not (private.is_staff() or private.can_edit_place(target)) then
    raise exception 'confirm_place: not allowed' using errcode = '42501';
  end if;
  perform set_config('qk.confirm_place', target::text, true);
  update public.places set confirmed_at = now()
   where id = target and status = 'published'
  returning confirmed_at into at;
  perform set_config('qk.confirm_place', '', true);
  if at is null then
    raise exception 'confirm_place: only published entries can be confirmed' using errcode = '22023';
  end if;
  insert into public.moderation_events (place_id, decision, actor)
  values (target, 'confirmed', auth.uid());
  return at;
end
$$;
revoke all on function private.confirm_place(uuid) from public, anon, authenticated;
grant execute on function private.confirm_place(uuid) to authenticated, service_role;

-- Renewing an entry (extending valid_through) also confirms it: the owner looked at it.
create or replace function private.places_renewal_confirms() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.decision = 'renewed' then
    perform set_config('qk.confirm_place', new.place_id::text, true);
    update public.places set confirmed_at = now() where id = new.place_id;
    perform set_config('qk.confirm_place', '', true);
  end if;
  return new;
end
$$;
revoke all on function private.places_renewal_confirms() from public, anon, authenticated;

create trigger moderation_events_renewal_confirms
after insert on public.moderation_events
for each row execute function private.places_renewal_confirms();

-- Freshness reminders: one row per entry and due date, claimed by the job before its mail goes
-- out (several instances), like expiry_reminders. The entry's organisation and staff read them.
create table public.freshness_reminders (
  place_id uuid not null references public.places (id) on delete cascade,
  due_on date not null,
  sent_at timestamptz not null default now(),
  recipients int not null default 0,
  primary key (place_id, due_on)
);

alter table public.freshness_reminders enable row level security;

revoke all on table public.freshness_reminders from anon, authenticated;
grant select on table public.freshness_reminders to authenticated;
grant all on table public.freshness_reminders to service_role;

create policy freshness_reminders_select_staff on public.freshness_reminders
  for select to authenticated
  using ((select private.is_staff()));
create policy freshness_reminders_select_business_own on public.freshness_reminders
  for select to authenticated
  using ((select private.is_business()) and private.can_edit_place(place_id));
