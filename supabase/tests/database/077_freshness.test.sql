-- Keeping data fresh (issue 15, item 5): RLS on freshness_reminders for every role, and who moves
-- places.confirmed_at (approval, confirm_place by the owner or staff, renewal; nothing else).
begin;
select plan(38);
select tests.create_fixture();
select tests.create_business_fixture();

create temporary view reminded with (security_invoker = true) as
  select tests.key(place_id) as k from public.freshness_reminders
  where place_id in (tests.id('a_pub'), tests.id('b_pub'));
grant select on reminded to anon, authenticated;

-- freshness_reminders: read by the entry's organisation and staff, written only by the job -------
select tests.act_as('anon');
select tests.rls('freshness_reminders', 'select', throws_ok($$select count(*) from public.freshness_reminders$$, '42501', null, 'anon cannot read freshness reminders'));
select tests.rls('freshness_reminders', 'insert', throws_ok($$insert into public.freshness_reminders (place_id, due_on) values (tests.id('a_pub'), current_date)$$, '42501', null, 'anon cannot insert'));
select tests.rls('freshness_reminders', 'update', throws_ok($$update public.freshness_reminders set recipients = 0$$, '42501', null, 'anon cannot update'));
select tests.rls('freshness_reminders', 'delete', throws_ok($$delete from public.freshness_reminders$$, '42501', null, 'anon cannot delete'));

select tests.act_as('business_a');
select tests.rls('freshness_reminders', 'select', is((select array_agg(k) from reminded), array['a_pub'], 'business A sees the reminders of its entries'));
select tests.rls('freshness_reminders', 'insert', throws_ok($$insert into public.freshness_reminders (place_id, due_on) values (tests.id('a_pub'), current_date)$$, '42501', null, 'business A cannot insert'));
select tests.rls('freshness_reminders', 'update', throws_ok($$update public.freshness_reminders set recipients = 0$$, '42501', null, 'business A cannot update'));
select tests.rls('freshness_reminders', 'delete', throws_ok($$delete from public.freshness_reminders$$, '42501', null, 'business A cannot delete (and so cannot suppress a reminder)'));

select tests.act_as('business_b');
select tests.rls('freshness_reminders', 'select', is((select array_agg(k) from reminded), array['b_pub'], 'business B sees only its own'));
select tests.rls('freshness_reminders', 'insert', throws_ok($$insert into public.freshness_reminders (place_id, due_on) values (tests.id('a_pub'), current_date)$$, '42501', null, 'business B cannot insert'));
select tests.rls('freshness_reminders', 'update', throws_ok($$update public.freshness_reminders set recipients = 0$$, '42501', null, 'business B cannot update'));
select tests.rls('freshness_reminders', 'delete', throws_ok($$delete from public.freshness_reminders$$, '42501', null, 'business B cannot delete'));

select tests.act_as('coach');
select tests.rls('freshness_reminders', 'select', is((select count(*) from reminded), 0::bigint, 'a coach sees none'));
select tests.rls('freshness_reminders', 'insert', throws_ok($$insert into public.freshness_reminders (place_id, due_on) values (tests.id('a_pub'), current_date)$$, '42501', null, 'a coach cannot insert'));
select tests.rls('freshness_reminders', 'update', throws_ok($$update public.freshness_reminders set recipients = 0$$, '42501', null, 'a coach cannot update'));
select tests.rls('freshness_reminders', 'delete', throws_ok($$delete from public.freshness_reminders$$, '42501', null, 'a coach cannot delete'));

select tests.act_as('staff');
select tests.rls('freshness_reminders', 'select', is((select array_agg(k order by k) from reminded), array['a_pub', 'b_pub'], 'staff see all'));
select tests.rls('freshness_reminders', 'insert', throws_ok($$insert into public.freshness_reminders (place_id, due_on) values (tests.id('a_pub'), current_date)$$, '42501', null, 'staff do not write reminders by hand'));
select tests.rls('freshness_reminders', 'update', throws_ok($$update public.freshness_reminders set recipients = 0$$, '42501', null, 'staff cannot update'));
select tests.rls('freshness_reminders', 'delete', throws_ok($$delete from public.freshness_reminders$$, '42501', null, 'staff cannot delete'));

