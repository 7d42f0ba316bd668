-- RLS on profiles: own row; the role cannot be changed by its owner; staff manage all.
begin;
select plan(20);
select tests.create_fixture();

-- select ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('profiles', 'select', throws_ok($$select * from public.profiles$$, '42501', null, 'anon cannot read profiles'));
select tests.act_as('business_a');
select tests.rls('profiles', 'select', is(tests.visible('profiles'), array['business_a'], 'business A sees only its own profile'));
select tests.act_as('business_b');
select tests.rls('profiles', 'select', is(tests.visible('profiles'), array['business_b'], 'business B sees only its own profile'));
select tests.act_as('coach');
select tests.rls('profiles', 'select', is(tests.visible('profiles'), array['coach'], 'a coach sees only its own profile'));
select tests.act_as('staff');
select tests.rls('profiles', 'select', is(tests.visible('profiles'), array['business_a', 'business_a2', 'business_b', 'coach', 'coach2', 'staff'],
  'staff see all profiles'));

-- insert ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('profiles', 'insert', throws_ok($$insert into public.profiles (id, role) values (gen_random_uuid(), 'business')$$, '42501', null,
  'anon cannot insert profiles'));

select tests.act_as('business_new');
select throws_ok($$insert into public.profiles (id, role) values (tests.id('business_new'), 'staff')$$, '42501', null,
  'a new user cannot give itself the staff role');
select throws_ok($$insert into public.profiles (id, role) values (tests.id('business_new'), 'coach')$$, '42501', null,
  'a new user cannot give itself the coach role');
select throws_ok($$insert into public.profiles (id, role) values (gen_random_uuid(), 'business')$$, '42501', null,
  'a user cannot create someone else''s profile');
select lives_ok($$insert into public.profiles (id, display_name, role) values (tests.id('business_new'), 'Neu', 'business')$$,
  'a new user creates its own business profile');

-- A profile belongs to an account of auth.users (20261201200617_auth_user_foreign_keys.sql).
select tests.reset_role();
insert into auth.users (id, email) values ('a0000000-0000-4000-8000-0000000000c9', 'neuer.coach@example.test');
select tests.act_as('staff');
select tests.rls('profiles', 'insert', lives_ok($$insert into public.profiles (id, display_name, role) values ('a0000000-0000-4000-8000-0000000000c9', 'Neuer Coach', 'coach')$$,
  'staff create a coach profile'));

-- update ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('profiles', 'update', throws_ok($$update public.profiles set display_name = 'Anonym'$$, '42501', null, 'anon cannot update profiles'));

select tests.act_as('business_a');
select tests.rls('profiles', 'update', is(tests.affected($$update public.profiles set display_name = 'Anna Sonnenschein' where id = tests.id('business_a')$$),
  1::bigint, 'business A updates its display name'));
select tests.rls('profiles', 'update', throws_ok($$update public.profiles set role = 'staff' where id = tests.id('business_a')$$, '42501', null,
  'business A cannot change its own role'));
select tests.rls('profiles', 'update', is(tests.affected($$update public.profiles set display_name = 'Übernommen' where id = tests.id('business_b')$$),
  0::bigint, 'business A cannot update B''s profile'));

select tests.act_as('coach');
select tests.rls('profiles', 'update', throws_ok($$update public.profiles set role = 'staff' where id = tests.id('coach')$$, '42501', null,
  'a coach cannot promote itself to staff'));

select tests.act_as('staff');
select tests.rls('profiles', 'update', is(tests.affected($$update public.profiles set role = 'coach' where id = tests.id('business_a2')$$),
  1::bigint, 'staff change anybody''s role'));

-- delete ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('profiles', 'delete', throws_ok($$delete from public.profiles$$, '42501', null, 'anon cannot delete profiles'));

select tests.act_as('business_a');
select tests.rls('profiles', 'delete', is(tests.affected($$delete from public.profiles where true$$), 0::bigint, 'business A deletes no profile, not even its own'));

select tests.act_as('staff');
select tests.rls('profiles', 'delete', is(tests.affected($$delete from public.profiles where id = tests.id('coach2')$$), 1::bigint, 'staff delete profiles'));

select * from finish();
rollback;
