-- RLS on shortlists (issue 12, point 8): a pseudonymous label only, visible only to the coach (or
-- staff member) who made it, deletable by its owner, expiring 90 days after it was made.
begin;
select plan(36);
select tests.create_fixture();

-- an expired list of the coach (made 100 days ago), written as the test's superuser
insert into public.shortlists (id, owner_id, name, created_at, expires_at)
  values ('a0000000-0000-4000-8000-0000000e0001', tests.id('coach'), 'Alt',
          now() - interval '100 days', now() - interval '10 days');

-- shape -----------------------------------------------------------------------------------------
select col_not_null('public', 'shortlists', 'expires_at', 'every list has an expiry');
select ok((select expires_at between now() + interval '89 days' and now() + interval '90 days'
             from public.shortlists where id = tests.id('sl_coach')),
  'a new list expires 90 days after it was made');
select throws_ok($$insert into public.shortlists (owner_id, name, expires_at)
                   values (tests.id('coach'), 'Länger', now() + interval '120 days')$$, '23514', null,
  'no list lives longer than 90 days');
select throws_ok($$insert into public.shortlists (owner_id, name) values (tests.id('coach'), repeat('x', 61))$$,
  '23514', null, 'the label is a short pseudonym (at most 60 characters)');

-- select ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('shortlists', 'select', throws_ok($$select * from public.shortlists$$, '42501', null, 'anon cannot read shortlists'));
select tests.act_as('coach');
select tests.rls('shortlists', 'select', is(tests.visible('shortlists'), array['sl_coach'], 'a coach sees only its own current lists (not the expired one)'));
select tests.act_as('coach2');
select tests.rls('shortlists', 'select', is(tests.visible('shortlists'), array['sl_coach2'], 'another coach sees only its own lists'));
select tests.act_as('business_a');
select tests.rls('shortlists', 'select', is(tests.visible('shortlists'), '{}'::text[], 'business A sees no lists'));
select tests.act_as('business_b');
select tests.rls('shortlists', 'select', is(tests.visible('shortlists'), '{}'::text[], 'business B sees no lists'));
select tests.act_as('staff');
select tests.rls('shortlists', 'select', is(tests.visible('shortlists'), array['sl_staff'], 'staff see only their own lists, not the coaches'''));

-- insert ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('shortlists', 'insert', throws_ok($$insert into public.shortlists (owner_id, name) values (gen_random_uuid(), 'Anonym')$$, '42501', null,
  'anon cannot create lists'));
select tests.act_as('business_a');
select tests.rls('shortlists', 'insert', throws_ok($$insert into public.shortlists (name) values ('Firma')$$, '42501', null,
  'business A cannot create lists'));
select tests.act_as('business_b');
select tests.rls('shortlists', 'insert', throws_ok($$insert into public.shortlists (name) values ('Firma B')$$, '42501', null,
  'business B cannot create lists'));
select tests.act_as('coach');
select tests.rls('shortlists', 'insert', lives_ok($$insert into public.shortlists (name, place_ids) values ('Kundin K7', array[tests.id('s_service')])$$,
  'a coach creates a list under a pseudonym (owner defaults to the caller)'));
select tests.rls('shortlists', 'insert', throws_ok($$insert into public.shortlists (owner_id, name) values (tests.id('coach2'), 'Untergeschoben')$$, '42501', null,
  'a coach cannot create a list for another coach'));
select tests.act_as('staff');
select tests.rls('shortlists', 'insert', lives_ok($$insert into public.shortlists (name) values ('Staff Liste 2')$$, 'staff create their own lists'));
select tests.rls('shortlists', 'insert', throws_ok($$insert into public.shortlists (owner_id, name) values (tests.id('coach'), 'Für Coach')$$, '42501', null,
  'staff cannot create a list for a coach'));

