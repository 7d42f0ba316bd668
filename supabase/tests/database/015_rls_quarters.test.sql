-- RLS on quarters: everybody reads; only staff change them.
begin;
select plan(17);
select tests.create_fixture();

select tests.act_as('anon');
select tests.rls('quarters', 'select', is(tests.visible('quarters'), array['test-nord', 'test-sued'], 'anon reads the quarters'));
select tests.act_as('business_a');
select tests.rls('quarters', 'select', is(tests.visible('quarters'), array['test-nord', 'test-sued'], 'business users read the quarters'));
select tests.act_as('coach');
select tests.rls('quarters', 'select', is(tests.visible('quarters'), array['test-nord', 'test-sued'], 'coaches read the quarters'));
select tests.act_as('staff');
select tests.rls('quarters', 'select', is(tests.visible('quarters'), array['test-nord', 'test-sued'], 'staff read the quarters'));

-- One insert statement for every role (the boundary is a square near the test quarters).
create temporary table new_quarter (stmt text) on commit drop;
insert into new_quarter values ($$insert into public.quarters (id, name, boundary, source)
  values ('test-ost', 'Testquartier Ost',
    'SRID=4326;MULTIPOLYGON(((10.1 0,10.1 0.1,10.12 0.1,10.12 0,10.1 0)))', 'pgTAP')$$);
grant select on new_quarter to anon, authenticated;

select tests.act_as('anon');
select tests.rls('quarters', 'insert', throws_ok((select stmt from new_quarter), '42501', null, 'anon cannot insert quarters'));
select tests.act_as('business_a');
select tests.rls('quarters', 'insert', throws_ok((select stmt from new_quarter), '42501', null, 'business users cannot insert quarters'));
select tests.act_as('coach');
select tests.rls('quarters', 'insert', throws_ok((select stmt from new_quarter), '42501', null, 'coaches cannot insert quarters'));
select tests.act_as('staff');
select tests.rls('quarters', 'insert', lives_ok((select stmt from new_quarter), 'staff insert quarters'));

select tests.act_as('anon');
select tests.rls('quarters', 'update', throws_ok($$update public.quarters set name = 'Anonym'$$, '42501', null, 'anon cannot update quarters'));
select tests.act_as('business_a');
select tests.rls('quarters', 'update', is(tests.affected($$update public.quarters set name = 'Umbenannt' where id like 'test-%'$$), 0::bigint,
  'business users update no quarter'));
select tests.act_as('coach');
select tests.rls('quarters', 'update', is(tests.affected($$update public.quarters set name = 'Umbenannt' where id like 'test-%'$$), 0::bigint,
  'coaches update no quarter'));
select tests.act_as('staff');
select tests.rls('quarters', 'update', is(tests.affected($$update public.quarters set approximate = true where id = 'test-ost'$$), 1::bigint,
  'staff update quarters'));

select tests.act_as('anon');
select tests.rls('quarters', 'delete', throws_ok($$delete from public.quarters$$, '42501', null, 'anon cannot delete quarters'));
select tests.act_as('business_a');
select tests.rls('quarters', 'delete', is(tests.affected($$delete from public.quarters where id = 'test-ost'$$), 0::bigint, 'business users delete no quarter'));
select tests.act_as('coach');
select tests.rls('quarters', 'delete', is(tests.affected($$delete from public.quarters where id = 'test-ost'$$), 0::bigint, 'coaches delete no quarter'));
select tests.act_as('staff');
select tests.rls('quarters', 'delete', is(tests.affected($$delete from public.quarters where id = 'test-ost'$$), 1::bigint, 'staff delete quarters'));
select tests.rls('quarters', 'select', is(tests.visible('quarters'), array['test-nord', 'test-sued'], '... and only that one is gone'));

select * from finish();
rollback;
