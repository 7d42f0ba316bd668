-- Staff manage every entry (issue 15, item 0): who lists, creates, edits and deletes entries
-- without an organisation (support services, learning places, public spaces, staff's events), and
-- who may unpublish (private.unpublish_place) and renew to a chosen date
-- (private.staff_renew_place) — every role.
begin;
select plan(68);
select tests.create_fixture();
select tests.create_business_fixture();

-- What each role sees of the fixture places (keys), whatever their status.
create temporary view seen with (security_invoker = true) as
  select tests.key(id) as k from public.places where tests.key(id) is not null;
grant select on seen to anon, authenticated;

create function pg_temp.new_service(new_id uuid) returns text language sql as $$
  select format($q$insert into public.places (id, kind, title, status, location)
    values (%L, 'support_service', 'Sozialberatung im Stadtteilbüro', 'published',
            extensions.st_setsrid(extensions.st_makepoint(10.03, 0.06), 4326))$q$, new_id)
$$;

-- places: list ----------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('places', 'select', set_eq($$select k from seen$$,
  array['a_pub', 'b_pub', 's_service', 's_course', 's_event', 's_outside'],
  'anon sees only published, current entries (no expired, draft or future ones)'));
select tests.act_as('business_a');
select tests.rls('places', 'select', set_eq($$select k from seen$$,
  array['a_pub', 'a_draft', 'a_pending', 'a_expired', 'a_future', 'b_pub', 's_service', 's_course', 's_event', 's_outside'],
  'business A sees its own entries in every status, of others only what the map shows'));
select tests.act_as('business_b');
select tests.rls('places', 'select', set_eq($$select k from seen$$,
  array['a_pub', 'b_pub', 'b_draft', 'b_pending', 's_service', 's_course', 's_event', 's_outside'],
  'business B sees its own entries in every status, not A''s expired one'));
select tests.act_as('coach');
select tests.rls('places', 'select', set_eq($$select k from seen$$,
  array['a_pub', 'b_pub', 's_service', 's_course', 's_event', 's_outside'],
  'a coach sees what the map shows'));
select tests.act_as('staff');
select tests.rls('places', 'select', set_eq($$select k from seen$$,
  array['a_pub', 'a_draft', 'a_pending', 'a_expired', 'a_future', 'b_pub', 'b_draft', 'b_pending',
        's_service', 's_course', 's_event', 's_outside'],
  'staff list every entry of every kind and status, expired ones included'));

-- places: create an entry without an organisation, published --------------------------------------
select tests.act_as('anon');
select tests.rls('places', 'insert', throws_ok(pg_temp.new_service('c0000000-0000-4000-8000-00000000f701'),
  '42501', null, 'anon cannot create a support service'));
select tests.act_as('business_a');
select tests.rls('places', 'insert', throws_ok(pg_temp.new_service('c0000000-0000-4000-8000-00000000f702'),
  '42501', null, 'business A cannot create an entry without an organisation, nor publish'));
select tests.act_as('business_b');
select tests.rls('places', 'insert', throws_ok(pg_temp.new_service('c0000000-0000-4000-8000-00000000f703'),
  '42501', null, 'business B cannot either'));
select tests.act_as('coach');
select tests.rls('places', 'insert', throws_ok(pg_temp.new_service('c0000000-0000-4000-8000-00000000f704'),
  '42501', null, 'a coach cannot create entries'));
select tests.act_as('staff');
select tests.rls('places', 'insert', lives_ok(pg_temp.new_service('c0000000-0000-4000-8000-00000000f705'),
  'staff create a published support service'));
select tests.rls('service_details', 'insert', lives_ok($$insert into public.service_details
  (place_id, eligibility, cost, required_documents, appointment_needed)
  values ('c0000000-0000-4000-8000-00000000f705', 'Alle aus dem Quartier', 'free', '{Ausweis}', true)$$,
  'staff add its service details'));
select is((select status::text from public.places where id = 'c0000000-0000-4000-8000-00000000f705'),
  'published', '... and it stays published (staff are the moderators)');
select tests.act_as('anon');
select is((select count(*) from public.places where id = 'c0000000-0000-4000-8000-00000000f705'), 1::bigint,
  '... so the public map shows it at once');
select tests.rls('service_details', 'select', is((select eligibility from public.service_details
  where place_id = 'c0000000-0000-4000-8000-00000000f705'), 'Alle aus dem Quartier', 'anon reads its details'));
select tests.rls('service_details', 'insert', throws_ok($$insert into public.service_details (place_id)
  values (tests.id('s_outside'))$$, '42501', null, 'anon cannot add details'));

-- details of the other roles on staff's entries --------------------------------------------------
select tests.act_as('business_a');
select tests.rls('service_details', 'insert', throws_ok($$insert into public.service_details (place_id)
  values ('c0000000-0000-4000-8000-00000000f705') on conflict do nothing$$, '42501', null,
  'business A cannot add details to a staff entry'));
select tests.rls('service_details', 'update', is(tests.affected($$update public.service_details set eligibility = 'x'
  where place_id = 'c0000000-0000-4000-8000-00000000f705'$$), 0::bigint, 'business A cannot change a staff entry''s details'));
select tests.rls('service_details', 'delete', is(tests.affected($$delete from public.service_details
  where place_id = 'c0000000-0000-4000-8000-00000000f705'$$), 0::bigint, 'business A cannot delete them'));
select tests.act_as('business_b');
select tests.rls('service_details', 'update', is(tests.affected($$update public.service_details set eligibility = 'x'
  where place_id = tests.id('s_service')$$), 0::bigint, 'business B cannot change them'));
select tests.rls('service_details', 'delete', is(tests.affected($$delete from public.service_details
  where place_id = tests.id('s_service')$$), 0::bigint, 'business B cannot delete them'));
select tests.act_as('coach');
select tests.rls('service_details', 'update', is(tests.affected($$update public.service_details set eligibility = 'x'
  where place_id = tests.id('s_service')$$), 0::bigint, 'a coach cannot change them'));
select tests.rls('service_details', 'delete', is(tests.affected($$delete from public.service_details
  where place_id = tests.id('s_service')$$), 0::bigint, 'a coach cannot delete them'));
select tests.act_as('staff');
select tests.rls('service_details', 'update', is(tests.affected($$update public.service_details set cost = 'reduced'
  where place_id = tests.id('s_service')$$), 1::bigint, 'staff change a service''s details'));
select tests.rls('event_details', 'update', is(tests.affected($$update public.event_details set registration_needed = true
  where place_id = tests.id('s_event')$$), 1::bigint, 'staff change their event''s details'));
select is(tests.place_status('s_service'), 'published', 'a staff edit keeps the entry published');

-- places: edit -----------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('places', 'update', throws_ok($$update public.places set title = 'Übernommen' where id = tests.id('s_service')$$,
  '42501', null, 'anon cannot edit'));
select tests.act_as('business_a');
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Übernommen'
  where id in (tests.id('s_service'), tests.id('s_outside'), tests.id('b_pub'))$$), 0::bigint,
  'business A cannot edit staff''s or B''s entries'));
