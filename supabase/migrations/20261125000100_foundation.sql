-- Foundation: PostGIS in `extensions`, the `private` schema for privileged helpers, the role
-- checks every policy uses, and the updated_at trigger function.
--
-- Conventions of every migration in this folder (one file per feature, as basejump does: the
-- feature's types, tables, grants, policies, functions and triggers together):
-- * RLS on every table; grants start from nothing (hosted Supabase grants everything on new
--   public tables by default) and name each API role (anon, authenticated, service_role);
-- * one policy per operation and audience, named <table>_<operation>_<audience>; role checks
--   wrapped in `(select …)` so Postgres evaluates them once per statement (an InitPlan);
-- * every function that is SECURITY DEFINER, and every trigger function, lives in `private`: the
--   API (PostgREST exposes `public` only, supabase/config.toml) cannot call it, anon has no usage
--   of the schema at all, and authenticated may execute exactly the helpers its policies (or the
--   server's own queries under the caller's claims) need. Each has `set search_path = ''`.
-- * The roles that grant rights (business, coach, staff) are read from the signed JWT
--   (app_metadata.roles), never from a table, so a user cannot promote themselves.
-- * anon never gets a write privilege, so no policy can let it write.

create schema if not exists extensions;
create extension if not exists postgis with schema extensions;

set search_path = public, extensions;

-- ---------------------------------------------------------------------------------------------
-- private: not exposed by the API. PostgreSQL grants EXECUTE on every new function to PUBLIC;
-- each migration revokes that for its private functions and grants what a policy needs.
-- ---------------------------------------------------------------------------------------------
create schema if not exists private;
revoke all on schema private from public;
revoke all on schema private from anon;
grant usage on schema private to authenticated, service_role;

-- True when the caller's JWT lists the role in app_metadata.roles (an array of strings).
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

create or replace function private.is_staff() returns boolean
language sql
stable
set search_path = ''
as $$
  select private.has_role('staff')
$$;

create or replace function private.is_coach() returns boolean
language sql
stable
set search_path = ''
as $$
  select private.has_role('coach')
$$;

create or replace function private.is_business() returns boolean
language sql
stable
set search_path = ''
as $$
  select private.has_role('business')
$$;

-- Trigger function: updated_at follows every update.
create or replace function private.touch_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

revoke all on function
  private.has_role(text), private.is_staff(), private.is_coach(), private.is_business(),
  private.touch_updated_at()
from public, anon, authenticated;
grant execute on function
  private.has_role(text), private.is_staff(), private.is_coach(), private.is_business()
to authenticated, service_role;
