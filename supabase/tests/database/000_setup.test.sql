-- Setup of the pgTAP suite, not a test of the schema: installs the helpers in schema `tests`.
--
-- `supabase test db` runs every .sql file under supabase/tests with `pg_prove -r`, in name order,
-- so this file sorts first and is itself a valid pgTAP test (plan and assertions at the end: the
-- helpers exist). It is NOT wrapped in a transaction: what it creates must outlive this file, for
-- the test files after it. scripts/pgtap-pg.sh and scripts/pgtap-embedded.ts run it first too
-- (also when only some files are asked for). Plain SQL only (no psql meta-commands) so every runner
-- can execute it. Re-runnable: it drops and re-creates schema `tests`. Never run it against a
-- production database (it leaves schema `tests` and the pgtap extension behind).
--
-- Each test file then does, inside its own transaction:
--   begin; select plan(n); select tests.create_fixture();
--   select tests.act_as('business_a');  -- anon | business_a | business_a2 | business_b |
--                                       -- business_new | coach | coach2 | staff | service_role
--   …
--   select * from finish(); rollback;
--
-- Fixture (all ids fixed, look them up with tests.id('key')):
--   users         business_a (owner of org_a), business_a2 (member of org_a), business_b (owner of
--                 org_b), business_new (business role, no organisation), coach, coach2, staff
--   quarters      test-nord, test-sued: squares near lon 10.05 / lat 0.05, far away from Bielefeld so
--                 they never meet real or demo data; the test bbox is tests.bbox_*
--   places        a_pub a_draft a_pending a_expired a_future (org_a), b_pub b_draft b_pending
--                 (org_b), s_service s_course s_event s_outside (no organisation, made by staff)
--   shortlists    sl_coach, sl_coach2, sl_staff
--
-- The RLS matrix: every table of the API schemas × (anon, business_a, business_b, coach, staff) ×
-- (select, insert, update, delete) needs a passing assertion. Wrap the assertion of a cell in
--   select tests.rls('places', 'update', is(tests.affected($$update …$$), 0::bigint, '…'));
-- which records the cell for the user tests.act_as() set (other fixture users record nothing).
-- Cells are counted in sequences, which a rollback does not undo, and 999_rls_matrix.test.sql
-- compares them with the catalog: a new table without its cells fails there.

set client_min_messages = warning;

create extension if not exists pgtap with schema extensions;

drop schema if exists tests cascade;
create schema tests;
grant usage on schema tests to anon, authenticated, service_role;

-- Key → fixed uuid.
create function tests.fixture_ids() returns table (key text, id uuid)
language sql
immutable
as $$
  values
    ('business_a',   'a0000000-0000-4000-8000-000000000001'::uuid),
    ('business_a2',  'a0000000-0000-4000-8000-000000000002'::uuid),
    ('business_b',   'a0000000-0000-4000-8000-000000000003'::uuid),
    ('business_new', 'a0000000-0000-4000-8000-000000000004'::uuid),
    ('coach',        'a0000000-0000-4000-8000-000000000005'::uuid),
    ('coach2',       'a0000000-0000-4000-8000-000000000006'::uuid),
    ('staff',        'a0000000-0000-4000-8000-000000000007'::uuid),
    ('org_a',        'b0000000-0000-4000-8000-00000000000a'::uuid),
    ('org_b',        'b0000000-0000-4000-8000-00000000000b'::uuid),
    ('a_pub',        'c0000000-0000-4000-8000-0000000000a1'::uuid),
    ('a_draft',      'c0000000-0000-4000-8000-0000000000a2'::uuid),
    ('a_pending',    'c0000000-0000-4000-8000-0000000000a3'::uuid),
    ('a_expired',    'c0000000-0000-4000-8000-0000000000a4'::uuid),
    ('a_future',     'c0000000-0000-4000-8000-0000000000a5'::uuid),
    ('b_pub',        'c0000000-0000-4000-8000-0000000000b1'::uuid),
    ('b_draft',      'c0000000-0000-4000-8000-0000000000b2'::uuid),
    ('b_pending',    'c0000000-0000-4000-8000-0000000000b3'::uuid),
    ('s_service',    'c0000000-0000-4000-8000-0000000000c1'::uuid),
    ('s_course',     'c0000000-0000-4000-8000-0000000000c2'::uuid),
    ('s_event',      'c0000000-0000-4000-8000-0000000000c3'::uuid),
    ('s_outside',    'c0000000-0000-4000-8000-0000000000c4'::uuid),
    ('sl_coach',     'd0000000-0000-4000-8000-000000000001'::uuid),
    ('sl_coach2',    'd0000000-0000-4000-8000-000000000002'::uuid),
    ('sl_staff',     'd0000000-0000-4000-8000-000000000003'::uuid)
