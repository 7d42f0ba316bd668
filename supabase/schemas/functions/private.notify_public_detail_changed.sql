create or replace function private.notify_public_detail_changed() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  ids uuid[] := case tg_op
    when 'INSERT' then array[new.place_id]
    when 'DELETE' then array[old.place_id]
    else array[old.place_id, new.place_id]
  end;
begin
  if exists (select 1 from public.places p where p.id = any (ids) and p.status = 'published') then
    perform pg_notify('qk_public_data', tg_table_name);
  end if;
  return null;
end
$$;
