-- Integrity rules: provenance fields (…_organisations.sql, …_places.sql) and detail kinds (…_place_details.sql).
begin;
select plan(9);
select tests.create_fixture();

-- A business cannot claim demo status or someone else's authorship.
select tests.act_as('business_a');
select throws_ok(
  $$insert into public.places (kind, title, location, status, organisation_id, created_by)
    values ('vacancy', 'Fremde Stelle', st_point(10.05, 0.07, 4326)::geography, 'draft',
            tests.id('org_a'), tests.id('business_b'))$$,
  '42501', null, 'a business cannot insert in someone else''s name');
insert into public.places (id, kind, title, location, status, organisation_id, is_demo)
values ('e0000000-0000-4000-8000-000000000001', 'vacancy', 'Neue Stelle im Laden',
        st_point(10.05, 0.07, 4326)::geography, 'draft', tests.id('org_a'), true);
select tests.reset_role();
select is((select created_by from public.places where id = 'e0000000-0000-4000-8000-000000000001'),
          tests.id('business_a'), 'insert by a business: created_by is the caller');
select is((select is_demo from public.places where id = 'e0000000-0000-4000-8000-000000000001'),
          false, 'insert by a business: is_demo is false');

select tests.act_as('business_a');
update public.places set created_by = tests.id('business_b'), is_demo = true
 where id = tests.id('a_draft');
select tests.reset_role();
select is((select created_by from public.places where id = tests.id('a_draft')),
          tests.id('business_a'), 'update by a business keeps created_by');
select is((select is_demo from public.places where id = tests.id('a_draft')),
          false, 'update by a business keeps is_demo');

-- Staff may correct provenance.
select tests.act_as('staff');
update public.places set is_demo = true where id = tests.id('a_draft');
select tests.reset_role();
select is((select is_demo from public.places where id = tests.id('a_draft')), true,
          'staff may set is_demo');

-- Detail rows must match their place's kind.
select throws_ok(
  $$insert into public.vacancy_details (place_id, working_time) values (tests.id('s_event'), 'part_time')$$,
  '23514', null, 'vacancy details on an event are refused');
select throws_ok(
  $$insert into public.event_details (place_id, event_type, starts_at) values (tests.id('a_draft'), 'job_fair', now())$$,
  '23514', null, 'event details on a vacancy are refused');
select lives_ok(
  $$insert into public.vacancy_details (place_id, working_time) values ('e0000000-0000-4000-8000-000000000001', 'mini_job')$$,
  'vacancy details on a vacancy are accepted');

select * from finish();
rollback;
