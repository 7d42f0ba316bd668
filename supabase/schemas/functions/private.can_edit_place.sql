create or replace function private.can_edit_place(place_id uuid) returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.places p
    where p.id = can_edit_place.place_id
      and (
        private.is_staff()
        or (private.is_business() and private.is_member_of(p.organisation_id))
      )
  )
$$;