$$;

create function tests.id(fixture_key text) returns uuid
language plpgsql
immutable
as $$
declare
  result uuid;
begin
  select f.id into result from tests.fixture_ids() f where f.key = fixture_key;
  if result is null then
    raise exception 'tests.id: unknown fixture key %', fixture_key;
  end if;
  return result;
end
$$;

create function tests.key(fixture_id uuid) returns text
language sql
immutable
as $$
  select f.key from tests.fixture_ids() f where f.id = fixture_id
$$;

-- The test area: both test quarters plus s_outside.
create function tests.bbox_west() returns float8 language sql immutable as $$ select 10.0::float8 $$;
create function tests.bbox_south() returns float8 language sql immutable as $$ select 0.0::float8 $$;
create function tests.bbox_east() returns float8 language sql immutable as $$ select 10.2::float8 $$;
create function tests.bbox_north() returns float8 language sql immutable as $$ select 0.1::float8 $$;

-- Run as a fixture user the way the server does: `set local role` + request.jwt.claims, both for
-- the rest of the transaction. No SET clause on this function, so the settings outlive the call.
create function tests.act_as(who text) returns void
language plpgsql
as $$
declare
  roles jsonb;
begin
  -- Which fixture user acts, for tests.rls().
  perform set_config('tests.actor', who, true);
  if who = 'anon' then
    perform set_config('request.jwt.claims', '{"role":"anon"}', true);
    execute 'set local role anon';
    return;
  end if;
  if who = 'service_role' then
    perform set_config('request.jwt.claims', '{"role":"service_role"}', true);
    execute 'set local role service_role';
    return;
  end if;
  roles := case
    when who like 'business%' then '["business"]'
    when who like 'coach%' then '["coach"]'
    when who = 'staff' then '["staff"]'
  end::jsonb;
  if roles is null then
    raise exception 'tests.act_as: unknown user %', who;
  end if;
  perform set_config(
    'request.jwt.claims',
    jsonb_build_object(
      'sub', tests.id(who),
      'email', who || '@example.test',
      'role', 'authenticated',
      'app_metadata', jsonb_build_object('roles', roles)
    )::text,
    true
  );
  execute 'set local role authenticated';
end
$$;

-- Back to the test's own (superuser) role without claims.
create function tests.reset_role() returns void
language plpgsql
as $$
begin
  execute 'reset role';
  perform set_config('request.jwt.claims', '', true);
  perform set_config('tests.actor', '', true);
end
$$;

-- Fixture keys of the rows of a table the current role can see, sorted (RLS applies: security
-- invoker). Rows that are not part of the fixture are ignored, so seed or demo data never matters.
-- organisation_members rows are 'org_key/user_key'; quarters are their ids starting with 'test-'.
create function tests.visible(table_name text) returns text[]
language plpgsql
stable
as $$
declare
  key_expr text := case
    when table_name in ('vacancy_details', 'space_details', 'service_details', 'event_details',
                        'place_search')
      then 'tests.key(t.place_id)'
    when table_name = 'organisation_members'
      then $k$tests.key(t.organisation_id) || '/' || tests.key(t.user_id)$k$
    when table_name = 'quarters'
      then $k$case when t.id like 'test-%' then t.id end$k$
    else 'tests.key(t.id)'
  end;
  result text[];
begin
  execute format(
    'select coalesce(array_agg(k order by k), ''{}'') from (select %s as k from public.%I t) v where k is not null',
    key_expr, table_name
  ) into result;
  return result;
end
$$;

create function tests.visible_places() returns text[]
language sql
stable
as $$
  select tests.visible('places')
$$;

