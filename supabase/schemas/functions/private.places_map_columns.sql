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
