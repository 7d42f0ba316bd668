-- Staff manage every entry (issue 15, item 0): besides moderating the businesses' entries, staff
-- list all entries of every kind, create and edit support services, learning places, public
-- spaces and events (published directly: staff are the moderators), take a published entry off
-- the map with a reason, and renew published or expired entries to a date they choose.
--
-- The table policies already let staff read and write every place and detail row (places_*_staff,
-- *_details_*_place_editor through private.can_edit_place). The two functions below bundle a
-- status change with its line in the moderation history, so neither happens without the other.
-- They are SECURITY INVOKER: they run under the caller's claims, the policies decide as for any
-- other write, and the explicit staff check only makes the refusal clear (42501) instead of a
-- silent "0 rows".

set search_path = public, extensions;

-- staff took a published entry off the map (status archived), with the reason in the comment
alter type public.moderation_decision add value if not exists 'unpublished';

-- ---------------------------------------------------------------------------------------------
-- unpublish_place: staff take a published (possibly expired) entry off the map with a reason.
-- ---------------------------------------------------------------------------------------------
create or replace function private.unpublish_place(target uuid, reason text) returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  done uuid;
begin
  if not private.is_staff() then
    raise exception 'unpublish_place: only staff' using errcode = '42501';
  end if;
  reason := btrim(coalesce(reason, ''));
  if char_length(reason) < 3 or char_length(reason) > 2000 then
    raise exception 'unpublish_place: a reason of 3 to 2000 characters is needed' using errcode = '22023';
  end if;
  update public.places set status = 'archived'
   where id = target and status = 'published'
  returning id into done;
  if done is null then
    raise exception 'unpublish_place: only published entries can be unpublished' using errcode = '22023';
  end if;
  -- the enum value was added in this migration: cast from text so the body compiles before commit
  insert into public.moderation_events (place_id, decision, comment, actor)
  values (target, 'unpublished'::text::public.moderation_decision, reason, auth.uid());
end
$$;

-- ---------------------------------------------------------------------------------------------
-- staff_renew_place: staff extend a published (possibly expired) entry to a chosen date, from
-- tomorrow up to a year ahead. Like a business renewal, it is recorded as 'renewed' (which also
-- confirms the entry, see moderation_events_renewal_confirms).
-- ---------------------------------------------------------------------------------------------
create or replace function private.staff_renew_place(target uuid, until date) returns date
language plpgsql
security invoker
set search_path = ''
as $$
declare
  new_end date;
begin
  if not private.is_staff() then
    raise exception 'staff_renew_place: only staff' using errcode = '42501';
  end if;
  if until is null or until <= current_date or until > current_date + 366 then
    raise exception 'staff_renew_place: the date must lie between tomorrow and one year ahead'
      using errcode = '22023';
  end if;
  update public.places set valid_through = until
   where id = target and status = 'published'
     and (valid_from is null or valid_from <= until)
  returning valid_through into new_end;
  if new_end is null then
    raise exception 'staff_renew_place: only published entries can be renewed' using errcode = '22023';
  end if;
  insert into public.moderation_events (place_id, decision, comment, actor)
  values (target, 'renewed', 'gültig bis ' || to_char(new_end, 'DD.MM.YYYY'), auth.uid());
  return new_end;
end
$$;

revoke all on function private.unpublish_place(uuid, text), private.staff_renew_place(uuid, date)
  from public, anon, authenticated;
grant execute on function private.unpublish_place(uuid, text), private.staff_renew_place(uuid, date)
  to authenticated, service_role;