select tests.act_as('service_role');
select lives_ok($$insert into public.freshness_reminders (place_id, due_on) values (tests.id('a_pub'), current_date + 180)$$,
  'the freshness job (service_role) records a reminder');

-- confirmed_at: who moves it ----------------------------------------------------------------------
-- Start from an entry confirmed long ago (as the job would find it).
update public.places set confirmed_at = now() - interval '200 days' where id in (tests.id('a_pub'), tests.id('b_pub'), tests.id('a_pending'));
select ok((select confirmed_at < now() - interval '199 days' from public.places where id = tests.id('a_pub')),
  'service_role may set confirmed_at (imports, tests)');

select tests.act_as('business_a');
update public.places set confirmed_at = now() + interval '5 years' where id = tests.id('a_pub');
select tests.act_as('service_role');
select ok((select confirmed_at < now() - interval '199 days' from public.places where id = tests.id('a_pub')),
  'a business writing confirmed_at directly does not make its entry look fresh');
-- (that direct write was a business edit: the entry went back to moderation; publish it again)
update public.places set status = 'published', confirmed_at = now() - interval '200 days' where id = tests.id('a_pub');

select tests.act_as('business_b');
select throws_ok($$select private.confirm_place(tests.id('a_pub'))$$, '42501', null, 'business B cannot confirm A''s entry');
select tests.act_as('coach');
select throws_ok($$select private.confirm_place(tests.id('a_pub'))$$, '42501', null, 'a coach cannot confirm an entry');
select tests.act_as('anon');
select throws_ok($$select private.confirm_place(tests.id('a_pub'))$$, '42501', null, 'anon cannot call confirm_place');
select tests.act_as('business_a');
select throws_ok($$select private.confirm_place(tests.id('a_draft'))$$, '22023', null, 'a draft cannot be confirmed');
select lives_ok($$select private.confirm_place(tests.id('a_pub'))$$, 'business A confirms its published entry');
select tests.act_as('service_role');
select ok((select confirmed_at > now() - interval '1 minute' from public.places where id = tests.id('a_pub')), '... which is now confirmed');
select is(tests.place_status('a_pub'), 'published', '... and stays published (no new moderation)');
select ok(exists (select 1 from public.moderation_events where place_id = tests.id('a_pub')
  and decision = 'confirmed' and actor = tests.id('business_a')), '... and its history says who confirmed it');

select tests.act_as('staff');
select lives_ok($$select private.confirm_place(tests.id('b_pub'))$$, 'staff confirm an entry after a phone call');
select tests.act_as('service_role');
select ok((select confirmed_at > now() - interval '1 minute' from public.places where id = tests.id('b_pub')), '... which is now confirmed');

-- Renewal confirms too
update public.places set confirmed_at = now() - interval '200 days' where id = tests.id('a_expired');
select tests.act_as('business_a');
select lives_ok($$select private.renew_place(tests.id('a_expired'))$$, 'business A renews its expired entry');
select tests.act_as('service_role');
select ok((select confirmed_at > now() - interval '1 minute' from public.places where id = tests.id('a_expired')), 'renewing an entry confirms it');

-- Approval confirms
select tests.act_as('staff');
update public.places set status = 'published' where id = tests.id('a_pending');
select tests.act_as('service_role');
select ok((select confirmed_at > now() - interval '1 minute' from public.places where id = tests.id('a_pending')), 'approving an entry confirms it');

-- A new entry by a business is fresh whatever it claims
select tests.act_as('business_a');
select lives_ok($$insert into public.places (id, organisation_id, kind, title, status, location, confirmed_at)
  values ('c0000000-0000-4000-8000-00000000fe01', tests.id('org_a'), 'vacancy', 'Neu', 'draft',
          extensions.st_setsrid(extensions.st_makepoint(8.55, 51.99), 4326), now() - interval '3 years')$$,
  'business A creates a draft');
select tests.act_as('service_role');
select ok((select confirmed_at > now() - interval '1 minute' from public.places where id = 'c0000000-0000-4000-8000-00000000fe01'),
  'a business cannot backdate confirmed_at on a new entry');

select * from finish();
rollback;
