-- Integrity rules the policies cannot express: who made a row and whether it is demo data are not
-- a business user's to set, and a detail row must belong to a place of its kind.

set search_path = public, extensions;

-- For requests of signed-in non-staff users: is_demo is false on insert and never changes, and
-- created_by never changes after the insert (on insert the policies already demand the caller). Seeds, service_role and staff are not
-- affected (they run as another role or carry the staff claim).
create or replace function public.places_protect_provenance() returns trigger
language plpgsql
set search_path = public, extensions
as $$
begin
  if current_user = 'authenticated' and not public.is_staff() then
    if tg_op = 'INSERT' then
      new.is_demo := false;
    else
      new.created_by := old.created_by;
      new.is_demo := old.is_demo;
    end if;
  end if;
  return new;
end
$$;

create trigger places_protect_provenance
before insert or update on public.places
for each row execute function public.places_protect_provenance();

create trigger organisations_protect_provenance
before insert or update on public.organisations
for each row execute function public.places_protect_provenance();

-- A detail row must sit on a place of the matching kind (vacancy_details on a vacancy, …).
-- AFTER triggers, so a caller without rights gets the RLS refusal (42501) first. Security definer:
-- the check must see the parent even where RLS would hide it from the caller.
create or replace function public.check_detail_kind() returns trigger
language plpgsql
security definer
set search_path = public, extensions
as $$
declare
  expected public.place_kind[] := tg_argv::public.place_kind[];
  actual public.place_kind;
begin
  select kind into actual from public.places where id = new.place_id;
  if actual is not null and not (actual = any (expected)) then
    raise exception 'a % row belongs to a place of kind %, not %', tg_table_name,
      array_to_string(expected, ' or '), actual
      using errcode = '23514';
  end if;
  return null;
end
$$;

create trigger vacancy_details_kind after insert or update on public.vacancy_details
for each row execute function public.check_detail_kind('vacancy');
create trigger space_details_kind after insert or update on public.space_details
for each row execute function public.check_detail_kind('vacant_space');
create trigger service_details_kind after insert or update on public.service_details
for each row execute function public.check_detail_kind('support_service', 'learning_place');
create trigger event_details_kind after insert or update on public.event_details
for each row execute function public.check_detail_kind('event');

revoke execute on function public.places_protect_provenance() from public, anon, authenticated;
revoke execute on function public.check_detail_kind() from public, anon, authenticated;
