-- Events from partners' calendars (issue #15 item 3). A learning place or carrier (an
-- organisation) registers an iCalendar URL or uploads a file; a job refreshes each feed on a
-- schedule, claiming the feed's row first (claimed_by / claimed_until, `for update skip locked`),
-- so several server instances never work on one feed at once (ARCHITECTURE §9). Its events become
-- places of kind event: pending (moderation) or, for feeds staff marked trusted, published.
-- calendar_feed_events remembers which place holds which occurrence (UID + RECURRENCE-ID).

set search_path = public, extensions;

create table public.calendar_feeds (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  -- Where the events take place unless an event says otherwise (GEO): e.g. the learning place.
  place_id uuid references public.places (id) on delete set null,
  name text not null check (char_length(name) between 2 and 200),
  url text check (url ~ '^(https|webcal)://[^\s<>"]+$' and char_length(url) <= 1000),
  ics text check (octet_length(ics) <= 2097152),
  constraint calendar_feeds_source check ((url is null) <> (ics is null)),
  trusted boolean not null default false,
  active boolean not null default true,
  created_by uuid not null default auth.uid(),
  created_at timestamptz not null default now(),
  next_run_at timestamptz not null default now(),
  claimed_by text,
  claimed_until timestamptz,
  last_run_at timestamptz,
  last_ok boolean,
  last_report jsonb
);
create index calendar_feeds_due_idx on public.calendar_feeds (next_run_at) where active;

create table public.calendar_feed_events (
  feed_id uuid not null references public.calendar_feeds (id) on delete cascade,
  uid text not null check (char_length(uid) <= 500),
  recurrence_id text not null default '',
  place_id uuid not null references public.places (id) on delete cascade,
  primary key (feed_id, uid, recurrence_id)
);
create index calendar_feed_events_place_idx on public.calendar_feed_events (place_id);

alter table public.calendar_feeds enable row level security;
alter table public.calendar_feed_events enable row level security;

revoke all on table public.calendar_feeds, public.calendar_feed_events from anon, authenticated;
grant select, insert, update, delete on table public.calendar_feeds to authenticated;
grant select on table public.calendar_feed_events to authenticated;
grant all on table public.calendar_feeds, public.calendar_feed_events to service_role;

-- Staff manage every feed; members of the organisation manage their own (never `trusted`, see
-- the trigger below). Coaches and anonymous visitors: nothing (no policy, no grant).
create policy calendar_feeds_select_staff on public.calendar_feeds
  for select to authenticated using ((select private.is_staff()));
create policy calendar_feeds_select_member on public.calendar_feeds
  for select to authenticated
  using ((select private.is_business()) and organisation_id in (select private.my_organisation_ids()));
create policy calendar_feeds_insert_staff on public.calendar_feeds
  for insert to authenticated
  with check ((select private.is_staff()) and created_by = (select auth.uid()));
create policy calendar_feeds_insert_member on public.calendar_feeds
  for insert to authenticated
  with check (
    (select private.is_business())
    and organisation_id in (select private.my_organisation_ids())
    and created_by = (select auth.uid())
    and not trusted
  );
create policy calendar_feeds_update_staff on public.calendar_feeds
  for update to authenticated
  using ((select private.is_staff())) with check ((select private.is_staff()));
create policy calendar_feeds_update_member on public.calendar_feeds
  for update to authenticated
  using ((select private.is_business()) and organisation_id in (select private.my_organisation_ids()))
  with check ((select private.is_business()) and organisation_id in (select private.my_organisation_ids()));
create policy calendar_feeds_delete_staff on public.calendar_feeds
  for delete to authenticated using ((select private.is_staff()));
create policy calendar_feeds_delete_member on public.calendar_feeds
  for delete to authenticated
  using ((select private.is_business()) and organisation_id in (select private.my_organisation_ids()));
create policy calendar_feeds_all_service on public.calendar_feeds
  for all to service_role using (true) with check (true);

create policy calendar_feed_events_select_staff on public.calendar_feed_events
  for select to authenticated using ((select private.is_staff()));
create policy calendar_feed_events_select_member on public.calendar_feed_events
  for select to authenticated
  using (
    (select private.is_business())
    and feed_id in (select f.id from public.calendar_feeds f)
  );
create policy calendar_feed_events_all_service on public.calendar_feed_events
  for all to service_role using (true) with check (true);

-- Only staff decide that a partner is trusted, and only the job writes its bookkeeping.
create or replace function private.calendar_feeds_protect() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user = 'authenticated' and not private.is_staff() then
    new.trusted := old.trusted;
    new.created_by := old.created_by;
    new.claimed_by := old.claimed_by;
    new.claimed_until := old.claimed_until;
    new.last_run_at := old.last_run_at;
    new.last_ok := old.last_ok;
    new.last_report := old.last_report;
  end if;
  return new;
end
$$;
create trigger calendar_feeds_protect before update on public.calendar_feeds
for each row execute function private.calendar_feeds_protect();
revoke all on function private.calendar_feeds_protect() from public, anon, authenticated;

create trigger calendar_feeds_audit after insert or update or delete on public.calendar_feeds
for each row execute function private.audit_row_change();
