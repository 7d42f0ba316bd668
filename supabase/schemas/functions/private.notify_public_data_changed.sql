create or replace function private.notify_public_data_changed() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform pg_notify('qk_public_data', tg_table_name);
  return null;
end
$$;
