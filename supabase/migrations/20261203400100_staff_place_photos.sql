-- Photos of the entries staff keep (issue 15, item 0): support services, learning places, public
-- spaces and staff's events have no organisation, and media.organisation_id was required, so staff
-- could not add a photo to them. A photo now needs its place only; a logo still needs its
-- organisation. The policies stay as they were: staff insert and delete any media
-- (media_insert_staff, media_delete_staff); a business only for its organisation
-- (private.is_member_of(null) is false); a photo is seen with its place (media_select_visible).

set search_path = public, extensions;

alter table public.media alter column organisation_id drop not null;
alter table public.media
  add constraint media_logo_has_organisation check (purpose <> 'logo' or organisation_id is not null);

-- Seen as before (approved, of an approved organisation, with a visible place), and a photo of a
-- place without an organisation with its place (restated from 20261201230000_organisation_approval).
drop policy media_select_visible on public.media;
create policy media_select_visible on public.media
  for select to anon, authenticated
  using (
    approved_at is not null
    and (
      (organisation_id is null and purpose = 'photo')
      or exists (select 1 from public.organisations o where o.id = media.organisation_id)
    )
    and (purpose = 'logo' or exists (select 1 from public.places p where p.id = media.place_id))
  );