-- update ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('shortlists', 'update', throws_ok($$update public.shortlists set name = 'Anonym'$$, '42501', null, 'anon cannot update lists'));
select tests.act_as('coach');
select tests.rls('shortlists', 'update', is(tests.affected($$update public.shortlists set name = 'Umbenannt' where id = tests.id('sl_coach')$$), 1::bigint,
  'a coach renames its list'));
select tests.rls('shortlists', 'update', is(tests.affected($$update public.shortlists set name = 'Übernommen' where id = tests.id('sl_coach2')$$), 0::bigint,
  'a coach cannot change another coach''s list'));
select tests.rls('shortlists', 'update', is(tests.affected($$update public.shortlists set name = 'Wieder da' where id = 'a0000000-0000-4000-8000-0000000e0001'$$),
  0::bigint, 'an expired list cannot be changed (or revived)'));
select tests.rls('shortlists', 'update', throws_ok($$update public.shortlists set expires_at = now() + interval '1 year' where id = tests.id('sl_coach')$$,
  '23514', null, 'a coach cannot extend a list beyond 90 days'));
select tests.rls('shortlists', 'update', throws_ok($$update public.shortlists set owner_id = tests.id('coach2') where id = tests.id('sl_coach')$$, '42501', null,
  'a coach cannot hand a list to someone else'));
select tests.act_as('business_a');
select tests.rls('shortlists', 'update', is(tests.affected($$update public.shortlists set name = 'Firma' where true$$), 0::bigint, 'business A changes no list'));
select tests.act_as('business_b');
select tests.rls('shortlists', 'update', is(tests.affected($$update public.shortlists set name = 'Firma' where true$$), 0::bigint, 'business B changes no list'));
select tests.act_as('staff');
select tests.rls('shortlists', 'update', is(tests.affected($$update public.shortlists set name = 'Staff war hier' where id = tests.id('sl_coach')$$), 0::bigint,
  'staff do not change coaches'' lists'));

-- delete ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('shortlists', 'delete', throws_ok($$delete from public.shortlists$$, '42501', null, 'anon cannot delete lists'));
select tests.act_as('coach2');
select tests.rls('shortlists', 'delete', is(tests.affected($$delete from public.shortlists where id = tests.id('sl_coach')$$), 0::bigint,
  'a coach cannot delete another coach''s list'));
select tests.act_as('business_a');
select tests.rls('shortlists', 'delete', is(tests.affected($$delete from public.shortlists where true$$), 0::bigint, 'business A deletes no list'));
select tests.act_as('business_b');
select tests.rls('shortlists', 'delete', is(tests.affected($$delete from public.shortlists where true$$), 0::bigint, 'business B deletes no list'));
select tests.act_as('staff');
select tests.rls('shortlists', 'delete', is(tests.affected($$delete from public.shortlists where id = tests.id('sl_coach2')$$), 0::bigint,
  'staff do not delete coaches'' lists'));
select tests.act_as('coach');
select tests.rls('shortlists', 'delete', is(tests.affected($$delete from public.shortlists where id = tests.id('sl_coach')$$), 1::bigint,
  'a coach deletes its own list'));
select tests.rls('shortlists', 'delete', is(tests.affected($$delete from public.shortlists where id = 'a0000000-0000-4000-8000-0000000e0001'$$), 0::bigint,
  'an expired list is gone for its owner too (the clean-up deletes it)'));

-- expiry housekeeping -----------------------------------------------------------------------------
select tests.act_as('coach');
select throws_ok($$select private.delete_expired_shortlists()$$, '42501', null,
  'a coach cannot run the expiry clean-up');
select tests.reset_role();
insert into public.shortlists (owner_id, name, created_at, expires_at)
  values (tests.id('coach2'), 'Alt 2', now() - interval '91 days', now() - interval '1 day');
select tests.act_as('service_role');
select is(private.delete_expired_shortlists(), 2::bigint, 'the clean-up removes both expired lists');
select tests.reset_role();
select is((select count(*) from public.shortlists where expires_at <= now()), 0::bigint, 'no expired list is left');

select * from finish();
rollback;