select tests.act_as('business_b');
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Übernommen'
  where id in (tests.id('s_course'), tests.id('a_pub'))$$), 0::bigint, 'business B cannot edit staff''s or A''s entries'));
select tests.act_as('coach');
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Übernommen'
  where id = tests.id('s_course')$$), 0::bigint, 'a coach cannot edit'));
select tests.act_as('staff');
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Computerkurs für Anfänger',
  opening_hours = 'Mo 10:00-12:00' where id in (tests.id('s_course'), tests.id('b_pub'))$$), 2::bigint,
  'staff edit a learning place and a business''s vacancy'));
select is(tests.place_status('b_pub'), 'published', '... which stay published (no moderation of staff''s own edits)');

-- places: delete ---------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('places', 'delete', throws_ok($$delete from public.places where id = tests.id('s_outside')$$,
  '42501', null, 'anon cannot delete'));
select tests.act_as('business_a');
select tests.rls('places', 'delete', is(tests.affected($$delete from public.places where id = tests.id('s_outside')$$),
  0::bigint, 'business A cannot delete a staff entry'));
select tests.act_as('business_b');
select tests.rls('places', 'delete', is(tests.affected($$delete from public.places where id = tests.id('s_outside')$$),
  0::bigint, 'business B cannot delete a staff entry'));
select tests.act_as('coach');
select tests.rls('places', 'delete', is(tests.affected($$delete from public.places where id = tests.id('s_outside')$$),
  0::bigint, 'a coach cannot delete'));
select tests.act_as('staff');
select tests.rls('event_details', 'delete', is(tests.affected($$delete from public.event_details where place_id = tests.id('s_event')$$),
  1::bigint, 'staff delete an event''s details'));
select tests.rls('event_details', 'insert', lives_ok($$insert into public.event_details (place_id, event_type, starts_at)
  values (tests.id('s_event'), 'info', now() + interval '2 days')$$, 'staff add them again'));
select tests.rls('places', 'delete', is(tests.affected($$delete from public.places where id = 'c0000000-0000-4000-8000-00000000f705'$$),
  1::bigint, 'staff delete an entry they made by mistake'));

-- unpublish_place --------------------------------------------------------------------------------
select tests.act_as('anon');
select throws_ok($$select private.unpublish_place(tests.id('a_pub'), 'Stelle ist besetzt')$$, '42501', null,
  'anon cannot unpublish');
select tests.act_as('business_a');
select throws_ok($$select private.unpublish_place(tests.id('a_pub'), 'Stelle ist besetzt')$$, '42501', null,
  'business A cannot unpublish (it withdraws its own entries instead)');
select tests.rls('moderation_events', 'insert', throws_ok($$insert into public.moderation_events (place_id, decision, comment, actor)
  values (tests.id('a_pub'), 'unpublished', 'selbst', tests.id('business_a'))$$, '42501', null,
  'business A cannot record an unpublishing'));
