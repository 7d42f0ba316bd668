-- What a business may enter (20261203400000_business_entry_kinds.sql): its employer entry,
-- vacancies, events and vacant spaces — not support services, learning places or public spaces,
-- which staff keep (also when they belong to a carrier's organisation). Every role.
begin;
select plan(26);
select tests.create_fixture();
select tests.create_business_fixture();

-- A carrier's support service that staff keep for organisation A (made as the owner of the
-- schema, like an import or the seed).
insert into public.places (id, kind, title, status, location, organisation_id, created_by)
values ('c0000000-0000-4000-8000-00000000f801', 'support_service', 'Migrationsberatung des Trägers',
        'published', extensions.st_setsrid(extensions.st_makepoint(10.04, 0.07), 4326),
        tests.id('org_a'), tests.id('staff'));
insert into public.service_details (place_id, eligibility)
values ('c0000000-0000-4000-8000-00000000f801', 'Neu Zugewanderte');

create function pg_temp.new_place(new_id uuid, k text, org text) returns text language sql as $$
  select format($q$insert into public.places (id, kind, title, status, location, organisation_id)
    values (%L, %L, 'Ein Eintrag des Betriebs', 'pending',
            extensions.st_setsrid(extensions.st_makepoint(10.05, 0.07), 4326), tests.id(%L))$q$,
    new_id, k, org)
$$;

-- insert ------------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('places', 'insert', throws_ok(pg_temp.new_place('c0000000-0000-4000-8000-00000000f810',
  'vacancy', 'org_a'), '42501', null, 'anon enters nothing'));
select tests.act_as('business_a');
select tests.rls('places', 'insert', lives_ok(pg_temp.new_place('c0000000-0000-4000-8000-00000000f811',
  'vacancy', 'org_a'), 'business A submits a vacancy'));
select lives_ok(pg_temp.new_place('c0000000-0000-4000-8000-00000000f812', 'vacant_space', 'org_a'),
  'business A submits a vacant space');
select lives_ok(pg_temp.new_place('c0000000-0000-4000-8000-00000000f813', 'event', 'org_a'),
  'business A submits an event (an internship, a company visit)');
select throws_ok(pg_temp.new_place('c0000000-0000-4000-8000-00000000f814', 'support_service', 'org_a'),
  '42501', null, 'business A cannot enter a support service');
select throws_ok(pg_temp.new_place('c0000000-0000-4000-8000-00000000f815', 'learning_place', 'org_a'),
  '42501', null, 'business A cannot enter a learning place');
select throws_ok(pg_temp.new_place('c0000000-0000-4000-8000-00000000f816', 'public_space', 'org_a'),
  '42501', null, 'business A cannot enter a public space');
select tests.act_as('business_b');
select throws_ok(pg_temp.new_place('c0000000-0000-4000-8000-00000000f817', 'learning_place', 'org_b'),
  '42501', null, 'business B cannot enter a learning place either');
select tests.rls('places', 'insert', lives_ok(pg_temp.new_place('c0000000-0000-4000-8000-00000000f818',
  'vacancy', 'org_b'), 'business B submits a vacancy'));
select tests.act_as('coach');
select tests.rls('places', 'insert', throws_ok(pg_temp.new_place('c0000000-0000-4000-8000-00000000f819',
  'support_service', 'org_a'), '42501', null, 'a coach enters nothing'));
select tests.act_as('staff');
select tests.rls('places', 'insert', lives_ok(pg_temp.new_place('c0000000-0000-4000-8000-00000000f81a',
  'learning_place', 'org_b'), 'staff enter a learning place for a carrier''s organisation'));

-- update ------------------------------------------------------------------------------------------
select tests.act_as('business_a');
select tests.rls('places', 'update', throws_ok($$update public.places set kind = 'learning_place'
  where id = tests.id('a_draft')$$, '42501', null, 'business A cannot turn its vacancy into a learning place'));
select is(tests.affected($$update public.places set title = 'Übernommene Beratung'
  where id = 'c0000000-0000-4000-8000-00000000f801'$$), 0::bigint,
  'business A cannot edit the support service staff keep for it');
select is(tests.affected($$update public.places set status = 'archived'
  where id = 'c0000000-0000-4000-8000-00000000f801'$$), 0::bigint, '... nor withdraw it');
select is(tests.affected($$update public.places set title = 'Backstubenhilfe (Vollzeit)'
  where id = tests.id('a_draft')$$), 1::bigint, 'business A still edits its own vacancy');
select tests.rls('service_details', 'update', is(tests.affected($$update public.service_details
  set eligibility = 'Alle' where place_id = 'c0000000-0000-4000-8000-00000000f801'$$), 0::bigint,
  'business A cannot change the service''s details'));
select tests.rls('service_details', 'delete', is(tests.affected($$delete from public.service_details
  where place_id = 'c0000000-0000-4000-8000-00000000f801'$$), 0::bigint, '... nor delete them'));
select ok(private.confirm_place('c0000000-0000-4000-8000-00000000f801') is not null,
  'business A still confirms it as current (the team asks the owner twice a year)');
select tests.act_as('business_b');
select is(tests.affected($$update public.places set title = 'Übernommene Beratung'
  where id = 'c0000000-0000-4000-8000-00000000f801'$$), 0::bigint, 'business B cannot edit it');
select tests.act_as('coach');
select is(tests.affected($$update public.places set title = 'Übernommene Beratung'
  where id = 'c0000000-0000-4000-8000-00000000f801'$$), 0::bigint, 'a coach cannot edit it');
select tests.act_as('staff');
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Migrationsberatung (MBE)'
  where id = 'c0000000-0000-4000-8000-00000000f801'$$), 1::bigint, 'staff edit it'));
select tests.rls('service_details', 'update', is(tests.affected($$update public.service_details
  set eligibility = 'Erwachsene Zugewanderte' where place_id = 'c0000000-0000-4000-8000-00000000f801'$$),
  1::bigint, 'staff change its details'));
select is(tests.place_status('a_draft'), 'draft', 'the kind change above left A''s vacancy as it was');
select is((select kind::text from public.places where id = tests.id('a_draft')), 'vacancy',
  '... a vacancy');

-- delete -----------------------------------------------------------------------------------------
select tests.act_as('business_a');
select tests.rls('places', 'delete', is(tests.affected($$delete from public.places
  where id = 'c0000000-0000-4000-8000-00000000f801'$$), 0::bigint, 'business A cannot delete it'));
select tests.act_as('staff');
select tests.rls('service_details', 'delete', is(tests.affected($$delete from public.service_details
  where place_id = 'c0000000-0000-4000-8000-00000000f801'$$), 1::bigint, 'staff delete its details'));

select * from finish();
rollback;
