create or replace function private.protect_provenance() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user = 'authenticated' and not private.is_staff() then
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
