create or replace function private.set_place_quarter() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.quarter_id := (
    select q.id from public.quarters q
    where extensions.st_intersects(q.boundary, new.location::extensions.geometry)
    order by q.id
    limit 1
  );
  return new;
end
$$;
