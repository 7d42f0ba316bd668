-- Accounts and organisations: profiles, organisations and their members, invites, and the changes
-- an organisation asks staff to approve.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- types

create type public.user_role as enum ('business', 'coach', 'staff');

create type public.organisation_kind as enum ('employer', 'carrier', 'project', 'public_body');

create type public.organisation_change_status as enum ('pending', 'approved', 'rejected');

-- tables, their RLS, indexes, policies and grants

create table public.organisations (
  id uuid default gen_random_uuid() not null,
  name text not null,
  kind organisation_kind default 'employer'::organisation_kind not null,
  description text,
  address text,
  location geography(Point,4326),
  contact_email text,
  contact_phone text,
  website text,
  is_demo boolean default false not null,
  created_by uuid default auth.uid(),
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  approved_at timestamp with time zone,
  constraint organisations_pkey PRIMARY KEY (id),
  constraint organisations_address_check CHECK ((char_length(address) <= 300)),
  constraint organisations_contact_email_check CHECK ((char_length(contact_email) <= 254)),
  constraint organisations_contact_phone_check CHECK ((char_length(contact_phone) <= 50)),
  constraint organisations_description_check CHECK ((char_length(description) <= 4000)),
  constraint organisations_name_check CHECK (((char_length(name) >= 2) AND (char_length(name) <= 200))),
  constraint organisations_website_check CHECK ((char_length(website) <= 500))
);

alter table public.organisations enable row level security;

create index organisations_unapproved_idx on public.organisations (id) where (approved_at IS NULL);

create policy organisations_delete_staff on public.organisations
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy organisations_insert_business on public.organisations
  for insert to authenticated
  with check ((( SELECT private.is_business() AS is_business) AND (NOT (created_by IS DISTINCT FROM ( SELECT auth.uid() AS uid)))));

create policy organisations_insert_staff on public.organisations
  for insert to authenticated
  with check (( SELECT private.is_staff() AS is_staff));

create policy organisations_select_approved on public.organisations
  for select to anon, authenticated
  using ((approved_at IS NOT NULL));

create policy organisations_select_own on public.organisations
  for select to authenticated
  using (((created_by = ( SELECT auth.uid() AS uid)) OR private.is_member_of(id)));

create policy organisations_select_staff on public.organisations
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy organisations_update_business_member on public.organisations
  for update to authenticated
  using ((( SELECT private.is_business() AS is_business) AND private.is_member_of(id)))
  with check ((( SELECT private.is_business() AS is_business) AND private.is_member_of(id)));

create policy organisations_update_staff on public.organisations
  for update to authenticated
  using (( SELECT private.is_staff() AS is_staff))
  with check (( SELECT private.is_staff() AS is_staff));

revoke all on public.organisations from public, anon, authenticated, service_role;
grant select on public.organisations to anon;
grant select, insert, update, delete on public.organisations to authenticated;
grant all on public.organisations to service_role;

create table public.organisation_members (
  organisation_id uuid not null,
  user_id uuid not null,
  member_role text default 'member'::text not null,
  created_at timestamp with time zone default now() not null,
  constraint organisation_members_pkey PRIMARY KEY (organisation_id, user_id),
  constraint organisation_members_member_role_check CHECK ((member_role = ANY (ARRAY['owner'::text, 'member'::text])))
);

alter table public.organisation_members add constraint organisation_members_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE CASCADE;

alter table public.organisation_members add constraint organisation_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id) ON DELETE CASCADE;

alter table public.organisation_members enable row level security;

create index organisation_members_user_idx on public.organisation_members (user_id);

create policy organisation_members_delete_owner on public.organisation_members
  for delete to authenticated
  using ((( SELECT private.is_business() AS is_business) AND private.is_org_owner(organisation_id)));

create policy organisation_members_delete_staff on public.organisation_members
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy organisation_members_insert_owner on public.organisation_members
  for insert to authenticated
  with check ((( SELECT private.is_business() AS is_business) AND private.is_org_owner(organisation_id)));

create policy organisation_members_insert_staff on public.organisation_members
  for insert to authenticated
  with check (( SELECT private.is_staff() AS is_staff));

create policy organisation_members_select_own_orgs on public.organisation_members
  for select to authenticated
  using (((user_id = ( SELECT auth.uid() AS uid)) OR private.is_member_of(organisation_id)));

create policy organisation_members_select_staff on public.organisation_members
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy organisation_members_update_staff on public.organisation_members
  for update to authenticated
  using (( SELECT private.is_staff() AS is_staff))
  with check (( SELECT private.is_staff() AS is_staff));

