-- The embedded auth provider's store (src/lib/server/auth/embedded.ts). Part of the local shim:
-- applied to plain PostgreSQL and PGlite only, never to hosted Supabase, where GoTrue owns `auth`.
-- Named zz-… so it runs after supabase-shim.sql, which creates auth.users. Idempotent.
--
-- Only the auth server (the SvelteKit server, on its owner connection — like GoTrue) reads and
-- writes these tables; the API roles get no privilege on them.

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

alter table auth.users add column if not exists encrypted_password text;
alter table auth.users add column if not exists email_confirmed_at timestamptz;
alter table auth.users add column if not exists last_sign_in_at timestamptz;
alter table auth.users add column if not exists updated_at timestamptz not null default now();
alter table auth.users add column if not exists invited_by uuid;

-- A signed-in browser. The session cookie carries the id; sign-out (here or everywhere) revokes.
create table if not exists auth.sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  user_agent text
);
create index if not exists sessions_user_idx on auth.sessions (user_id);

-- One-time links (confirm sign-up, sign-in link, password reset, invitation). Only the SHA-256 of
-- the token is stored, so a database dump gives no usable link.
create table if not exists auth.one_time_tokens (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  kind text not null check (kind in ('signup', 'magiclink', 'recovery', 'invite')),
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index if not exists one_time_tokens_user_idx on auth.one_time_tokens (user_id);

-- Mail the embedded provider would send. The dev server prints each message; staff read them on
-- /team/postausgang. Hosted deployments use Supabase Auth, which sends real mail.
create table if not exists auth.outbox (
  id bigint generated always as identity primary key,
  to_email text not null,
  subject text not null,
  body text not null,
  link text,
  kind text not null,
  created_at timestamptz not null default now()
);
create index if not exists outbox_to_idx on auth.outbox (lower(to_email), created_at desc);

-- Settings of the embedded provider, e.g. the session signing key when QK_SESSION_SECRET is unset
-- (shared by every server instance on this database).
create table if not exists auth.embedded_settings (
  key text primary key,
  value text not null
);

revoke all on table auth.sessions, auth.one_time_tokens, auth.outbox, auth.embedded_settings
  from public, anon, authenticated;
revoke all on table auth.users from anon, authenticated;
