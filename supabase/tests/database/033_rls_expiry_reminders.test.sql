-- RLS on expiry_reminders: the entry's organisation and staff read; only the job (service_role) writes.
begin;
select plan(23);
select tests.create_fixture();
select tests.create_business_fixture();

create temporary view reminded with (security_invoker = true) as
  select tests.key(place_id) as k from public.expiry_reminders
  where place_id in (tests.id('a_pub'), tests.id('b_pub'));
grant select on reminded to anon, authenticated;

select tests.act_as('anon');
select tests.rls('expiry_reminders', 'select', throws_ok($$select count(*) from public.expiry_reminders$$, '42501', null, 'anon cannot read reminders'));
select tests.act_as('business_a');
select is((select array_agg(k) from reminded), array['a_pub'], 'business A sees reminders of its entries');
select tests.act_as('business_b');
select is((select array_agg(k) from reminded), array['b_pub'], 'business B sees only its own');
select tests.act_as('coach');
select is((select count(*) from reminded), 0::bigint, 'a coach sees none');
select tests.act_as('staff');
select is((select array_agg(k order by k) from reminded), array['a_pub', 'b_pub'], 'staff see all');

select tests.act_as('anon');
select tests.rls('expiry_reminders', 'insert', throws_ok($$insert into public.expiry_reminders (place_id, valid_through) values (tests.id('a_pub'), current_date)$$, '42501', null, 'anon cannot insert'));
select tests.rls('expiry_reminders', 'update', throws_ok($$update public.expiry_reminders set recipients = 0$$, '42501', null, 'anon cannot update'));
select tests.rls('expiry_reminders', 'delete', throws_ok($$delete from public.expiry_reminders$$, '42501', null, 'anon cannot delete'));
select tests.act_as('business_a');
select tests.rls('expiry_reminders', 'insert', throws_ok($$insert into public.expiry_reminders (place_id, valid_through) values (tests.id('a_pub'), current_date)$$, '42501', null, 'business A cannot insert'));
select tests.rls('expiry_reminders', 'update', throws_ok($$update public.expiry_reminders set recipients = 0$$, '42501', null, 'business A cannot update'));
select tests.rls('expiry_reminders', 'delete', throws_ok($$delete from public.expiry_reminders$$, '42501', null, 'business A cannot delete (and so cannot suppress a reminder)'));
select tests.act_as('business_b');
select tests.rls('expiry_reminders', 'insert', throws_ok($$insert into public.expiry_reminders (place_id, valid_through) values (tests.id('a_pub'), current_date)$$, '42501', null, 'business B cannot insert'));
select tests.rls('expiry_reminders', 'delete', throws_ok($$delete from public.expiry_reminders$$, '42501', null, 'business B cannot delete'));
select tests.act_as('coach');
select tests.rls('expiry_reminders', 'insert', throws_ok($$insert into public.expiry_reminders (place_id, valid_through) values (tests.id('a_pub'), current_date)$$, '42501', null, 'a coach cannot insert'));
select tests.rls('expiry_reminders', 'update', throws_ok($$update public.expiry_reminders set recipients = 0$$, '42501', null, 'a coach cannot update'));
select tests.act_as('staff');
select tests.rls('expiry_reminders', 'insert', throws_ok($$insert into public.expiry_reminders (place_id, valid_through) values (tests.id('a_pub'), current_date)$$, '42501', null, 'staff do not write reminders by hand'));
select tests.rls('expiry_reminders', 'delete', throws_ok($$delete from public.expiry_reminders$$, '42501', null, 'staff cannot delete'));
select tests.act_as('service_role');
select lives_ok($$insert into public.expiry_reminders (place_id, valid_through) values (tests.id('a_pub'), current_date + 60)$$,
  'the expiry job (service_role) records a reminder');

-- renew_place: published entries only, by members, without going back to moderation ---------------
select tests.act_as('business_b');
select throws_ok($$select private.renew_place(tests.id('a_pub'))$$, '42501', null, 'business B cannot renew A''s entry');
select tests.act_as('business_a');
select throws_ok($$select private.renew_place(tests.id('a_draft'))$$, '22023', null, 'a draft cannot be renewed');
select is((select private.renew_place(tests.id('a_expired'))), current_date + 60, 'business A renews its expired entry');
select is(tests.place_status('a_expired'), 'published', '... which stays published (no new moderation)');
select tests.act_as('anon');
select tests.rls('expiry_reminders', 'select', ok('a_expired' = any (tests.visible_places()), '... and is back on the public map'));

select * from finish();
rollback;
