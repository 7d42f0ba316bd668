-- Organisation changes wait for moderation (20261201201100_organisation_changes.sql): a business
-- member's update of the public columns is held as a pending change, the live row (and so the
-- public directory and the vacancies' JSON-LD) keeps the approved values until staff approve;
-- the RLS matrix of organisation_changes; what changed in a place since its last approval.
begin;
select plan(48);
select tests.create_fixture();
select tests.create_business_fixture();

-- Business A renames its organisation and changes the website (as the form or a PostgREST PATCH would).
select tests.act_as('business_a');
select is(tests.affected($$update public.organisations set name = 'Bäckerei Sonnenschein & Söhne', website = 'https://neu.example.test' where id = tests.id('org_a')$$),
  1::bigint, 'business A''s update of its organisation is accepted');
select tests.reset_role();
select is((select name || ' ' || website from public.organisations where id = tests.id('org_a')),
  'Bäckerei Sonnenschein https://baeckerei.example.test', 'the live row keeps the approved name and website');
select is((select count(*) from public.organisation_changes where organisation_id = tests.id('org_a') and status = 'pending'),
  1::bigint, 'one pending change is recorded');
select is((select jsonb_build_array(previous ->> 'name', proposed ->> 'name', previous ->> 'website', proposed ->> 'website')
             from public.organisation_changes where organisation_id = tests.id('org_a')),
  '["Bäckerei Sonnenschein", "Bäckerei Sonnenschein & Söhne", "https://baeckerei.example.test", "https://neu.example.test"]'::jsonb,
  'it holds the previous and the proposed values (the moderator''s diff)');

select tests.act_as('anon');
select is((select public.place_detail(tests.id('a_pub')) -> 'organisation' ->> 'name'), 'Bäckerei Sonnenschein',
  'the public vacancy (and its JSON-LD hiringOrganization) still names the approved organisation');

-- A second edit of one column folds into the same pending change.
select tests.act_as('business_a2');
select is(tests.affected($$update public.organisations set contact_phone = '0521 123' where id = tests.id('org_a')$$),
  1::bigint, 'a second member edits the phone number');
select tests.reset_role();
select is((select count(*) || ' ' || max(proposed ->> 'name') || ' ' || max(proposed ->> 'contact_phone')
             from public.organisation_changes where organisation_id = tests.id('org_a') and status = 'pending'),
  '1 Bäckerei Sonnenschein & Söhne 0521 123', 'still one pending change, holding both edits');
select is((select contact_phone from public.organisations where id = tests.id('org_a')), null,
  'the live phone number is unchanged');

-- Business B proposes a change for its own organisation (for the matrix and the rejection).
select tests.act_as('business_b');
select is(tests.affected($$update public.organisations set description = 'Wir liefern alles.' where id = tests.id('org_b')$$),
  1::bigint, 'business B proposes a description');
select is(tests.affected($$update public.organisations set name = 'Übernommen' where id = tests.id('org_a')$$),
  0::bigint, 'business B cannot touch org A (RLS)');

-- select -----------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('organisation_changes', 'select', throws_ok($$select * from public.organisation_changes$$, '42501', null,
  'anon cannot read organisation changes'));
select tests.act_as('business_a');
select tests.rls('organisation_changes', 'select', is(
  (select array_agg(tests.key(organisation_id)) from public.organisation_changes), array['org_a'],
  'business A sees only its organisation''s change'));
select tests.act_as('business_b');
select tests.rls('organisation_changes', 'select', is(
  (select array_agg(tests.key(organisation_id)) from public.organisation_changes), array['org_b'],
  'business B sees only its organisation''s change'));
select tests.act_as('coach');
select tests.rls('organisation_changes', 'select', is(
  (select count(*) from public.organisation_changes), 0::bigint, 'a coach sees no organisation changes'));
select tests.act_as('staff');
select tests.rls('organisation_changes', 'select', is(
  (select array_agg(tests.key(organisation_id) order by tests.key(organisation_id)) from public.organisation_changes),
  array['org_a', 'org_b'], 'staff see every pending change'));

-- insert, update, delete: nobody through the API (the trigger proposes, the function decides) ----
select tests.act_as('anon');
select tests.rls('organisation_changes', 'insert', throws_ok(
  $$insert into public.organisation_changes (organisation_id, proposed, previous) values (tests.id('org_a'), '{}', '{}')$$,
  '42501', null, 'anon cannot insert a change'));
select tests.rls('organisation_changes', 'update', throws_ok(
  $$update public.organisation_changes set status = 'approved'$$, '42501', null, 'anon cannot update changes'));
select tests.rls('organisation_changes', 'delete', throws_ok(
  $$delete from public.organisation_changes$$, '42501', null, 'anon cannot delete changes'));
select tests.act_as('business_a');
select tests.rls('organisation_changes', 'insert', throws_ok(
  $$insert into public.organisation_changes (organisation_id, proposed, previous) values (tests.id('org_a'), '{"name":"X"}', '{}')$$,
  '42501', null, 'business A cannot insert a change directly'));
select tests.rls('organisation_changes', 'update', throws_ok(
  $$update public.organisation_changes set status = 'approved' where organisation_id = tests.id('org_a')$$,
  '42501', null, 'business A cannot approve its own change'));
select tests.rls('organisation_changes', 'delete', throws_ok(
  $$delete from public.organisation_changes where organisation_id = tests.id('org_a')$$,
  '42501', null, 'business A cannot delete the record of its change'));
