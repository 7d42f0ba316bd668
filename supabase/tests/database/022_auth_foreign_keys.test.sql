-- Profiles and memberships belong to an account of auth.users (20261201200617_auth_user_foreign_keys.sql):
-- no row for an account that does not exist, and a deleted account takes its rows with it.
begin;
select plan(8);
select tests.create_fixture();

select fk_ok('public', 'profiles', 'id', 'auth', 'users', 'id', 'profiles.id references auth.users');
select fk_ok('public', 'organisation_members', 'user_id', 'auth', 'users', 'id',
  'organisation_members.user_id references auth.users');
select is(
  (select array_agg(c.conname::text || ':' || c.confdeltype::text order by c.conname) from pg_constraint c
   where c.confrelid = 'auth.users'::regclass and c.conrelid in ('public.profiles'::regclass, 'public.organisation_members'::regclass)),
  array['organisation_members_user_id_fkey:c', 'profiles_id_fkey:c'],
  'both cascade when the account is deleted');

select tests.act_as('staff');
select throws_ok(
  $$insert into public.profiles (id, display_name, role) values ('a0000000-0000-4000-8000-00000000dead', 'Niemand', 'coach')$$,
  '23503', null, 'staff cannot create a profile for an account that does not exist');
select throws_ok(
  $$insert into public.organisation_members (organisation_id, user_id) values (tests.id('org_a'), 'a0000000-0000-4000-8000-00000000dead')$$,
  '23503', null, 'nor a membership');

-- The account of business A's second member is deleted (Supabase: dashboard or admin API).
select tests.reset_role();
delete from auth.users where id = tests.id('business_a2');
select is((select count(*) from public.profiles where id = tests.id('business_a2')), 0::bigint,
  'the deleted account''s profile is gone');
select is((select count(*) from public.organisation_members where user_id = tests.id('business_a2')), 0::bigint,
  'its membership is gone');
select is((select count(*) from public.organisation_members where organisation_id = tests.id('org_a')), 1::bigint,
  'the organisation and its other member stay');

select * from finish();
rollback;
