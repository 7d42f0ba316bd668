-- Media: photos of places and organisations, proposed and approved.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.media (
  id uuid default gen_random_uuid() not null,
  organisation_id uuid,
  place_id uuid,
  purpose text not null,
  content_type text not null,
  bytes bytea not null,
  alt text default ''::text not null,
  created_by uuid default auth.uid() not null,
  created_at timestamp with time zone default now() not null,
  approved_at timestamp with time zone,
  constraint media_pkey PRIMARY KEY (id),
  constraint media_alt_check CHECK ((char_length(alt) <= 300)),
  constraint media_bytes_check CHECK (((octet_length(bytes) >= 1) AND (octet_length(bytes) <= 2097152))),
  constraint media_content_type_check CHECK ((content_type = ANY (ARRAY['image/png'::text, 'image/jpeg'::text, 'image/webp'::text]))),
  constraint media_logo_has_organisation CHECK (((purpose <> 'logo'::text) OR (organisation_id IS NOT NULL))),
  constraint media_photo_has_place CHECK (((purpose = 'logo'::text) OR (place_id IS NOT NULL))),
  constraint media_purpose_check CHECK ((purpose = ANY (ARRAY['logo'::text, 'photo'::text])))
);

alter table public.media add constraint media_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE CASCADE;

alter table public.media add constraint media_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE CASCADE;

alter table public.media enable row level security;

create index media_org_idx on public.media (organisation_id);

create index media_place_idx on public.media (place_id);

create policy media_delete_member on public.media
  for delete to authenticated
  using ((( SELECT private.is_business() AS is_business) AND private.is_member_of(organisation_id)));

create policy media_delete_staff on public.media
  for delete to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy media_insert_member on public.media
  for insert to authenticated
  with check ((( SELECT private.is_business() AS is_business) AND private.is_member_of(organisation_id) AND ((place_id IS NULL) OR private.can_edit_place(place_id)) AND (created_by = ( SELECT auth.uid() AS uid))));

create policy media_insert_staff on public.media
  for insert to authenticated
  with check (( SELECT private.is_staff() AS is_staff));

create policy media_select_member on public.media
  for select to authenticated
  using ((( SELECT private.is_business() AS is_business) AND private.is_member_of(organisation_id)));

create policy media_select_staff on public.media
  for select to authenticated
  using (( SELECT private.is_staff() AS is_staff));

create policy media_select_visible on public.media
  for select to anon, authenticated
  using (((approved_at IS NOT NULL) AND (((organisation_id IS NULL) AND (purpose = 'photo'::text)) OR (EXISTS ( SELECT 1
   FROM organisations o
  WHERE (o.id = media.organisation_id)))) AND ((purpose = 'logo'::text) OR (EXISTS ( SELECT 1
   FROM places p
  WHERE (p.id = media.place_id))))));

revoke all on public.media from public, anon, authenticated, service_role;
grant select on public.media to anon;
grant select, insert, delete on public.media to authenticated;
grant all on public.media to service_role;

-- triggers

create trigger media_approval before INSERT
  on public.media
  for each row execute function private.media_approval();

create trigger media_propose after INSERT
  on public.media
  for each row execute function private.media_propose();