select tests.act_as('business_b');
select tests.rls('organisation_changes', 'insert', throws_ok(
  $$insert into public.organisation_changes (organisation_id, proposed, previous) values (tests.id('org_a'), '{"name":"X"}', '{}')$$,
  '42501', null, 'business B cannot insert a change for org A'));
select tests.rls('organisation_changes', 'update', throws_ok(
  $$update public.organisation_changes set proposed = '{"name":"X"}'$$, '42501', null, 'business B cannot update changes'));
select tests.rls('organisation_changes', 'delete', throws_ok(
  $$delete from public.organisation_changes$$, '42501', null, 'business B cannot delete changes'));
select tests.act_as('coach');
select tests.rls('organisation_changes', 'insert', throws_ok(
  $$insert into public.organisation_changes (organisation_id, proposed, previous) values (tests.id('org_a'), '{}', '{}')$$,
  '42501', null, 'a coach cannot insert a change'));
select tests.rls('organisation_changes', 'update', throws_ok(
  $$update public.organisation_changes set status = 'approved'$$, '42501', null, 'a coach cannot update changes'));
select tests.rls('organisation_changes', 'delete', throws_ok(
  $$delete from public.organisation_changes$$, '42501', null, 'a coach cannot delete changes'));
select tests.act_as('staff');
select tests.rls('organisation_changes', 'insert', throws_ok(
  $$insert into public.organisation_changes (organisation_id, proposed, previous) values (tests.id('org_a'), '{}', '{}')$$,
  '42501', null, 'staff do not insert changes directly either'));
select tests.rls('organisation_changes', 'update', throws_ok(
  $$update public.organisation_changes set status = 'approved'$$, '42501', null,
  'staff decide through decide_organisation_change(), not by updating the row'));
select tests.rls('organisation_changes', 'delete', throws_ok(
  $$delete from public.organisation_changes$$, '42501', null, 'staff cannot delete the record of a change'));

-- Deciding --------------------------------------------------------------------------------------
select tests.act_as('anon');
select throws_ok($$select private.decide_organisation_change((select id from public.organisation_changes limit 1), true)$$,
  '42501', null, 'anon cannot decide');
select tests.act_as('business_a');
select throws_ok(format('select private.decide_organisation_change(%L, true)',
    (select id from public.organisation_changes where organisation_id = tests.id('org_a'))),
  '42501', null, 'business A cannot approve its own change');
select tests.act_as('coach');
select throws_ok($$select private.decide_organisation_change(gen_random_uuid(), true)$$, '42501', null,
  'a coach cannot decide');

select tests.act_as('staff');
select ok(private.decide_organisation_change(
    (select id from public.organisation_changes where organisation_id = tests.id('org_a') and status = 'pending'), true, 'passt'),
  'staff approve org A''s change');
select is((select name || ' ' || website || ' ' || contact_phone from public.organisations where id = tests.id('org_a')),
  'Bäckerei Sonnenschein & Söhne https://neu.example.test 0521 123', 'the approved values are live');
select is((select location from public.organisations where id = tests.id('org_a')), null,
  'an organisation without a location stays without one');
select is((select status::text || ' ' || comment from public.organisation_changes where organisation_id = tests.id('org_a')),
  'approved passt', 'the change is recorded as approved with the comment');
select ok(not private.decide_organisation_change(
    (select id from public.organisation_changes where organisation_id = tests.id('org_a')), false),
  'a decided change cannot be decided again');
select ok(private.decide_organisation_change(
    (select id from public.organisation_changes where organisation_id = tests.id('org_b') and status = 'pending'), false, 'Bitte genauer.'),
  'staff reject org B''s change');
select is((select description from public.organisations where id = tests.id('org_b')), null,
  'a rejected change never reaches the live row');

select tests.act_as('anon');
select is((select public.place_detail(tests.id('a_pub')) -> 'organisation' ->> 'name'), 'Bäckerei Sonnenschein & Söhne',
  'after the approval the public vacancy names the organisation by its new name');
select tests.reset_role();

-- Staff editing an organisation directly is not held back.
select tests.act_as('staff');
select is(tests.affected($$update public.organisations set website = 'https://weber.example.test/jobs' where id = tests.id('org_b')$$),
  1::bigint, 'staff edit an organisation directly');
select tests.reset_role();
select is((select website from public.organisations where id = tests.id('org_b')), 'https://weber.example.test/jobs',
  'a staff edit goes live without a pending change');
select is((select count(*) from public.organisation_changes where organisation_id = tests.id('org_b') and status = 'pending'),
  0::bigint, 'and records no pending change');

-- Places: everything a business changed since the last approval, shown to the moderator ---------
select tests.act_as('business_a');
select is(tests.affected($$update public.places set website = 'https://baeckerei.example.test/jobs', easy_german = 'Wir suchen Hilfe.', translations = '{"en": {"title": "Shop assistant"}}' where id = tests.id('a_pub')$$),
  1::bigint, 'business A edits fields of a published vacancy');
select is(tests.place_status('a_pub'), 'pending', 'the vacancy goes back to moderation');
select tests.act_as('staff');
select is(
  (select array_agg(field || ':' || coalesce(approved::text, 'null') || '→' || current::text order by field)
     from private.place_changes_since_approval(tests.id('a_pub'))),
  array['easy_german:null→"Wir suchen Hilfe."', 'translations:{}→{"en": {"title": "Shop assistant"}}',
        'website:null→"https://baeckerei.example.test/jobs"'],
  'the moderator gets each changed field with its approved and its new value');
select tests.act_as('business_b');
select is((select count(*) from private.place_changes_since_approval(tests.id('a_pub'))), 0::bigint,
  'business B learns nothing about A''s changes');

select * from finish();
rollback;
