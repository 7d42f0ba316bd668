-- RLS on rate_limits (limits shared by every instance): no API role reads or writes, none calls
-- private.rate_limit_hit; the server counts as service_role, and two hits in the window add up.
begin;
select plan(31);
select tests.create_fixture();

insert into public.rate_limits (key, n, reset_at) values ('sign_in:' || repeat('a', 64), 3, now() + interval '10 minutes');

select tests.act_as('anon');
select tests.rls('rate_limits', 'select', throws_ok($$select count(*) from public.rate_limits$$, '42501', null, 'anon cannot read rate limits'));
select tests.rls('rate_limits', 'insert', throws_ok($$insert into public.rate_limits (key, n, reset_at) values ('sign_in:' || repeat('b', 64), 0, now())$$, '42501', null, 'anon cannot insert'));
select tests.rls('rate_limits', 'update', throws_ok($$update public.rate_limits set n = 0$$, '42501', null, 'anon cannot reset a limit'));
select tests.rls('rate_limits', 'delete', throws_ok($$delete from public.rate_limits$$, '42501', null, 'anon cannot delete'));
select throws_ok($$select private.rate_limit_hit('sign_in:' || repeat('c', 64), 10, 60000)$$, '42501', null, 'anon cannot call private.rate_limit_hit');
select tests.act_as('business_a');
select tests.rls('rate_limits', 'select', throws_ok($$select count(*) from public.rate_limits$$, '42501', null, 'business_a cannot read rate limits'));
select tests.rls('rate_limits', 'insert', throws_ok($$insert into public.rate_limits (key, n, reset_at) values ('sign_in:' || repeat('b', 64), 0, now())$$, '42501', null, 'business_a cannot insert'));
select tests.rls('rate_limits', 'update', throws_ok($$update public.rate_limits set n = 0$$, '42501', null, 'business_a cannot reset a limit'));
select tests.rls('rate_limits', 'delete', throws_ok($$delete from public.rate_limits$$, '42501', null, 'business_a cannot delete'));
select throws_ok($$select private.rate_limit_hit('sign_in:' || repeat('c', 64), 10, 60000)$$, '42501', null, 'business_a cannot call private.rate_limit_hit');
select tests.act_as('business_b');
select tests.rls('rate_limits', 'select', throws_ok($$select count(*) from public.rate_limits$$, '42501', null, 'business_b cannot read rate limits'));
select tests.rls('rate_limits', 'insert', throws_ok($$insert into public.rate_limits (key, n, reset_at) values ('sign_in:' || repeat('b', 64), 0, now())$$, '42501', null, 'business_b cannot insert'));
select tests.rls('rate_limits', 'update', throws_ok($$update public.rate_limits set n = 0$$, '42501', null, 'business_b cannot reset a limit'));
select tests.rls('rate_limits', 'delete', throws_ok($$delete from public.rate_limits$$, '42501', null, 'business_b cannot delete'));
select throws_ok($$select private.rate_limit_hit('sign_in:' || repeat('c', 64), 10, 60000)$$, '42501', null, 'business_b cannot call private.rate_limit_hit');
select tests.act_as('coach');
select tests.rls('rate_limits', 'select', throws_ok($$select count(*) from public.rate_limits$$, '42501', null, 'coach cannot read rate limits'));
select tests.rls('rate_limits', 'insert', throws_ok($$insert into public.rate_limits (key, n, reset_at) values ('sign_in:' || repeat('b', 64), 0, now())$$, '42501', null, 'coach cannot insert'));
select tests.rls('rate_limits', 'update', throws_ok($$update public.rate_limits set n = 0$$, '42501', null, 'coach cannot reset a limit'));
select tests.rls('rate_limits', 'delete', throws_ok($$delete from public.rate_limits$$, '42501', null, 'coach cannot delete'));
select throws_ok($$select private.rate_limit_hit('sign_in:' || repeat('c', 64), 10, 60000)$$, '42501', null, 'coach cannot call private.rate_limit_hit');
select tests.act_as('staff');
select tests.rls('rate_limits', 'select', throws_ok($$select count(*) from public.rate_limits$$, '42501', null, 'staff cannot read rate limits'));
select tests.rls('rate_limits', 'insert', throws_ok($$insert into public.rate_limits (key, n, reset_at) values ('sign_in:' || repeat('b', 64), 0, now())$$, '42501', null, 'staff cannot insert'));
select tests.rls('rate_limits', 'update', throws_ok($$update public.rate_limits set n = 0$$, '42501', null, 'staff cannot reset a limit'));
select tests.rls('rate_limits', 'delete', throws_ok($$delete from public.rate_limits$$, '42501', null, 'staff cannot delete'));
select throws_ok($$select private.rate_limit_hit('sign_in:' || repeat('c', 64), 10, 60000)$$, '42501', null, 'staff cannot call private.rate_limit_hit');

select tests.act_as('service_role');
select is(private.rate_limit_hit('sign_in:' || repeat('d', 64), 2, 60000), 0, 'first hit allowed');
select is(private.rate_limit_hit('sign_in:' || repeat('d', 64), 2, 60000), 0, 'second hit allowed');
select cmp_ok(private.rate_limit_hit('sign_in:' || repeat('d', 64), 2, 60000), '>', 0, 'third hit over the limit: seconds to wait');
select cmp_ok(private.rate_limit_hit('sign_in:' || repeat('d', 64), 2, 60000, false), '>', 0, 'a look (no count) sees the limit reached');
select is(private.rate_limit_hit('sign_in:' || repeat('e', 64), 2, 60000, false), 0, 'a key never hit is not limited');
select throws_ok($$insert into public.rate_limits (key, n, reset_at) values ('sign_in:someone@example.org', 1, now())$$, '23514', null, 'keys are hashes, never an address in clear');

select * from finish();
rollback;
