-- region_settings (20261202070000): everyone reads the region's time zone, only the migration
-- runner and service_role write it; the event-date filter reads its days in that zone.
begin;
select plan(25);
select tests.create_fixture();

-- RLS: every role reads, nobody but service_role writes ------------------------------------------
select tests.act_as('anon');
select tests.rls('region_settings', 'select', is((select count(*) from public.region_settings), 1::bigint, 'anon reads the region settings'));
select tests.rls('region_settings', 'insert', throws_ok($$insert into public.region_settings (region, time_zone) values ('x', 'UTC')$$, '42501', null, 'anon cannot add settings'));
select tests.rls('region_settings', 'update', throws_ok($$update public.region_settings set time_zone = 'UTC'$$, '42501', null, 'anon cannot change the time zone'));
select tests.rls('region_settings', 'delete', throws_ok($$delete from public.region_settings$$, '42501', null, 'anon cannot delete the settings'));
select tests.act_as('business_a');
select tests.rls('region_settings', 'select', is((select count(*) from public.region_settings), 1::bigint, 'business A reads them'));
select tests.rls('region_settings', 'insert', throws_ok($$insert into public.region_settings (region, time_zone) values ('x', 'UTC')$$, '42501', null, 'business A cannot add settings'));
select tests.rls('region_settings', 'update', throws_ok($$update public.region_settings set time_zone = 'UTC'$$, '42501', null, 'business A cannot change the time zone'));
select tests.rls('region_settings', 'delete', throws_ok($$delete from public.region_settings$$, '42501', null, 'business A cannot delete the settings'));
select tests.act_as('business_b');
select tests.rls('region_settings', 'select', is((select count(*) from public.region_settings), 1::bigint, 'business B reads them'));
select tests.rls('region_settings', 'insert', throws_ok($$insert into public.region_settings (region, time_zone) values ('x', 'UTC')$$, '42501', null, 'business B cannot add settings'));
select tests.rls('region_settings', 'update', throws_ok($$update public.region_settings set time_zone = 'UTC'$$, '42501', null, 'business B cannot change the time zone'));
select tests.rls('region_settings', 'delete', throws_ok($$delete from public.region_settings$$, '42501', null, 'business B cannot delete the settings'));
select tests.act_as('coach');
select tests.rls('region_settings', 'select', is((select count(*) from public.region_settings), 1::bigint, 'a coach reads them'));
select tests.rls('region_settings', 'insert', throws_ok($$insert into public.region_settings (region, time_zone) values ('x', 'UTC')$$, '42501', null, 'a coach cannot add settings'));
select tests.rls('region_settings', 'update', throws_ok($$update public.region_settings set time_zone = 'UTC'$$, '42501', null, 'a coach cannot change the time zone'));
select tests.rls('region_settings', 'delete', throws_ok($$delete from public.region_settings$$, '42501', null, 'a coach cannot delete the settings'));
select tests.act_as('staff');
select tests.rls('region_settings', 'select', is((select count(*) from public.region_settings), 1::bigint, 'staff read them'));
select tests.rls('region_settings', 'insert', throws_ok($$insert into public.region_settings (region, time_zone) values ('x', 'UTC')$$, '42501', null, 'staff cannot add settings (region.json is the source)'));
select tests.rls('region_settings', 'update', throws_ok($$update public.region_settings set time_zone = 'UTC'$$, '42501', null, 'staff cannot change the time zone'));
select tests.rls('region_settings', 'delete', throws_ok($$delete from public.region_settings$$, '42501', null, 'staff cannot delete the settings'));

-- The event-date filter in the region's time zone ---------------------------------------------
-- s_event (published) runs on today + 7 from 10:00 to 15:00 Berlin time (000_setup).
select tests.act_as('service_role');
update public.region_settings set time_zone = 'Europe/Berlin';
select tests.act_as('anon');
select is(
  (select count(*) from public.map_places(10.0, 0.0, 10.2, 0.1,
     jsonb_build_object('event_from', current_date + 8, 'event_to', current_date + 8)))::int, 0,
  'Berlin: no event on day + 8 (the job fair ends at 15:00 on day + 7)');
select is(
  (select count(*) from public.map_places(10.0, 0.0, 10.2, 0.1,
     jsonb_build_object('event_from', current_date + 7, 'event_to', current_date + 7)))::int, 1,
  'Berlin: the job fair on day + 7');
select tests.act_as('service_role');
update public.region_settings set time_zone = 'Pacific/Kiritimati';
select tests.act_as('anon');
select is(
  (select count(*) from public.map_places(10.0, 0.0, 10.2, 0.1,
     jsonb_build_object('event_from', current_date + 8, 'event_to', current_date + 8)))::int, 1,
  'a region at UTC+14: the same fair reaches into day + 8 there (ends 03:00 or 04:00 local)');
select tests.act_as('service_role');
update public.region_settings set time_zone = 'Pacific/Pago_Pago';
select tests.act_as('anon');
select is(
  (select count(*) from public.map_places(10.0, 0.0, 10.2, 0.1,
     jsonb_build_object('event_from', current_date + 6, 'event_to', current_date + 6)))::int, 1,
  'a region at UTC-11: the fair starts on the evening of day + 6 there');
select is(public.region_time_zone(), 'Pacific/Pago_Pago', 'region_time_zone() reads the row');

select * from finish();
rollback;
