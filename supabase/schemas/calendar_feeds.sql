-- Calendar feeds: iCal feeds an organisation subscribes to and the events read from them.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.calendar_feeds (
  id uuid default gen_random_uuid() not null,
  organisation_id uuid not null,
  place_id uuid,
  name text not null,
  url text,
  ics text,
  trusted boolean default false not null,
  active boolean default true not null,
  created_by uuid default auth.uid() not null,
  created_at timestamp with time zone default now() not null,
  next_run_at timestamp with time zone default now() not null,
  claimed_by text,
  claimed_until timestamp with time zone,
  last_run_at timestamp with time zone,
  last_ok boolean,
  last_report jsonb,
  constraint calendar_feeds_pkey PRIMARY KEY (id),
  constraint calendar_feeds_ics_check CHECK ((octet_length(ics) <= 2097152)),
  constraint calendar_feeds_name_check CHECK (((char_length(name) >= 2) AND (char_length(name) <= 200))),
  constraint calendar_feeds_source CHECK (((url IS NULL) <> (ics IS NULL))),
  constraint calendar_feeds_url_check CHECK (((url ~ '^(https|webcal)://[^\s<>"]+$'::text) AND (char_length(url) <= 1000)))
);

alter table public.calendar_feeds add constraint calendar_feeds_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE CASCADE;

alter table public.calendar_feeds add constraint calendar_feeds_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE SET NULL;

alter table public.calendar_feeds enable row level security;

create index calendar_feeds_due_idx on public.calendar_feeds (next_run_at) where active;

create policy calendar_feeds_all_service on public.calendar_feeds
  for all to service_role
  using (true)
  with check (true);

create policy calendar_feeds_delete_member on public.calendar_feeds
  for delete to authenticated
  using ((( SELECT private.is_business() AS is_business) AND (organisation_id IN ( SELECT private.my_organisation_ids() AS my_organisation_ids))));

create policy calendar_feeds_delete_staff on public.calendar_feeds
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy calendar_feeds_insert_member on public.calendar_feeds
  for insert to authenticated
  with check ((( SELECT private.is_business() AS is_business) AND (organisation_id IN ( SELECT private.my_organisation_ids() AS my_organisation_ids)) AND (created_by = ( SELECT auth.uid() AS uid)) AND (NOT trusted)));

create policy calendar_feeds_insert_staff on public.calendar_feeds
  for insert to authenticated
  with check ((( SELECT private.is_staff() AS is_staff) AND (created_by = ( SELECT auth.uid() AS uid))));

create policy calendar_feeds_select_member on public.calendar_feeds
  for select to authenticated
  using ((( SELECT private.is_business() AS is_business) AND (organisation_id IN ( SELECT private.my_organisation_ids() AS my_organisation_ids))));

create policy calendar_feeds_select_staff on public.calendar_feeds
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy calendar_feeds_update_member on public.calendar_feeds
  for update to authenticated
  using ((( SELECT private.is_business() AS is_business) AND (organisation_id IN ( SELECT private.my_organisation_ids() AS my_organisation_ids))))
  with check ((( SELECT private.is_business() AS is_business) AND (organisation_id IN ( SELECT private.my_organisation_ids() AS my_organisation_ids))));

create policy calendar_feeds_update_staff on public.calendar_feeds
  for update to authenticated
  using (( SELECT private.is_staff() AS is_staff))
  with check (( SELECT private.is_staff() AS is_staff));

revoke all on public.calendar_feeds from public, anon, authenticated, service_role;
grant select, insert, update, delete on public.calendar_feeds to authenticated;
grant all on public.calendar_feeds to service_role;

create table public.calendar_feed_events (
  feed_id uuid not null,
  uid text not null,
  recurrence_id text default ''::text not null,
  place_id uuid not null,
  constraint calendar_feed_events_pkey PRIMARY KEY (feed_id, uid, recurrence_id),
  constraint calendar_feed_events_uid_check CHECK ((char_length(uid) <= 500))
);

alter table public.calendar_feed_events add constraint calendar_feed_events_feed_id_fkey FOREIGN KEY (feed_id) REFERENCES calendar_feeds(id) ON DELETE CASCADE;

alter table public.calendar_feed_events add constraint calendar_feed_events_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE CASCADE;

alter table public.calendar_feed_events enable row level security;

create index calendar_feed_events_place_idx on public.calendar_feed_events (place_id);

create policy calendar_feed_events_all_service on public.calendar_feed_events
  for all to service_role
  using (true)
  with check (true);

create policy calendar_feed_events_select_member on public.calendar_feed_events
  for select to authenticated
  using ((( SELECT private.is_business() AS is_business) AND (feed_id IN ( SELECT f.id
   FROM calendar_feeds f))));

create policy calendar_feed_events_select_staff on public.calendar_feed_events
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

revoke all on public.calendar_feed_events from public, anon, authenticated, service_role;
grant select on public.calendar_feed_events to authenticated;
grant all on public.calendar_feed_events to service_role;

-- triggers

create trigger calendar_feeds_protect before UPDATE
  on public.calendar_feeds
  for each row execute function private.calendar_feeds_protect();

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.calendar_feeds_protect() from public, anon, authenticated, service_role;