-- Fixture keys returned by places_in_bbox over the test area, in the function's order.
create function tests.bbox_keys(filters jsonb default '{}', max_rows int default 2000) returns text[]
language sql
stable
as $$
  select coalesce(array_agg(tests.key(b.id) order by b.ordinality), '{}')
  from public.places_in_bbox(
    tests.bbox_west(), tests.bbox_south(), tests.bbox_east(), tests.bbox_north(), filters, max_rows
  ) with ordinality b
  where tests.key(b.id) is not null
$$;

-- One facet count of place_counts over the test area (0 when the value does not occur).
create function tests.facet_count(facet text, facet_value text, filters jsonb default '{}') returns bigint
language sql
stable
as $$
  select coalesce(sum(c.n), 0)::bigint
  from public.place_counts(
    tests.bbox_west(), tests.bbox_south(), tests.bbox_east(), tests.bbox_north(), filters
  ) c
  where c.facet = facet_count.facet and c.value is not distinct from facet_value
$$;

-- Rows affected by one statement run as the current role (0 when RLS hides the rows).
create function tests.affected(statement text) returns bigint
language plpgsql
as $$
declare
  n bigint;
begin
  execute statement;
  get diagnostics n = row_count;
  return n;
end
$$;

-- Status of a place read past RLS (security definer), to check what an update really did.
create function tests.place_status(fixture_key text) returns text
language sql
stable
security definer
set search_path = public, extensions
as $$
  select p.status::text from public.places p where p.id = tests.id(fixture_key)
$$;

-- Does a row with this id exist at all (past RLS)?
create function tests.row_exists(table_name text, row_id uuid) returns boolean
language plpgsql
stable
security definer
set search_path = public, extensions
as $$
declare
  found boolean;
  id_column text := case
    when table_name in ('vacancy_details', 'space_details', 'service_details', 'event_details',
                        'place_search')
      then 'place_id'
    else 'id'
  end;
begin
  execute format('select exists (select 1 from public.%I where %I = $1)', table_name, id_column)
    into found using row_id;
  return found;
end
$$;

