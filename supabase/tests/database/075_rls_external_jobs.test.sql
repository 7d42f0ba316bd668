-- RLS on external_jobs (which place holds which ad of the BA job search): staff read; only the
-- import job (service_role) writes; nobody else sees it.
begin;
select plan(23);
select tests.create_fixture();

insert into public.external_jobs (source, ref, place_id) values ('ba-jobsuche', '10000-1-S', tests.id('s_event'));

select tests.act_as('anon');
select tests.rls('external_jobs', 'select', throws_ok($$select count(*) from public.external_jobs$$, '42501', null, 'anon cannot read'));
select tests.rls('external_jobs', 'insert', throws_ok($$insert into public.external_jobs (source, ref, place_id) values ('ba-jobsuche', 'x', tests.id('a_pub'))$$, '42501', null, 'anon cannot insert'));
select tests.rls('external_jobs', 'delete', throws_ok($$delete from public.external_jobs$$, '42501', null, 'anon cannot delete'));
select tests.act_as('business_a');
select tests.rls('external_jobs', 'select', is((select count(*) from public.external_jobs), 0::bigint, 'business A reads nothing'));
select tests.rls('external_jobs', 'insert', throws_ok($$insert into public.external_jobs (source, ref, place_id) values ('ba-jobsuche', 'x', tests.id('a_pub'))$$, '42501', null, 'business A cannot insert'));
select tests.rls('external_jobs', 'update', throws_ok($$update public.external_jobs set last_seen = now()$$, '42501', null, 'business A cannot update'));
select tests.act_as('business_b');
select tests.rls('external_jobs', 'select', is((select count(*) from public.external_jobs), 0::bigint, 'business B reads nothing'));
select tests.rls('external_jobs', 'delete', throws_ok($$delete from public.external_jobs$$, '42501', null, 'business B cannot delete'));
select tests.act_as('coach');
select tests.rls('external_jobs', 'select', is((select count(*) from public.external_jobs), 0::bigint, 'a coach reads nothing'));
select tests.rls('external_jobs', 'insert', throws_ok($$insert into public.external_jobs (source, ref, place_id) values ('ba-jobsuche', 'x', tests.id('a_pub'))$$, '42501', null, 'a coach cannot insert'));
select tests.act_as('staff');
select tests.rls('external_jobs', 'select', is((select count(*) from public.external_jobs), 1::bigint, 'staff read which ads came from the BA'));
select tests.rls('external_jobs', 'insert', throws_ok($$insert into public.external_jobs (source, ref, place_id) values ('ba-jobsuche', 'x', tests.id('a_pub'))$$, '42501', null, 'staff do not write it by hand'));
select tests.rls('external_jobs', 'update', throws_ok($$update public.external_jobs set last_seen = now()$$, '42501', null, 'staff cannot update'));
select tests.rls('external_jobs', 'delete', throws_ok($$delete from public.external_jobs$$, '42501', null, 'staff cannot delete'));
select tests.act_as('anon');
select tests.rls('external_jobs', 'update', throws_ok($$update public.external_jobs set last_seen = now()$$, '42501', null, 'anon cannot update'));
select tests.act_as('business_a');
select tests.rls('external_jobs', 'delete', throws_ok($$delete from public.external_jobs$$, '42501', null, 'business A cannot delete'));
select tests.act_as('business_b');
select tests.rls('external_jobs', 'insert', throws_ok($$insert into public.external_jobs (source, ref, place_id) values ('ba-jobsuche', 'x', tests.id('b_pub'))$$, '42501', null, 'business B cannot insert'));
select tests.rls('external_jobs', 'update', throws_ok($$update public.external_jobs set last_seen = now()$$, '42501', null, 'business B cannot update'));
select tests.act_as('coach');
select tests.rls('external_jobs', 'update', throws_ok($$update public.external_jobs set last_seen = now()$$, '42501', null, 'a coach cannot update'));
select tests.rls('external_jobs', 'delete', throws_ok($$delete from public.external_jobs$$, '42501', null, 'a coach cannot delete'));
select tests.act_as('service_role');
select tests.rls('external_jobs', 'insert', lives_ok($$insert into public.external_jobs (source, ref, place_id) values ('ba-jobsuche', '10000-2-S', tests.id('a_pub'))$$, 'the job inserts'));
select tests.rls('external_jobs', 'update', lives_ok($$update public.external_jobs set last_seen = now()$$, 'the job updates'));
select tests.rls('external_jobs', 'insert', throws_ok($$insert into public.external_jobs (source, ref, place_id) values ('indeed', 'x', tests.id('a_pub'))$$, '23514', null, 'only known sources'));

select * from finish();
rollback;
