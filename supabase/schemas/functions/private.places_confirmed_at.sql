create or replace function private.places_confirmed_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    -- Imports and seeds may carry a known confirmation date; every other new row is fresh.
    if new.confirmed_at is null or current_user = 'authenticated' then
      new.confirmed_at := now();
    end if;
  elsif new.status = 'published' and old.status is distinct from 'published' then
    new.confirmed_at := now(); -- approved: a person just checked it
  elsif new.confirmed_at is distinct from old.confirmed_at
        and current_user = 'authenticated'
        and coalesce(current_setting('qk.confirm_place', true), '') <> new.id::text then
    new.confirmed_at := old.confirmed_at;
  end if;
  return new;
end
$$;
