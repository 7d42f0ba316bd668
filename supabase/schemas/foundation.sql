-- The private schema (helpers the API cannot call), the extensions, and who may call the role
-- checks every policy uses.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- schemas and extensions

create schema if not exists private;

revoke all on schema private from public, anon;
grant usage on schema private to authenticated, service_role;

create extension if not exists pg_trgm with schema extensions;

create extension if not exists postgis with schema extensions;

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.has_role(text) from public, anon, authenticated, service_role;
grant execute on function private.has_role(text) to authenticated, service_role;

revoke all on function private.is_business() from public, anon, authenticated, service_role;
grant execute on function private.is_business() to authenticated, service_role;

revoke all on function private.is_coach() from public, anon, authenticated, service_role;
grant execute on function private.is_coach() to authenticated, service_role;

revoke all on function private.is_staff() from public, anon, authenticated, service_role;
grant execute on function private.is_staff() to authenticated, service_role;

revoke all on function private.touch_updated_at() from public, anon, authenticated, service_role;
