-- Local stand-in for the pieces of a Supabase database the schema relies on.
-- Applied to plain PostgreSQL and to the embedded PGlite database BEFORE the migrations, and never
-- to a hosted Supabase project (which has the real `auth` schema): the guard below refuses there.
-- Idempotent; npm run db:migrate applies the shim files in one transaction.

-- Refuse on a database whose `auth` schema is Supabase's (GoTrue's migrations table, Supabase's
-- columns of auth.users, or a schema owned by Supabase's roles): there the shim would replace
-- auth.uid()/auth.jwt() and alter auth.users. scripts/db-migrate.ts checks the same first and
-- skips the shim; this guard is for anyone who applies the file by hand. Keep both in step
-- (src/lib/server/db/migrate.ts, SUPABASE_AUTH_SIGNS).
do $guard$
begin
  if to_regclass('auth.schema_migrations') is not null
     or exists (select 1 from pg_attribute a
                where a.attrelid = to_regclass('auth.users') and not a.attisdropped
                  and a.attname in ('instance_id', 'aud', 'is_sso_user', 'is_anonymous'))
     or exists (select 1 from pg_namespace n join pg_roles r on r.oid = n.nspowner
                where n.nspname = 'auth' and r.rolname in ('supabase_auth_admin', 'supabase_admin'))
  then
    raise exception 'this database has Supabase''s auth schema: the local auth shim (supabase/shim) must not be applied to it'
      using errcode = 'QK001', hint = 'Apply only supabase/migrations (npm run db:migrate skips the shim by itself).';
  end if;
end
$guard$;

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

create schema if not exists auth;
create schema if not exists extensions;
grant usage on schema auth, extensions to anon, authenticated, service_role;
grant usage on schema public to anon, authenticated, service_role;

-- Minimal auth.users: the embedded provider keeps its users here (hosted Supabase has its own).
create table if not exists auth.users (
  id uuid primary key default gen_random_uuid(),
  email text unique,
  raw_app_meta_data jsonb not null default '{}'::jsonb,
  raw_user_meta_data jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now()
);

-- The same definitions as on Supabase: claims come from the request.jwt.claims setting that
-- every request sets with set_config(..., true) inside its transaction.
create or replace function auth.jwt() returns jsonb
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

create or replace function auth.uid() returns uuid
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

create or replace function auth.role() returns text
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

create or replace function auth.email() returns text
language sql stable
as $$
  select (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')::text
$$;

grant execute on all functions in schema auth to anon, authenticated, service_role;

-- Supabase sets this search path for its API roles; PostGIS lives in `extensions`.
do $$
begin
  execute format('alter database %I set search_path = "$user", public, extensions', current_database());
end
$$;
