create or replace function private.has_role(role_name text) returns boolean
language sql
stable
set search_path = ''
as $$
  select coalesce(
    case jsonb_typeof(auth.jwt() -> 'app_metadata' -> 'roles')
      when 'array' then (auth.jwt() -> 'app_metadata' -> 'roles') ? role_name
      when 'string' then (auth.jwt() -> 'app_metadata' ->> 'roles') = role_name
      else false
    end,
    false
  )
$$;
