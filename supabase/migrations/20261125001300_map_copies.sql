-- The two detail columns the map's list shows, copied onto the place: a vacancy's working time and
-- an event's start (map_working_time, map_starts_at). Looking them up per row went through the
-- detail table's policy (a second lookup in places per row) and cost a quarter of the map query.
-- Kept by the triggers below; a value written by anyone else is overwritten. Visible exactly when
-- the place is (the detail tables' policies are "the place is visible"). The map query's covering
-- index includes them (…_map_query.sql).
--
-- The copies are written by SECURITY DEFINER triggers: a detail change therefore also bumps the
-- place's updated_at and adds a `places` row to the audit trail (with the real actor).

set search_path = public, extensions;

alter table public.places
  add column map_working_time public.working_time,
  add column map_starts_at timestamptz;

-- On every write of a place: the copies from its detail rows (SECURITY DEFINER: read whatever the
-- caller's policies say, so the copy is right for every later reader).
create or replace function private.places_map_columns() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.map_working_time := (select v.working_time from public.vacancy_details v where v.place_id = new.id);
  new.map_starts_at := (select e.starts_at from public.event_details e where e.place_id = new.id);
  return new;
end
$$;

create trigger places_map_columns
before insert or update on public.places
for each row execute function private.places_map_columns();

-- On every write of a vacancy or event detail row: refresh the copy on its place (only when it
-- changes; the update runs as the owner, so it is not a business edit and changes no status).
create or replace function private.details_refresh_map_columns() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  target uuid;
begin
  if tg_op = 'DELETE' then
    target := old.place_id;
  else
    target := new.place_id;
  end if;
  update public.places p set map_working_time = p.map_working_time
  where p.id = target
    and (p.map_working_time is distinct from
           (select v.working_time from public.vacancy_details v where v.place_id = target)
         or p.map_starts_at is distinct from
           (select e.starts_at from public.event_details e where e.place_id = target));
  if tg_op = 'UPDATE' and old.place_id is distinct from new.place_id then
    update public.places p set map_working_time = p.map_working_time where p.id = old.place_id;
  end if;
  return null;
end
$$;

create trigger vacancy_details_refresh_map_columns
after insert or update or delete on public.vacancy_details
for each row execute function private.details_refresh_map_columns();
create trigger event_details_refresh_map_columns
after insert or update or delete on public.event_details
for each row execute function private.details_refresh_map_columns();

revoke all on function private.places_map_columns(), private.details_refresh_map_columns()
  from public, anon, authenticated;
