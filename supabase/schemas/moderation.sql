-- Moderation: staff decisions on entries, and the reminders to renew or confirm an entry (expiry,
-- freshness).
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- types

create type public.moderation_decision as enum ('submitted', 'approved', 'returned', 'rejected', 'withdrawn', 'renewed', 'confirmed', 'unpublished');

-- tables, their RLS, indexes, policies and grants

create table public.moderation_events (
  id uuid default gen_random_uuid() not null,
  place_id uuid not null,
  decision moderation_decision not null,
  comment text,
  actor uuid default auth.uid() not null,
  created_at timestamp with time zone default now() not null,
  message_key text,
  message_params jsonb default '{}'::jsonb not null,
  constraint moderation_events_pkey PRIMARY KEY (id),
  constraint moderation_events_comment_check CHECK ((char_length(comment) <= 2000)),
  constraint moderation_events_message_key CHECK ((message_key = ANY (ARRAY['valid_until'::text, 'staff_created'::text, 'staff_edited'::text]))),
  constraint moderation_events_message_params CHECK (((jsonb_typeof(message_params) = 'object'::text) AND (octet_length((message_params)::text) <= 1000)))
);

alter table public.moderation_events add constraint moderation_events_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE CASCADE;

alter table public.moderation_events enable row level security;

comment on column public.moderation_events.message_key is 'A line the system wrote, as a message key the app words in the reader''s language (valid_until {date}, staff_created, staff_edited); null for decisions a person wrote';

create index moderation_events_place_idx on public.moderation_events (place_id, created_at DESC);

create policy moderation_events_insert_business_own on public.moderation_events
  for insert to authenticated
  with check ((( SELECT private.is_business() AS is_business) AND private.can_edit_place(place_id) AND (decision = ANY (ARRAY['submitted'::moderation_decision, 'withdrawn'::moderation_decision])) AND (actor = ( SELECT auth.uid() AS uid)) AND (message_key IS NULL) AND (message_params = '{}'::jsonb)));

create policy moderation_events_insert_staff on public.moderation_events
  for insert to authenticated
  with check ((( SELECT private.is_staff() AS is_staff) AND (actor = ( SELECT auth.uid() AS uid))));

create policy moderation_events_select_business_own on public.moderation_events
  for select to authenticated
  using ((( SELECT private.is_business() AS is_business) AND private.can_edit_place(place_id)));

create policy moderation_events_select_staff on public.moderation_events
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

revoke all on public.moderation_events from public, anon, authenticated, service_role;
grant select, insert on public.moderation_events to authenticated;
grant all on public.moderation_events to service_role;

create table public.expiry_reminders (
  place_id uuid not null,
  valid_through date not null,
  sent_at timestamp with time zone default now() not null,
  recipients integer default 0 not null,
  constraint expiry_reminders_pkey PRIMARY KEY (place_id, valid_through)
);

alter table public.expiry_reminders add constraint expiry_reminders_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE CASCADE;

alter table public.expiry_reminders enable row level security;

create policy expiry_reminders_select_business_own on public.expiry_reminders
  for select to authenticated
  using ((( SELECT private.is_business() AS is_business) AND private.can_edit_place(place_id)));

create policy expiry_reminders_select_staff on public.expiry_reminders
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

revoke all on public.expiry_reminders from public, anon, authenticated, service_role;
grant select on public.expiry_reminders to authenticated;
grant all on public.expiry_reminders to service_role;

create table public.freshness_reminders (
  place_id uuid not null,
  due_on date not null,
  sent_at timestamp with time zone default now() not null,
  recipients integer default 0 not null,
  constraint freshness_reminders_pkey PRIMARY KEY (place_id, due_on)
);

alter table public.freshness_reminders add constraint freshness_reminders_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE CASCADE;

alter table public.freshness_reminders enable row level security;

create policy freshness_reminders_select_business_own on public.freshness_reminders
  for select to authenticated
  using ((( SELECT private.is_business() AS is_business) AND private.can_edit_place(place_id)));

create policy freshness_reminders_select_staff on public.freshness_reminders
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

revoke all on public.freshness_reminders from public, anon, authenticated, service_role;
grant select on public.freshness_reminders to authenticated;
grant all on public.freshness_reminders to service_role;

-- triggers

create trigger moderation_events_renewal_confirms after INSERT
  on public.moderation_events
  for each row execute function private.places_renewal_confirms();

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.confirm_place(uuid) from public, anon, authenticated, service_role;
grant execute on function private.confirm_place(uuid) to authenticated, service_role;

revoke all on function private.freshness_interval() from public, anon, authenticated, service_role;
grant execute on function private.freshness_interval() to authenticated, service_role;

revoke all on function private.places_confirmed_at() from public, anon, authenticated, service_role;

revoke all on function private.places_renewal_confirms() from public, anon, authenticated, service_role;

revoke all on function private.renew_place(uuid,integer) from public, anon, authenticated, service_role;
grant execute on function private.renew_place(uuid,integer) to authenticated, service_role;