revoke all on public.organisation_members from public, anon, authenticated, service_role;
grant select, insert, update, delete on public.organisation_members to authenticated;
grant all on public.organisation_members to service_role;

create table public.profiles (
  id uuid not null,
  display_name text,
  role user_role default 'business'::user_role not null,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  constraint profiles_pkey PRIMARY KEY (id),
  constraint profiles_display_name_check CHECK ((char_length(display_name) <= 120))
);

alter table public.profiles add constraint profiles_id_fkey FOREIGN KEY (id) REFERENCES auth.users(id) ON DELETE CASCADE;

alter table public.profiles enable row level security;

create policy profiles_delete_staff on public.profiles
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy profiles_insert_own_business on public.profiles
  for insert to authenticated
  with check (((id = ( SELECT auth.uid() AS uid)) AND (role = 'business'::user_role)));

create policy profiles_insert_staff on public.profiles
  for insert to authenticated
  with check (( SELECT private.is_staff() AS is_staff));

create policy profiles_select_own on public.profiles
  for select to authenticated
  using ((id = ( SELECT auth.uid() AS uid)));

create policy profiles_select_staff on public.profiles
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy profiles_update_own on public.profiles
  for update to authenticated
  using ((id = ( SELECT auth.uid() AS uid)))
  with check (((id = ( SELECT auth.uid() AS uid)) AND (role = ( SELECT private.my_profile_role() AS my_profile_role))));

create policy profiles_update_staff on public.profiles
  for update to authenticated
  using (( SELECT private.is_staff() AS is_staff))
  with check (( SELECT private.is_staff() AS is_staff));

revoke all on public.profiles from public, anon, authenticated, service_role;
grant select, insert, update, delete on public.profiles to authenticated;
grant all on public.profiles to service_role;

create table public.organisation_invites (
  id uuid default gen_random_uuid() not null,
  organisation_id uuid not null,
  email text not null,
  invited_by uuid default auth.uid() not null,
  created_at timestamp with time zone default now() not null,
  accepted_at timestamp with time zone,
  accepted_by uuid,
  constraint organisation_invites_pkey PRIMARY KEY (id),
  constraint organisation_invites_organisation_id_email_key UNIQUE (organisation_id, email),
  constraint organisation_invites_email_check CHECK (((email = lower(email)) AND ((char_length(email) >= 3) AND (char_length(email) <= 254)) AND (email ~~ '%@%'::text)))
);

alter table public.organisation_invites add constraint organisation_invites_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE CASCADE;

alter table public.organisation_invites enable row level security;

create policy organisation_invites_delete_owner on public.organisation_invites
  for delete to authenticated
  using ((( SELECT private.is_business() AS is_business) AND private.is_org_owner(organisation_id)));

create policy organisation_invites_delete_staff on public.organisation_invites
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy organisation_invites_insert_owner on public.organisation_invites
  for insert to authenticated
  with check ((( SELECT private.is_business() AS is_business) AND private.is_org_owner(organisation_id) AND (invited_by = ( SELECT auth.uid() AS uid)) AND (accepted_at IS NULL)));

create policy organisation_invites_insert_staff on public.organisation_invites
  for insert to authenticated
  with check ((( SELECT private.is_staff() AS is_staff) AND (accepted_at IS NULL)));

create policy organisation_invites_select_invitee on public.organisation_invites
  for select to authenticated
  using ((email = lower(( SELECT auth.email() AS email))));

create policy organisation_invites_select_member on public.organisation_invites
  for select to authenticated
  using ((( SELECT private.is_business() AS is_business) AND private.is_member_of(organisation_id)));

create policy organisation_invites_select_staff on public.organisation_invites
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

revoke all on public.organisation_invites from public, anon, authenticated, service_role;
grant select, insert, delete on public.organisation_invites to authenticated;
grant all on public.organisation_invites to service_role;

create table public.organisation_changes (
  id uuid default gen_random_uuid() not null,
  organisation_id uuid not null,
  status organisation_change_status default 'pending'::organisation_change_status not null,
  proposed jsonb not null,
  previous jsonb not null,
  proposed_by uuid,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  decided_by uuid,
  decided_at timestamp with time zone,
  comment text,
  constraint organisation_changes_pkey PRIMARY KEY (id),
  constraint organisation_changes_comment_check CHECK ((char_length(comment) <= 2000)),
  constraint organisation_changes_previous_check CHECK ((jsonb_typeof(previous) = 'object'::text)),
  constraint organisation_changes_proposed_check CHECK ((jsonb_typeof(proposed) = 'object'::text))
);

