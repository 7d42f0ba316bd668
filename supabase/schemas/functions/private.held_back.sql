create or replace function private.held_back() returns boolean
language sql
stable
set search_path = ''
as $$
  select current_user = 'authenticated' and not coalesce(private.is_staff(), false)
$$;
