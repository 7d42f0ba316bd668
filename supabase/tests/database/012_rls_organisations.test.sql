-- RLS on organisations: a public directory; business users register theirs and become owner.
begin;
select plan(24);
select tests.create_fixture();

-- select ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('organisations', 'select', is(tests.visible('organisations'), array['org_a', 'org_b'], 'anon sees every organisation'));
select tests.act_as('business_a');
select tests.rls('organisations', 'select', is(tests.visible('organisations'), array['org_a', 'org_b'], 'business A sees every organisation'));
select tests.act_as('coach');
select tests.rls('organisations', 'select', is(tests.visible('organisations'), array['org_a', 'org_b'], 'a coach sees every organisation'));
select tests.act_as('staff');
select tests.rls('organisations', 'select', is(tests.visible('organisations'), array['org_a', 'org_b'], 'staff see every organisation'));

-- insert ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('organisations', 'insert', throws_ok($$insert into public.organisations (name) values ('Anonyme GmbH')$$, '42501', null,
  'anon cannot insert organisations'));

select tests.act_as('coach');
select tests.rls('organisations', 'insert', throws_ok($$insert into public.organisations (name) values ('Coach GmbH')$$, '42501', null,
  'a coach cannot insert organisations'));

select tests.act_as('business_a');
select tests.rls('organisations', 'insert', throws_ok(
  $$insert into public.organisations (name, created_by) values ('Untergeschoben GmbH', tests.id('business_b'))$$,
  '42501', null, 'a business user cannot register an organisation in someone else''s name'));

select tests.act_as('business_new');
select lives_ok($$insert into public.organisations (name) values ('Neue Werkstatt')$$,
  'a business user registers an organisation');
select is(
  (select array_agg(m.member_role) from public.organisation_members m
   join public.organisations o on o.id = m.organisation_id
   where o.name = 'Neue Werkstatt' and m.user_id = tests.id('business_new')),
  array['owner'], '... and becomes its owner');
select is(tests.affected($$update public.organisations set description = 'Wir reparieren Fahrräder.' where name = 'Neue Werkstatt'$$),
  1::bigint, '... and may edit it');

select tests.act_as('staff');
select tests.rls('organisations', 'insert', lives_ok($$insert into public.organisations (name, kind) values ('Quartiersbüro', 'project')$$,
  'staff insert organisations'));
select tests.reset_role();
select is(
  (select count(*) from public.organisation_members m join public.organisations o on o.id = m.organisation_id
   where o.name = 'Quartiersbüro'),
  0::bigint, '... without becoming a member');

-- update ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('organisations', 'update', throws_ok($$update public.organisations set name = 'Anonym'$$, '42501', null, 'anon cannot update organisations'));

select tests.act_as('business_a');
select tests.rls('organisations', 'update', is(tests.affected($$update public.organisations set website = 'https://sonnenschein.example.test' where id = tests.id('org_a')$$),
  1::bigint, 'business A updates its organisation'));
select tests.rls('organisations', 'update', is(tests.affected($$update public.organisations set name = 'Übernommen' where id = tests.id('org_b')$$),
  0::bigint, 'business A cannot update org B'));

select tests.act_as('business_a2');
select is(tests.affected($$update public.organisations set contact_phone = '0521 000000' where id = tests.id('org_a')$$),
  1::bigint, 'a plain member updates its organisation');

select tests.act_as('coach');
select tests.rls('organisations', 'update', is(tests.affected($$update public.organisations set name = 'Coach war hier' where true$$), 0::bigint,
  'a coach updates no organisation'));

select tests.act_as('staff');
select tests.rls('organisations', 'update', is(tests.affected($$update public.organisations set name = 'Logistik Weber GmbH' where id = tests.id('org_b')$$),
  1::bigint, 'staff update any organisation'));

-- delete ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('organisations', 'delete', throws_ok($$delete from public.organisations$$, '42501', null, 'anon cannot delete organisations'));

select tests.act_as('business_a');
select tests.rls('organisations', 'delete', is(tests.affected($$delete from public.organisations where id = tests.id('org_a')$$), 0::bigint,
  'business A cannot delete even its own organisation'));
select tests.rls('organisations', 'delete', is(tests.affected($$delete from public.organisations where id = tests.id('org_b')$$), 0::bigint,
  'business A cannot delete org B'));

select tests.act_as('coach');
select tests.rls('organisations', 'delete', is(tests.affected($$delete from public.organisations where true$$), 0::bigint, 'a coach deletes no organisation'));

select tests.act_as('staff');
select tests.rls('organisations', 'delete', is(tests.affected($$delete from public.organisations where id = tests.id('org_b')$$), 1::bigint,
  'staff delete an organisation'));
select tests.reset_role();
select ok(not tests.row_exists('places', tests.id('b_pub')), '... and its places go with it');

select * from finish();
rollback;