alter table public.organisation_changes add constraint organisation_changes_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE CASCADE;

alter table public.organisation_changes enable row level security;

create unique index organisation_changes_one_pending on public.organisation_changes (organisation_id) where (status = 'pending'::organisation_change_status);

create index organisation_changes_status_idx on public.organisation_changes (status, created_at);

create policy organisation_changes_select_member on public.organisation_changes
  for select to authenticated
  using ((( SELECT private.is_business() AS is_business) AND private.is_member_of(organisation_id)));

create policy organisation_changes_select_staff on public.organisation_changes
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

revoke all on public.organisation_changes from public, anon, authenticated, service_role;
grant select on public.organisation_changes to authenticated;
grant all on public.organisation_changes to service_role;

-- triggers

create trigger organisations_add_owner after INSERT
  on public.organisations
  for each row execute function private.add_organisation_creator_as_owner();

create trigger organisations_approval before INSERT OR UPDATE
  on public.organisations
  for each row execute function private.organisations_approval();

create trigger organisations_hold_public_changes before UPDATE
  on public.organisations
  for each row execute function private.organisations_hold_public_changes();

create trigger organisations_protect_provenance before INSERT OR UPDATE
  on public.organisations
  for each row execute function private.protect_provenance();

create trigger organisations_record_new after INSERT OR UPDATE
  on public.organisations
  for each row execute function private.organisations_record_new();

create trigger organisations_touch before UPDATE
  on public.organisations
  for each row execute function private.touch_updated_at();

create trigger profiles_touch before UPDATE
  on public.profiles
  for each row execute function private.touch_updated_at();

create trigger organisation_changes_touch before UPDATE
  on public.organisation_changes
  for each row execute function private.touch_updated_at();

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.accept_organisation_invites() from public, anon, authenticated, service_role;
grant execute on function private.accept_organisation_invites() to authenticated, service_role;

revoke all on function private.add_organisation_creator_as_owner() from public, anon, authenticated, service_role;

revoke all on function private.decide_organisation_change(uuid,boolean,text) from public, anon, authenticated, service_role;
grant execute on function private.decide_organisation_change(uuid,boolean,text) to authenticated, service_role;

revoke all on function private.held_back() from public, anon, authenticated, service_role;
grant execute on function private.held_back() to authenticated, service_role;

revoke all on function private.is_member_of(uuid) from public, anon, authenticated, service_role;
grant execute on function private.is_member_of(uuid) to authenticated, service_role;

revoke all on function private.is_org_owner(uuid) from public, anon, authenticated, service_role;
grant execute on function private.is_org_owner(uuid) to authenticated, service_role;

revoke all on function private.media_approval() from public, anon, authenticated, service_role;

revoke all on function private.media_propose() from public, anon, authenticated, service_role;

revoke all on function private.my_organisation_ids() from public, anon, authenticated, service_role;
grant execute on function private.my_organisation_ids() to authenticated, service_role;

revoke all on function private.my_profile_role() from public, anon, authenticated, service_role;
grant execute on function private.my_profile_role() to authenticated, service_role;

revoke all on function private.organisation_public_columns(organisations) from public, anon, authenticated, service_role;
grant execute on function private.organisation_public_columns(organisations) to authenticated, service_role;

revoke all on function private.organisations_approval() from public, anon, authenticated, service_role;

revoke all on function private.organisations_hold_public_changes() from public, anon, authenticated, service_role;

revoke all on function private.organisations_record_new() from public, anon, authenticated, service_role;

revoke all on function private.place_changes_since_approval(uuid) from public, anon, authenticated, service_role;
grant execute on function private.place_changes_since_approval(uuid) to authenticated, service_role;

revoke all on function private.places_approve_media() from public, anon, authenticated, service_role;

revoke all on function private.propose_media(media) from public, anon, authenticated, service_role;
grant execute on function private.propose_media(media) to authenticated, service_role;

revoke all on function private.propose_organisation_change(uuid,jsonb) from public, anon, authenticated, service_role;
grant execute on function private.propose_organisation_change(uuid,jsonb) to authenticated, service_role;

revoke all on function private.protect_provenance() from public, anon, authenticated, service_role;

revoke all on function private.record_new_organisation(organisations) from public, anon, authenticated, service_role;
grant execute on function private.record_new_organisation(organisations) to authenticated, service_role;
