-- Media: organisation logos and photos of spaces, checked by the server (type by magic bytes,
-- size) before they get here; the constraints repeat the limits. Locally the bytes live here; a
-- hosted deployment can move them to Supabase Storage behind the same route (/medien/[id]).
-- Logos are public, photos are visible with their place; members upload for their organisation.
-- Images are replaced, never updated.

set search_path = public, extensions;

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

alter table public.media enable row level security;

revoke all on table public.media from anon, authenticated;
grant select on table public.media to anon;
grant select, insert, delete on table public.media to authenticated;
grant all on table public.media to service_role;

create trigger media_audit after insert or update or delete on public.media
for each row execute function private.audit_row_change();

create policy media_select_visible on public.media
  for select to anon, authenticated
  using (purpose = 'logo' or exists (select 1 from public.places p where p.id = media.place_id));
create policy media_select_member on public.media
  for select to authenticated
  using ((select private.is_business()) and private.is_member_of(organisation_id));
create policy media_select_staff on public.media
  for select to authenticated
  using ((select private.is_staff()));
create policy media_insert_member on public.media
  for insert to authenticated
  with check (
    (select private.is_business())
    and private.is_member_of(organisation_id)
    and (place_id is null or private.can_edit_place(place_id))
    and created_by = (select auth.uid())
  );
create policy media_insert_staff on public.media
  for insert to authenticated
  with check ((select private.is_staff()));
create policy media_delete_member on public.media
  for delete to authenticated
  using ((select private.is_business()) and private.is_member_of(organisation_id));
create policy media_delete_staff on public.media
  for delete to authenticated
  using ((select private.is_staff()));
