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
