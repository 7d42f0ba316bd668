create or replace function private.is_staff() returns boolean
language sql
stable
set search_path = ''
as $$
  select private.has_role('staff')
$$;
