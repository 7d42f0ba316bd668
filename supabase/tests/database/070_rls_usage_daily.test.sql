-- RLS on usage_daily (anonymous usage figures): staff read; only the server (service_role) writes,
-- through private.add_usage; anonymous visitors, businesses and coaches neither read nor write.
begin;
select plan(30);
select tests.create_fixture();

insert into public.usage_daily (day, metric, dimension, n) values
  (current_date, 'search', 'kind=vacancy;quarter=baumheide', 7),
  (current_date, 'filter', 'working_time', 3);

-- anon ----------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('usage_daily', 'select', throws_ok($$select count(*) from public.usage_daily$$, '42501', null, 'anon cannot read the figures'));
select tests.rls('usage_daily', 'insert', throws_ok($$insert into public.usage_daily (day, metric) values (current_date, 'search')$$, '42501', null, 'anon cannot insert'));
select tests.rls('usage_daily', 'update', throws_ok($$update public.usage_daily set n = 0$$, '42501', null, 'anon cannot update'));
select tests.rls('usage_daily', 'delete', throws_ok($$delete from public.usage_daily$$, '42501', null, 'anon cannot delete'));
select throws_ok($$select private.add_usage(array[current_date], array['search'], array[''], array[1::bigint])$$, '42501', null, 'anon cannot call private.add_usage');

-- business A, business B, coach: nothing --------------------------------------------------------
select tests.act_as('business_a');
select tests.rls('usage_daily', 'select', is((select count(*) from public.usage_daily), 0::bigint, 'business A sees no figures'));
select tests.rls('usage_daily', 'insert', throws_ok($$insert into public.usage_daily (day, metric) values (current_date, 'search')$$, '42501', null, 'business A cannot insert'));
select tests.rls('usage_daily', 'update', throws_ok($$update public.usage_daily set n = 0$$, '42501', null, 'business A cannot update'));
select tests.rls('usage_daily', 'delete', throws_ok($$delete from public.usage_daily$$, '42501', null, 'business A cannot delete'));
select throws_ok($$select private.add_usage(array[current_date], array['search'], array[''], array[1::bigint])$$, '42501', null, 'business A cannot call private.add_usage');
select tests.act_as('business_b');
select tests.rls('usage_daily', 'select', is((select count(*) from public.usage_daily), 0::bigint, 'business B sees no figures'));
select tests.rls('usage_daily', 'insert', throws_ok($$insert into public.usage_daily (day, metric) values (current_date, 'search')$$, '42501', null, 'business B cannot insert'));
select tests.rls('usage_daily', 'update', throws_ok($$update public.usage_daily set n = 0$$, '42501', null, 'business B cannot update'));
select tests.rls('usage_daily', 'delete', throws_ok($$delete from public.usage_daily$$, '42501', null, 'business B cannot delete'));
select tests.act_as('coach');
select tests.rls('usage_daily', 'select', is((select count(*) from public.usage_daily), 0::bigint, 'a coach sees no figures'));
select tests.rls('usage_daily', 'insert', throws_ok($$insert into public.usage_daily (day, metric) values (current_date, 'search')$$, '42501', null, 'a coach cannot insert'));
select tests.rls('usage_daily', 'update', throws_ok($$update public.usage_daily set n = 0$$, '42501', null, 'a coach cannot update'));
select tests.rls('usage_daily', 'delete', throws_ok($$delete from public.usage_daily$$, '42501', null, 'a coach cannot delete'));

-- staff: read only ---------------------------------------------------------------------------
select tests.act_as('staff');
select tests.rls('usage_daily', 'select', is((select sum(n) from public.usage_daily where day = current_date and metric in ('search', 'filter')), 10::numeric, 'staff read the figures'));
select tests.rls('usage_daily', 'insert', throws_ok($$insert into public.usage_daily (day, metric) values (current_date, 'search')$$, '42501', null, 'staff cannot insert (figures are counted, not typed)'));
select tests.rls('usage_daily', 'update', throws_ok($$update public.usage_daily set n = 0$$, '42501', null, 'staff cannot update'));
select tests.rls('usage_daily', 'delete', throws_ok($$delete from public.usage_daily$$, '42501', null, 'staff cannot delete'));
select throws_ok($$select private.add_usage(array[current_date], array['search'], array[''], array[1::bigint])$$, '42501', null, 'staff cannot call private.add_usage');

-- service_role: the server's counter ---------------------------------------------------------------
select tests.act_as('service_role');
select lives_ok($$select private.add_usage(array[current_date, current_date], array['search', 'route_sheet'], array['kind=vacancy;quarter=baumheide', ''], array[2, 1]::bigint[])$$, 'service_role adds counts');
select tests.rls('usage_daily', 'select', is((select n from public.usage_daily where day = current_date and metric = 'search' and dimension = 'kind=vacancy;quarter=baumheide'), 9::bigint, '... onto the existing day (7 + 2)'));
select tests.rls('usage_daily', 'update', lives_ok($$update public.usage_daily set n = n where metric = 'route_sheet'$$, 'service_role updates'));
select tests.rls('usage_daily', 'delete', lives_ok($$delete from public.usage_daily where metric = 'route_sheet'$$, 'service_role deletes'));
select tests.rls('usage_daily', 'insert', throws_ok($$insert into public.usage_daily (day, metric) values (current_date, 'visitor_ip')$$, '23514', null, 'only known metrics'));
select tests.rls('usage_daily', 'insert', throws_ok($$insert into public.usage_daily (day, metric, dimension) values (current_date, 'search', '192.168.1.1 Mozilla/5.0')$$, '23514', null, 'no free text (no IP, no user agent) as a dimension'));
select is((select count(*) from information_schema.columns where table_schema = 'public' and table_name = 'usage_daily'), 4::bigint, 'four columns: day, metric, dimension, n (no user, no time of day)');

select * from finish();
rollback;
