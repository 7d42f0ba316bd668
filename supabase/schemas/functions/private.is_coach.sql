create or replace function private.is_coach() returns boolean
language sql
stable
set search_path = ''
as $$
  select private.has_role('coach')
$$;
