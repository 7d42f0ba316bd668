-- What a business may enter (issue 15, item 0). The product's roles: businesses register their
-- organisation (its employer entry), openings (vacancies; internships and company visits as
-- events) and vacant spaces; support services, learning places and public spaces are entered and
-- kept by the project staff (carriers and public bodies tell the team). Until now only the
-- business form kept to that: the policies let a business insert a support service for its
-- organisation, or turn its vacancy into a learning place, by writing to the table directly. Now
-- the policies say it too, and the detail rows of services and learning places (service_details,
-- which only sit on those two kinds) are written by staff only.
--
-- A business still sees its organisation's entries of the staff kinds (places_select_business_own)
-- and confirms them as still current (private.confirm_place), but no longer edits or withdraws
-- them: /betrieb shows them as kept by the team.

set search_path = public, extensions;

create or replace function private.business_entry_kind(k public.place_kind) returns boolean
language sql
immutable
set search_path = ''
as $$
  select k in ('employer', 'vacancy', 'vacant_space', 'event')
$$;

revoke all on function private.business_entry_kind(public.place_kind) from public, anon, authenticated;
grant execute on function private.business_entry_kind(public.place_kind) to authenticated, service_role;

drop policy places_insert_business_own on public.places;
create policy places_insert_business_own on public.places
  for insert to authenticated
  with check (
    (select private.is_business())
    and organisation_id in (select private.my_organisation_ids())
    and status in ('draft', 'pending')
    and created_by is not distinct from (select auth.uid())
    and private.business_entry_kind(kind)
  );

-- Only entries of the business kinds, and they stay of a business kind (no vacancy turned into a
-- learning place).
drop policy places_update_business_own on public.places;
create policy places_update_business_own on public.places
  for update to authenticated
  using (
    (select private.is_business())
    and organisation_id in (select private.my_organisation_ids())
    and private.business_entry_kind(kind)
  )
  with check (
    (select private.is_business())
    and organisation_id in (select private.my_organisation_ids())
    and status <> 'published'
    and private.business_entry_kind(kind)
  );

drop policy places_delete_business_own_draft on public.places;
create policy places_delete_business_own_draft on public.places
  for delete to authenticated
  using (
    (select private.is_business())
    and organisation_id in (select private.my_organisation_ids())
    and status = 'draft'
    and private.business_entry_kind(kind)
  );

-- service_details belong to support services and learning places (private.check_detail_kind):
-- staff write them.
drop policy service_details_insert_place_editor on public.service_details;
drop policy service_details_update_place_editor on public.service_details;
drop policy service_details_delete_place_editor on public.service_details;
create policy service_details_insert_staff on public.service_details
  for insert to authenticated
  with check ((select private.is_staff()));
create policy service_details_update_staff on public.service_details
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy service_details_delete_staff on public.service_details
  for delete to authenticated
  using ((select private.is_staff()));
