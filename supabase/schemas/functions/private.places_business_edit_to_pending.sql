create or replace function private.places_business_edit_to_pending() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user = 'authenticated' and not private.is_staff()
     and old.status = 'published' and new.status = 'published' then
    new.status := 'pending';
  end if;
  return new;
end
$$;