create function tests.create_fixture() returns void
language plpgsql
set search_path = public, extensions
as $$
begin
  -- Runs as the test's superuser (call it before tests.act_as). No role switching in here: the SET
  -- clause above would undo any `set local` made inside this function.
  insert into auth.users (id, email, raw_app_meta_data)
  select tests.id(u), u || '@example.test', jsonb_build_object('roles', jsonb_build_array(r))
  from (values
    ('business_a', 'business'), ('business_a2', 'business'), ('business_b', 'business'),
    ('business_new', 'business'), ('coach', 'coach'), ('coach2', 'coach'), ('staff', 'staff')
  ) v(u, r);

  insert into public.profiles (id, display_name, role)
  select tests.id(u), initcap(replace(u, '_', ' ')), r::public.user_role
  from (values
    ('business_a', 'business'), ('business_a2', 'business'), ('business_b', 'business'),
    ('coach', 'coach'), ('coach2', 'coach'), ('staff', 'staff')
  ) v(u, r);

  insert into public.quarters (id, name, boundary, approximate, source) values
    ('test-nord', 'Testquartier Nord',
     st_multi(st_makeenvelope(10.0, 0.05, 10.1, 0.1, 4326)), false, 'pgTAP fixture'),
    ('test-sued', 'Testquartier Süd',
     st_multi(st_makeenvelope(10.0, 0.0, 10.1, 0.05, 4326)), true, 'pgTAP fixture');

  insert into public.organisations (id, name, kind, website, contact_email, created_by) values
    (tests.id('org_a'), 'Bäckerei Sonnenschein', 'employer', 'https://baeckerei.example.test',
     'info@baeckerei.example.test', tests.id('business_a')),
    (tests.id('org_b'), 'Logistik Weber', 'employer', 'https://weber.example.test',
     'jobs@weber.example.test', tests.id('business_b'));

  insert into public.organisation_members (organisation_id, user_id, member_role) values
    (tests.id('org_a'), tests.id('business_a'), 'owner'),
    (tests.id('org_a'), tests.id('business_a2'), 'member'),
    (tests.id('org_b'), tests.id('business_b'), 'owner');

  insert into public.places (
    id, kind, title, description, location, status, valid_from, valid_through, organisation_id,
    wheelchair, languages, opening_hours, is_demo, created_by
  ) values
    (tests.id('a_pub'), 'vacancy', 'Verkäuferin in unserer Bäckerei',
     'Wir suchen freundliche Unterstützung für den Verkauf von Brot und Brötchen.',
     st_point(10.05, 0.075, 4326)::geography, 'published', null, null, tests.id('org_a'),
     'yes', '{de,tr}', 'Mo-Sa 06:00-13:00', true, tests.id('business_a')),
    (tests.id('a_draft'), 'vacancy', 'Backstubenhilfe in Vollzeit', 'Noch nicht fertig.',
     st_point(10.06, 0.076, 4326)::geography, 'draft', null, null, tests.id('org_a'),
     'unknown', '{de}', null, false, tests.id('business_a')),
    (tests.id('a_pending'), 'vacant_space', 'Ladenfläche neben der Bäckerei', 'Wartet auf Freigabe.',
     st_point(10.07, 0.077, 4326)::geography, 'pending', null, null, tests.id('org_a'),
     'unknown', '{de}', null, false, tests.id('business_a')),
    (tests.id('a_expired'), 'vacancy', 'Aushilfe für das Sommerfest', 'Vorbei.',
     st_point(10.05, 0.08, 4326)::geography, 'published', current_date - 30, current_date - 1,
     tests.id('org_a'), 'unknown', '{de}', null, false, tests.id('business_a')),
    (tests.id('a_future'), 'vacancy', 'Ausbildung im Verkauf ab Sommer', 'Bald.',
     st_point(10.05, 0.085, 4326)::geography, 'published', current_date + 10, null,
     tests.id('org_a'), 'unknown', '{de}', null, false, tests.id('business_a')),
    (tests.id('b_pub'), 'vacancy', 'Lagerhelfer im Versand',
     'Kommissionieren und Verpacken von Paketen im Schichtbetrieb.',
     st_point(10.05, 0.025, 4326)::geography, 'published', null, null, tests.id('org_b'),
     'no', '{de}', null, true, tests.id('business_b')),
    (tests.id('b_draft'), 'vacant_space', 'Leerer Laden am Markt', 'Entwurf.',
     st_point(10.06, 0.026, 4326)::geography, 'draft', null, null, tests.id('org_b'),
     'unknown', '{de}', null, false, tests.id('business_b')),
    (tests.id('b_pending'), 'event', 'Tag der offenen Tür im Lager', 'Wartet auf Freigabe.',
     st_point(10.07, 0.027, 4326)::geography, 'pending', null, null, tests.id('org_b'),
     'unknown', '{de}', null, false, tests.id('business_b')),
    (tests.id('s_service'), 'support_service', 'Beratung für Geflüchtete',
     'Hilfe bei Bewerbungen, Anerkennung von Abschlüssen und Sprachkursen.',
     st_point(10.02, 0.06, 4326)::geography, 'published', null, null, null,
     'limited', '{de,ar,uk}', 'Di 10:00-16:00', false, tests.id('staff')),
    (tests.id('s_course'), 'learning_place', 'Computerkurs für Einsteiger',
     'Einführung in E-Mail, Textverarbeitung und Online-Bewerbung.',
     st_point(10.02, 0.02, 4326)::geography, 'published', null, null, null,
     'yes', '{de,en}', null, false, tests.id('staff')),
    (tests.id('s_event'), 'event', 'Jobmesse im Quartier',
     'Arbeitgeber aus dem Stadtteil stellen sich vor.',
     st_point(10.03, 0.07, 4326)::geography, 'published', null, null, null,
     'yes', '{de,en,tr}', null, false, tests.id('staff')),
    (tests.id('s_outside'), 'public_space', 'Stadtpark am Rand',
     'Grünfläche außerhalb der Quartiere.',
     st_point(10.15, 0.05, 4326)::geography, 'published', null, null, null,
     'unknown', '{de}', null, false, tests.id('staff'));

  insert into public.vacancy_details (
    place_id, working_time, hours_per_week, german_level, childcare_friendly, suitable_for_refugees
  ) values
    (tests.id('a_pub'), 'part_time', 20, 'A2', true, true),
    (tests.id('a_draft'), 'full_time', 40, 'B1', false, false),
    (tests.id('a_expired'), 'mini_job', 8, 'none', false, true),
    (tests.id('a_future'), 'full_time', 39, 'B1', false, false),
    (tests.id('b_pub'), 'full_time', 38.5, 'B2', false, false);

  insert into public.space_details (place_id, space_type, area_m2, free_interim_use) values
    (tests.id('b_draft'), 'shop', 85, true);

  insert into public.service_details (place_id, cost, appointment_needed) values
    (tests.id('s_service'), 'free', false),
    (tests.id('s_course'), 'paid', true);

  -- Times relative to today (Europe/Berlin) so the fixture never goes stale.
  insert into public.event_details (place_id, event_type, starts_at, ends_at) values
    (tests.id('b_pending'), 'company_visit',
     ((current_date + 3)::timestamp + time '14:00') at time zone 'Europe/Berlin',
     ((current_date + 3)::timestamp + time '16:00') at time zone 'Europe/Berlin'),
    (tests.id('s_event'), 'job_fair',
     ((current_date + 7)::timestamp + time '10:00') at time zone 'Europe/Berlin',
     ((current_date + 7)::timestamp + time '15:00') at time zone 'Europe/Berlin');

  insert into public.shortlists (id, owner_id, name, place_ids) values
    (tests.id('sl_coach'), tests.id('coach'), 'Liste Coach', array[tests.id('a_pub')]),
    (tests.id('sl_coach2'), tests.id('coach2'), 'Liste Coach 2', array[tests.id('b_pub')]),
    (tests.id('sl_staff'), tests.id('staff'), 'Liste Staff', '{}');
