-- RLS on the detail tables: visible with the parent place, writable by whoever may edit it.
begin;
select plan(38);
select tests.create_fixture();

-- select ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('vacancy_details', 'select', is(tests.visible('vacancy_details'), array['a_pub', 'b_pub'], 'anon sees vacancy details of visible places only'));
select tests.rls('space_details', 'select', is(tests.visible('space_details'), '{}'::text[], 'anon sees no space details of a draft'));
select tests.rls('service_details', 'select', is(tests.visible('service_details'), array['s_course', 's_service'], 'anon sees service details of published services'));
select tests.rls('event_details', 'select', is(tests.visible('event_details'), array['s_event'], 'anon sees event details of published events only'));

select tests.act_as('business_a');
select tests.rls('vacancy_details', 'select', is(tests.visible('vacancy_details'), array['a_draft', 'a_expired', 'a_future', 'a_pub', 'b_pub'],
  'business A sees the details of all org A places'));
select tests.rls('space_details', 'select', is(tests.visible('space_details'), '{}'::text[], 'business A does not see B''s draft space'));
select tests.rls('event_details', 'select', is(tests.visible('event_details'), array['s_event'], 'business A does not see B''s pending event'));

select tests.act_as('business_b');
select tests.rls('vacancy_details', 'select', is(tests.visible('vacancy_details'), array['a_pub', 'b_pub'], 'business B does not see A''s draft details'));
select tests.rls('space_details', 'select', is(tests.visible('space_details'), array['b_draft'], 'business B sees its draft space details'));
select tests.rls('event_details', 'select', is(tests.visible('event_details'), array['b_pending', 's_event'], 'business B sees its pending event details'));

select tests.act_as('coach');
select tests.rls('vacancy_details', 'select', is(tests.visible('vacancy_details'), array['a_pub', 'b_pub'], 'a coach sees what anon sees'));
select tests.rls('event_details', 'select', is(tests.visible('event_details'), array['s_event'], 'a coach does not see pending event details'));

select tests.act_as('staff');
select tests.rls('vacancy_details', 'select', is(tests.visible('vacancy_details'), array['a_draft', 'a_expired', 'a_future', 'a_pub', 'b_pub'],
  'staff see all vacancy details'));
select is(tests.visible('space_details') || tests.visible('event_details'), array['b_draft', 'b_pending', 's_event'],
  'staff see all space and event details');

-- insert ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('space_details', 'insert', throws_ok(
  $$insert into public.space_details (place_id, space_type) values (tests.id('a_pending'), 'shop')$$,
  '42501', null, 'anon cannot insert details'));

select tests.act_as('business_a');
select tests.rls('space_details', 'insert', lives_ok(
  $$insert into public.space_details (place_id, space_type, area_m2) values (tests.id('a_pending'), 'room', 30)$$,
  'business A inserts details for its own place'));
select tests.rls('service_details', 'insert', throws_ok(
  $$insert into public.service_details (place_id, cost) values (tests.id('b_draft'), 'free')$$,
  '42501', null, 'business A cannot insert details for B''s place'));
select tests.rls('event_details', 'insert', throws_ok(
  $$insert into public.event_details (place_id, event_type, starts_at) values (tests.id('s_outside'), 'info', now())$$,
  '42501', null, 'business A cannot insert details for a staff place'));

select tests.act_as('coach');
select tests.rls('event_details', 'insert', throws_ok(
  $$insert into public.event_details (place_id, event_type, starts_at) values (tests.id('s_outside'), 'info', now())$$,
  '42501', null, 'a coach cannot insert details'));

select tests.act_as('staff');
insert into public.places (id, kind, title, location, status, organisation_id)
values ('e0000000-0000-4000-8000-0000000000e1', 'event', 'Betriebsbesuch (Staff)',
        st_point(10.06, 0.05, 4326)::geography, 'draft', tests.id('org_b'));
select tests.rls('event_details', 'insert', lives_ok(
  $$insert into public.event_details (place_id, event_type, starts_at) values ('e0000000-0000-4000-8000-0000000000e1', 'info', now())$$,
  'staff insert details for any place'));

-- update ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('vacancy_details', 'update', throws_ok($$update public.vacancy_details set hours_per_week = 10$$, '42501', null, 'anon cannot update details'));

select tests.act_as('business_a');
select tests.rls('vacancy_details', 'update', is(tests.affected($$update public.vacancy_details set hours_per_week = 35 where place_id = tests.id('a_draft')$$),
  1::bigint, 'business A updates the details of its draft'));
select tests.rls('vacancy_details', 'update', is(tests.affected($$update public.vacancy_details set hours_per_week = 25 where place_id = tests.id('a_pub')$$),
  1::bigint, 'business A updates the details of its published place'));
select tests.rls('vacancy_details', 'update', is(tests.place_status('a_pub'), 'pending', '... which sends the place back to moderation'));
select tests.rls('vacancy_details', 'update', is(tests.affected($$update public.vacancy_details set hours_per_week = 1 where place_id = tests.id('b_pub')$$),
  0::bigint, 'business A cannot update B''s details'));
select tests.rls('vacancy_details', 'update', throws_ok($$update public.vacancy_details set place_id = tests.id('b_draft') where place_id = tests.id('a_draft')$$,
  '42501', null, 'business A cannot move a detail row to B''s place'));

select tests.act_as('business_b');
select tests.rls('vacancy_details', 'update', is(tests.affected($$update public.vacancy_details set hours_per_week = 1 where place_id = tests.id('a_draft')$$),
  0::bigint, 'business B cannot update A''s draft details'));

select tests.act_as('coach');
select tests.rls('service_details', 'update', is(tests.affected($$update public.service_details set cost = 'paid' where true$$), 0::bigint, 'a coach updates no details'));

select tests.act_as('staff');
select tests.rls('vacancy_details', 'update', is(tests.affected($$update public.vacancy_details set german_level = 'B1' where place_id = tests.id('b_pub')$$),
  1::bigint, 'staff update any details'));
select tests.rls('vacancy_details', 'update', is(tests.place_status('b_pub'), 'published', '... and a staff edit keeps the place published'));

-- delete ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('space_details', 'delete', throws_ok($$delete from public.space_details$$, '42501', null, 'anon cannot delete details'));

select tests.act_as('business_a');
select tests.rls('space_details', 'delete', is(tests.affected($$delete from public.space_details where place_id = tests.id('b_draft')$$),
  0::bigint, 'business A cannot delete B''s details'));

select tests.act_as('business_b');
select tests.rls('space_details', 'delete', is(tests.affected($$delete from public.space_details where place_id = tests.id('b_draft')$$),
  1::bigint, 'business B deletes its own details'));
select tests.rls('vacancy_details', 'delete', is(tests.affected($$delete from public.vacancy_details where place_id = tests.id('a_expired')$$),
  0::bigint, 'business B cannot delete A''s details'));

select tests.act_as('coach');
select tests.rls('service_details', 'delete', is(tests.affected($$delete from public.service_details where true$$), 0::bigint, 'a coach deletes no details'));

select tests.act_as('staff');
select tests.rls('service_details', 'delete', is(tests.affected($$delete from public.service_details where place_id = tests.id('s_course')$$),
  1::bigint, 'staff delete any details'));

select tests.reset_role();
select ok(tests.row_exists('vacancy_details', tests.id('b_pub')) and tests.row_exists('vacancy_details', tests.id('a_expired')),
  'refused deletes left the rows alone');
select is((select hours_per_week from public.vacancy_details where place_id = tests.id('b_pub')), 38.5,
  'refused updates left the values alone');

select * from finish();
rollback;
