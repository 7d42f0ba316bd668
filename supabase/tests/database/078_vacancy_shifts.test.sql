-- Shift times on vacancy_details (issue 12): both or neither, never empty; readable with the
-- place, writable by whoever may edit it and by nobody else.
begin;
select plan(11);
select tests.create_fixture();

select has_column('public', 'vacancy_details', 'shift_start', 'shift start column');
select col_type_is('public', 'vacancy_details', 'shift_end', 'time without time zone', 'shift end is a time of day');
select col_default_is('public', 'vacancy_details', 'weekend_work', 'false', 'weekend work defaults to false');

select tests.act_as('business_a');
select is(tests.affected($$update public.vacancy_details set shift_start = '06:00', shift_end = '14:30', weekend_work = true where place_id = tests.id('a_draft')$$),
  1::bigint, 'business A sets the shift of its own vacancy');
select throws_ok($$update public.vacancy_details set shift_start = '06:00', shift_end = null where place_id = tests.id('a_draft')$$,
  '23514', null, 'a start without an end is refused');
select throws_ok($$update public.vacancy_details set shift_start = '06:00', shift_end = '06:00' where place_id = tests.id('a_draft')$$,
  '23514', null, 'an empty shift is refused');
select is(tests.affected($$update public.vacancy_details set shift_start = '22:00', shift_end = '06:00' where place_id = tests.id('b_pub')$$),
  0::bigint, 'business A cannot set the shift of B''s vacancy');

select tests.act_as('business_b');
select is(tests.affected($$update public.vacancy_details set shift_start = '22:00', shift_end = '06:00' where place_id = tests.id('b_pub')$$),
  1::bigint, 'business B sets a night shift on its own vacancy');

select tests.act_as('staff');
select lives_ok($$update public.vacancy_details set shift_start = '14:00', shift_end = '22:00' where place_id = tests.id('a_pub')$$, 'staff set a shift');
select tests.act_as('anon');
select is((select shift_start::text || '-' || shift_end::text from public.vacancy_details where place_id = tests.id('a_pub')),
  '14:00:00-22:00:00', 'anon reads the shift of a published vacancy');
select throws_ok($$update public.vacancy_details set shift_start = null, shift_end = null$$, '42501', null, 'anon cannot change shifts');

select * from finish();
rollback;