end
$$;

reset client_min_messages;

-- ---------------------------------------------------------------------------------------------
-- Business area (issue #5): moderation_events, form_drafts, expiry_reminders, organisation_invites,
-- media. Appended; call tests.create_business_fixture() after tests.create_fixture(). Row ids are
-- tests.bid('key') (a fixed uuid per key).
-- ---------------------------------------------------------------------------------------------
set client_min_messages = warning;

create function tests.bid(key text) returns uuid
language sql
immutable
as $$
  select md5('qk-business-fixture:' || key)::uuid
$$;

create function tests.create_business_fixture() returns void
language plpgsql
set search_path = public, extensions
as $$
begin
  insert into public.moderation_events (id, place_id, decision, comment, actor) values
    (tests.bid('ev_a_pending'), tests.id('a_pending'), 'submitted', null, tests.id('business_a')),
    (tests.bid('ev_a_pub'), tests.id('a_pub'), 'approved', 'Passt so.', tests.id('staff')),
    (tests.bid('ev_b_pending'), tests.id('b_pending'), 'submitted', null, tests.id('business_b')),
    (tests.bid('ev_b_draft'), tests.id('b_draft'), 'returned', 'Bitte Fläche angeben.', tests.id('staff'));

  insert into public.form_drafts (user_id, form_key, data) values
    (tests.id('business_a'), 'entry:new:vacancy:a', '{"title": "Entwurf von A"}'),
    (tests.id('business_b'), 'org:new', '{"name": "Entwurf von B"}'),
    (tests.id('coach'), 'notiz', '{"text": "Entwurf des Coachs"}');

  insert into public.expiry_reminders (place_id, valid_through, recipients) values
    (tests.id('a_pub'), current_date + 5, 2),
    (tests.id('b_pub'), current_date + 5, 1);

  insert into public.freshness_reminders (place_id, due_on, recipients) values
    (tests.id('a_pub'), current_date - 3, 2),
    (tests.id('b_pub'), current_date - 3, 1);

  insert into public.organisation_invites (id, organisation_id, email, invited_by) values
    (tests.bid('inv_a'), tests.id('org_a'), 'business_new@example.test', tests.id('business_a')),
    (tests.bid('inv_b'), tests.id('org_b'), 'kollege@example.test', tests.id('business_b'));

  insert into public.media (id, organisation_id, place_id, purpose, content_type, bytes, created_by) values
    (tests.bid('logo_a'), tests.id('org_a'), null, 'logo', 'image/png', '\x89504e470d0a1a0a'::bytea, tests.id('business_a')),
    (tests.bid('photo_a_pub'), tests.id('org_a'), tests.id('a_pub'), 'photo', 'image/png', '\x89504e470d0a1a0a'::bytea, tests.id('business_a')),
    (tests.bid('photo_b_draft'), tests.id('org_b'), tests.id('b_draft'), 'photo', 'image/jpeg', '\xffd8ff'::bytea, tests.id('business_b'));
end
$$;

-- Which of the given fixture rows of a table the current role sees (RLS applies), as their keys.
create function tests.visible_bids(table_name text, keys text[]) returns text[]
language plpgsql
stable
as $$
declare
  result text[];
begin
  execute format(
    'select coalesce(array_agg(k order by k), ''{}'') from unnest($1) k where exists (select 1 from public.%I t where t.id = tests.bid(k))',
    table_name
  ) into result using keys;
  return result;
end
$$;

reset client_min_messages;

-- ---------------------------------------------------------------------------------------------
-- The RLS matrix: one sequence per cell (table of an API schema × matrix user × operation).
-- The API schemas are those PostgREST exposes (supabase/config.toml [api] schemas).
-- ---------------------------------------------------------------------------------------------
set client_min_messages = warning;

create table tests.rls_cells (
  table_schema text not null,
  table_name text not null,
  actor text not null check (actor in ('anon', 'business_a', 'business_b', 'coach', 'staff')),
  op text not null check (op in ('select', 'insert', 'update', 'delete')),
  seq text not null unique,
  primary key (table_schema, table_name, actor, op)
);

-- The tables the matrix must cover: ordinary and partitioned tables of the API schemas that no
-- extension owns.
create function tests.api_tables() returns table (table_schema text, table_name text)
language sql
stable
as $$
  select n.nspname::text, c.relname::text
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = any (array['public'])
    and c.relkind in ('r', 'p')
    and not exists (select 1 from pg_depend d
                    where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
$$;

do $$
declare
  t record;
  a text;
  o text;
  name text;
begin
  for t in select * from tests.api_tables() loop
    foreach a in array array['anon', 'business_a', 'business_b', 'coach', 'staff'] loop
      foreach o in array array['select', 'insert', 'update', 'delete'] loop
        name := format('tests.%I', format('rls:%s.%s:%s:%s', t.table_schema, t.table_name, a, o));
        execute format('create sequence %s', name);
        insert into tests.rls_cells values (t.table_schema, t.table_name, a, o, name);
      end loop;
    end loop;
  end loop;
end
$$;

-- Passes `result` (a pgTAP assertion's line) through and, when it passed, records the cell
-- (table, op) for the fixture user acting now. `table_name` may be schema-qualified (default public).
create function tests.rls(table_name text, op text, result text) returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  who text := nullif(current_setting('tests.actor', true), '');
  qualified text[] := parse_ident(table_name);
  cell text;
begin
  if op not in ('select', 'insert', 'update', 'delete') then
    raise exception 'tests.rls: unknown operation % (select, insert, update, delete)', op;
  end if;
  if cardinality(qualified) = 1 then
    qualified := array['public'] || qualified;
  end if;
  if not exists (select 1 from tests.rls_cells c
                 where c.table_schema = qualified[1] and c.table_name = qualified[2]) then
    raise exception 'tests.rls: % is not a table of the API schemas', table_name;
  end if;
  if who in ('anon', 'business_a', 'business_b', 'coach', 'staff') and result like 'ok %' then
    select c.seq into cell from tests.rls_cells c
    where c.table_schema = qualified[1] and c.table_name = qualified[2] and c.actor = who
      and c.op = rls.op;
    perform nextval(cell::regclass);
  end if;
  return result;
end
$$;

-- Cells with a passing assertion so far in this run ('schema.table:actor:op').
create function tests.rls_covered() returns setof text
language plpgsql
stable
as $$
declare
  c record;
begin
  for c in select * from tests.rls_cells loop
    if pg_sequence_last_value(c.seq::regclass) is not null then
      return next format('%s.%s:%s:%s', c.table_schema, c.table_name, c.actor, c.op);
    end if;
  end loop;
end
$$;

reset client_min_messages;

-- The setup's own assertions (pg_prove needs a plan in every file).
select plan(3);
select has_function('tests', 'create_fixture', 'the fixture helpers are installed');
select has_function('tests', 'rls', array['text', 'text', 'text'], 'the RLS matrix helper is installed');
select is(
  (select count(*) from tests.rls_cells)::int,
  (select count(*) * 20 from tests.api_tables())::int,
  'every table of the API schemas has its 20 cells registered'
);
select * from finish();
