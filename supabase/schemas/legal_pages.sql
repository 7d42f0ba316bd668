-- Legal pages (Impressum, privacy, accessibility statement, easy German) and accessibility
-- feedback.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.legal_pages (
  id uuid default gen_random_uuid() not null,
  slug text not null,
  lang text not null,
  title text not null,
  body text not null,
  video_url text,
  updated_at timestamp with time zone default now() not null,
  updated_by uuid default auth.uid(),
  constraint legal_pages_pkey PRIMARY KEY (slug, lang),
  constraint legal_pages_id_key UNIQUE (id),
  constraint legal_pages_body_check CHECK (((char_length(body) >= 1) AND (char_length(body) <= 60000))),
  constraint legal_pages_lang_check CHECK ((lang = ANY (ARRAY['de'::text, 'en'::text, 'tr'::text, 'ar'::text, 'ru'::text, 'uk'::text]))),
  constraint legal_pages_slug_check CHECK ((slug = ANY (ARRAY['impressum'::text, 'datenschutz'::text, 'barrierefreiheit'::text, 'leichte-sprache'::text]))),
  constraint legal_pages_title_check CHECK (((char_length(title) >= 2) AND (char_length(title) <= 200))),
  constraint legal_pages_video_url_check CHECK (((video_url IS NULL) OR (video_url ~ '^(https://|/)[^\s<>"]+$'::text)))
);

alter table public.legal_pages enable row level security;

create policy legal_pages_all_service on public.legal_pages
  for all to service_role
  using (true)
  with check (true);

create policy legal_pages_delete_staff on public.legal_pages
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy legal_pages_insert_staff on public.legal_pages
  for insert to authenticated
  with check ((( SELECT private.is_staff() AS is_staff) AND (updated_by = ( SELECT auth.uid() AS uid))));

create policy legal_pages_select_everyone on public.legal_pages
  for select to anon, authenticated
  using (true);

create policy legal_pages_update_staff on public.legal_pages
  for update to authenticated
  using (( SELECT private.is_staff() AS is_staff))
  with check ((( SELECT private.is_staff() AS is_staff) AND (updated_by = ( SELECT auth.uid() AS uid))));

revoke all on public.legal_pages from public, anon, authenticated, service_role;
grant select on public.legal_pages to anon;
grant select, insert, update, delete on public.legal_pages to authenticated;
grant all on public.legal_pages to service_role;

create table public.accessibility_feedback (
  id uuid default gen_random_uuid() not null,
  created_at timestamp with time zone default now() not null,
  page text default '/'::text not null,
  message text not null,
  contact text,
  lang text default 'de'::text not null,
  status text default 'new'::text not null,
  constraint accessibility_feedback_pkey PRIMARY KEY (id),
  constraint accessibility_feedback_contact_check CHECK (((contact IS NULL) OR (char_length(contact) <= 254))),
  constraint accessibility_feedback_lang_check CHECK ((lang = ANY (ARRAY['de'::text, 'en'::text, 'tr'::text, 'ar'::text, 'ru'::text, 'uk'::text]))),
  constraint accessibility_feedback_message_check CHECK (((char_length(message) >= 5) AND (char_length(message) <= 4000))),
  constraint accessibility_feedback_page_check CHECK (((page ~ '^/[^\s]*$'::text) AND (char_length(page) <= 300))),
  constraint accessibility_feedback_status_check CHECK ((status = ANY (ARRAY['new'::text, 'answered'::text, 'closed'::text])))
);

alter table public.accessibility_feedback enable row level security;

create index accessibility_feedback_created_idx on public.accessibility_feedback (created_at DESC);

create policy accessibility_feedback_all_service on public.accessibility_feedback
  for all to service_role
  using (true)
  with check (true);

create policy accessibility_feedback_delete_staff on public.accessibility_feedback
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy accessibility_feedback_select_staff on public.accessibility_feedback
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy accessibility_feedback_update_staff on public.accessibility_feedback
  for update to authenticated
  using (( SELECT private.is_staff() AS is_staff))
  with check (( SELECT private.is_staff() AS is_staff));

revoke all on public.accessibility_feedback from public, anon, authenticated, service_role;
grant select, update, delete on public.accessibility_feedback to authenticated;
grant all on public.accessibility_feedback to service_role;

-- triggers

create trigger legal_pages_touch before UPDATE
  on public.legal_pages
  for each row execute function private.touch_updated_at();
