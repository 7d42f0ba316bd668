-- The RLS matrix, checked last: every table of the API schemas (read from the catalog when
-- 000_setup.test.sql ran) × anon, business A, business B, coach, staff × select, insert, update,
-- delete needs a passing assertion recorded through tests.rls() by the files before this one. A
-- new table without its 20 cells fails here, with the missing cells listed. Run in a full run only
-- (scripts/pgtap-pg.sh and scripts/pgtap-embedded.ts skip it when given single files).
begin;
select plan(3);

select set_eq(
  $$select table_schema, table_name from tests.api_tables()$$,
  $$select distinct table_schema, table_name from tests.rls_cells$$,
  'the registry holds every table of the API schemas (a table made after the setup ran is missing)'
);

select is_empty(
  $$select format('%s.%s:%s:%s', c.table_schema, c.table_name, c.actor, c.op) from tests.rls_cells c
    where format('%s.%s:%s:%s', c.table_schema, c.table_name, c.actor, c.op)
          not in (select tests.rls_covered())
    order by 1$$,
  'every RLS matrix cell (table × anon, business A, business B, coach, staff × select, insert, update, delete) has a passing assertion'
);

select cmp_ok(
  (select count(*) from tests.rls_covered()), '>=', (select count(*) from tests.rls_cells),
  format('%s of %s RLS matrix cells covered', (select count(*) from tests.rls_covered()),
         (select count(*) from tests.rls_cells))
);

select * from finish();
rollback;
