-- RLS on import_runs: who may import. Staff create, read, update and delete imports; nobody else
-- sees or writes one (and the places of an import are written under the staff member's claims,
-- so places' own policies apply: see 010_rls_places).
begin;
select plan(30);
select tests.create_fixture();

insert into public.import_runs (id, created_by, file_name, format, encoding)
values ('e0000000-0000-4000-8000-000000000001', tests.id('staff'), 'orte.csv', 'csv', 'utf-8');

create temporary view runs with (security_invoker = true) as
  select id from public.import_runs where id = 'e0000000-0000-4000-8000-000000000001';
grant select on runs to anon, authenticated, service_role;

select tests.act_as('anon');
select tests.rls('import_runs', 'select', throws_ok($$select count(*) from public.import_runs$$, '42501', null, 'anon cannot read imports'));
select tests.rls('import_runs', 'insert', throws_ok($$insert into public.import_runs (file_name, format, encoding) values ('x.csv', 'csv', 'utf-8')$$, '42501', null, 'anon cannot import'));
select tests.rls('import_runs', 'update', throws_ok($$update public.import_runs set status = 'discarded'$$, '42501', null, 'anon cannot update'));
select tests.rls('import_runs', 'delete', throws_ok($$delete from public.import_runs$$, '42501', null, 'anon cannot delete'));

select tests.act_as('business_a');
select tests.rls('import_runs', 'select', is((select count(*) from runs), 0::bigint, 'business A sees no import'));
select tests.rls('import_runs', 'insert', throws_ok($$insert into public.import_runs (file_name, format, encoding) values ('x.csv', 'csv', 'utf-8')$$, '42501', null, 'business A cannot import'));
select tests.rls('import_runs', 'update', is(tests.affected($$update public.import_runs set status = 'discarded'$$), 0::bigint, 'business A updates nothing'));
select tests.rls('import_runs', 'delete', is(tests.affected($$delete from public.import_runs$$), 0::bigint, 'business A deletes nothing'));
select tests.act_as('business_b');
select tests.rls('import_runs', 'select', is((select count(*) from runs), 0::bigint, 'business B sees no import'));
select tests.rls('import_runs', 'insert', throws_ok($$insert into public.import_runs (file_name, format, encoding) values ('x.csv', 'csv', 'utf-8')$$, '42501', null, 'business B cannot import'));
select tests.rls('import_runs', 'update', is(tests.affected($$update public.import_runs set status = 'discarded'$$), 0::bigint, 'business B updates nothing'));
select tests.rls('import_runs', 'delete', is(tests.affected($$delete from public.import_runs$$), 0::bigint, 'business B deletes nothing'));
select tests.act_as('coach');
select tests.rls('import_runs', 'select', is((select count(*) from runs), 0::bigint, 'a coach sees no import'));
select tests.rls('import_runs', 'insert', throws_ok($$insert into public.import_runs (file_name, format, encoding) values ('x.csv', 'csv', 'utf-8')$$, '42501', null, 'a coach cannot import'));
select tests.rls('import_runs', 'update', is(tests.affected($$update public.import_runs set status = 'discarded'$$), 0::bigint, 'a coach updates nothing'));
select tests.rls('import_runs', 'delete', is(tests.affected($$delete from public.import_runs$$), 0::bigint, 'a coach deletes nothing'));

select tests.act_as('staff');
select tests.rls('import_runs', 'select', is((select count(*) from runs), 1::bigint, 'staff see imports'));
select tests.rls('import_runs', 'insert', lives_ok($$insert into public.import_runs (file_name, format, encoding) values ('neu.csv', 'csv', 'windows-1252')$$, 'staff import'));
select tests.rls('import_runs', 'select', is((select created_by from public.import_runs where file_name = 'neu.csv'), tests.id('staff'), '... as themselves'));
select tests.rls('import_runs', 'insert', throws_ok($$insert into public.import_runs (created_by, file_name, format, encoding) values (tests.id('coach'), 'x.csv', 'csv', 'utf-8')$$, '42501', null, 'staff cannot import in someone else''s name'));
select tests.rls('import_runs', 'update', is(tests.affected($$update public.import_runs set status = 'discarded' where id = 'e0000000-0000-4000-8000-000000000001'$$), 1::bigint, 'staff update an import'));
select tests.rls('import_runs', 'delete', is(tests.affected($$delete from public.import_runs where file_name = 'neu.csv'$$), 1::bigint, 'staff delete an import'));
select tests.rls('import_runs', 'insert', throws_ok($$insert into public.import_runs (file_name, format, encoding) values ('x.xlsx', 'xlsx', 'utf-8')$$, '23514', null, 'only csv, geojson and hsds'));
select tests.rls('import_runs', 'update', throws_ok($$update public.import_runs set status = 'done'$$, '23514', null, 'only known states'));
-- The places of an import: staff may write any place (010), a business only its own.
select tests.rls('places', 'insert', lives_ok($$insert into public.places (kind, title, location, status) values ('public_space', 'Importierter Platz', st_point(10.05, 0.05, 4326)::geography, 'published')$$, 'staff write imported places, published'));
select tests.act_as('business_a');
select tests.rls('places', 'insert', throws_ok($$insert into public.places (kind, title, location, status) values ('public_space', 'Fremder Platz', st_point(10.05, 0.05, 4326)::geography, 'published')$$, '42501', null, 'a business cannot write places outside its organisation'));

select tests.act_as('service_role');
select tests.rls('import_runs', 'select', is((select count(*) from runs), 1::bigint, 'service_role sees imports'));
select tests.rls('import_runs', 'update', lives_ok($$update public.import_runs set status = 'previewed'$$, 'service_role updates'));
select tests.rls('import_runs', 'insert', lives_ok($$insert into public.import_runs (created_by, file_name, format, encoding) values (tests.id('staff'), 'job.csv', 'csv', 'utf-8')$$, 'service_role inserts'));
select tests.rls('import_runs', 'delete', lives_ok($$delete from public.import_runs where file_name = 'job.csv'$$, 'service_role deletes'));

select * from finish();
rollback;