select tests.act_as('business_b');
select throws_ok($$select private.unpublish_place(tests.id('a_pub'), 'Stelle ist besetzt')$$, '42501', null,
  'business B cannot unpublish A''s entry');
select tests.act_as('coach');
select throws_ok($$select private.unpublish_place(tests.id('a_pub'), 'Stelle ist besetzt')$$, '42501', null,
  'a coach cannot unpublish');
select is(tests.place_status('a_pub'), 'published', 'after all the refusals the entry is still published');
select tests.act_as('staff');
select throws_ok($$select private.unpublish_place(tests.id('a_pub'), '  ')$$, '22023', null,
  'staff must give a reason');
select throws_ok($$select private.unpublish_place(tests.id('a_draft'), 'Doppelt')$$, '22023', null,
  'a draft cannot be unpublished');
select lives_ok($$select private.unpublish_place(tests.id('a_pub'), 'Die Stelle ist laut Telefonat besetzt.')$$,
  'staff unpublish a vacancy with a reason');
select is(tests.place_status('a_pub'), 'archived', '... which is off the map (archived)');
select is((select comment from public.moderation_events where place_id = tests.id('a_pub') and decision = 'unpublished'
  and actor = tests.id('staff')), 'Die Stelle ist laut Telefonat besetzt.', '... and the history keeps who and why');
select throws_ok($$select private.unpublish_place(tests.id('a_pub'), 'Nochmal')$$, '22023', null,
  'an archived entry cannot be unpublished twice');
select lives_ok($$select private.unpublish_place(tests.id('a_expired'), 'Abgelaufen und veraltet')$$,
  'staff unpublish an expired entry');
select tests.act_as('business_a');
select is((select comment from public.moderation_events where place_id = tests.id('a_pub')
  and decision = 'unpublished'), 'Die Stelle ist laut Telefonat besetzt.', 'business A reads in its history that staff unpublished its entry, and why');
select tests.act_as('anon');
select is((select count(*) from public.places where id = tests.id('a_pub')), 0::bigint, 'anon no longer sees it');

-- staff_renew_place ------------------------------------------------------------------------------
select tests.act_as('service_role');
update public.places set status = 'published', valid_through = current_date - 1,
  confirmed_at = now() - interval '200 days' where id = tests.id('a_expired');
select tests.act_as('anon');
select throws_ok($$select private.staff_renew_place(tests.id('a_expired'), current_date + 30)$$, '42501', null,
  'anon cannot renew');
select tests.act_as('business_a');
select throws_ok($$select private.staff_renew_place(tests.id('a_expired'), current_date + 300)$$, '42501', null,
  'business A cannot choose a renewal date (it renews through renew_place)');
select tests.act_as('business_b');
select throws_ok($$select private.staff_renew_place(tests.id('a_expired'), current_date + 30)$$, '42501', null,
  'business B cannot renew');
select tests.act_as('coach');
select throws_ok($$select private.staff_renew_place(tests.id('a_expired'), current_date + 30)$$, '42501', null,
  'a coach cannot renew');
select tests.act_as('staff');
select throws_ok($$select private.staff_renew_place(tests.id('a_expired'), current_date)$$, '22023', null,
  'the new end must lie in the future');
select throws_ok($$select private.staff_renew_place(tests.id('a_expired'), current_date + 400)$$, '22023', null,
  'at most a year ahead');
select throws_ok($$select private.staff_renew_place(tests.id('a_draft'), current_date + 30)$$, '22023', null,
  'a draft cannot be renewed');
select throws_ok($$select private.staff_renew_place(tests.id('a_pub'), current_date + 30)$$, '22023', null,
  'an unpublished entry cannot be renewed');
select is(private.staff_renew_place(tests.id('a_expired'), current_date + 90), current_date + 90,
  'staff renew an expired entry to a date they choose');
select ok((select confirmed_at > now() - interval '1 minute' from public.places where id = tests.id('a_expired')),
  '... which also confirms it');
select ok(exists (select 1 from public.moderation_events where place_id = tests.id('a_expired')
  and decision = 'renewed' and actor = tests.id('staff')), '... and the history says staff renewed it');
select tests.act_as('anon');
select is((select count(*) from public.places where id = tests.id('a_expired')), 1::bigint,
  'the renewed entry is back on the public map');

-- moderation history of staff's work: read by staff, by the entry's business, by nobody else --------
select tests.act_as('business_b');
select is((select count(*) from public.moderation_events where place_id in (tests.id('a_pub'), tests.id('a_expired'))),
  0::bigint, 'business B does not see A''s history');
select tests.act_as('coach');
select is((select count(*) from public.moderation_events where decision = 'unpublished'), 0::bigint,
  'a coach does not see the history');
select tests.act_as('staff');
select is((select count(*) from public.moderation_events where decision = 'unpublished'), 2::bigint,
  'staff see both unpublishings');

select * from finish();
rollback;
