create or replace function private.place_details_edit_to_pending() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  target uuid;
begin
  if current_user = 'authenticated' and not private.is_staff() then
    if tg_op = 'DELETE' then
      target := old.place_id;
    else
      target := new.place_id;
    end if;
    update public.places set status = 'pending' where id = target and status = 'published';
  end if;
  return null;
end
$$;
