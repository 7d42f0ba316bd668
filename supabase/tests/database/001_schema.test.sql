-- Schema-level guarantees: RLS is on everywhere, anon holds no write privilege, no write policy
-- reaches anon, and the helper functions exist with the right security.
begin;
select plan(14);

select is_empty(
  $$select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity
      and c.relname <> 'spatial_ref_sys'$$,
  'row level security is enabled on every table in public'
);

select is_empty(
  $$select table_name, privilege_type from information_schema.role_table_grants
    where grantee = 'anon' and table_schema = 'public' and privilege_type <> 'SELECT'
      and table_name <> 'spatial_ref_sys'$$,
  'anon holds no write privilege on any table in public'
);

select is_empty(
  $$select table_name from information_schema.role_table_grants
    where grantee = 'anon' and table_schema = 'public'
      and table_name in ('organisation_members', 'profiles', 'shortlists')$$,
  'anon holds no privilege on members, profiles and shortlists'
);

select is_empty(
  $$select tablename, policyname from pg_policies
    where schemaname = 'public' and cmd <> 'SELECT'
      and (roles && array['anon', 'public']::name[])$$,
  'no insert/update/delete policy applies to anon or public'
);

select is_empty(
  $$select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'spatial_ref_sys'
      and not exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname)$$,
  'every table in public has policies'
);

select policies_are('public', 'places', array[
  'places_select_published', 'places_select_business_own', 'places_select_staff',
  'places_insert_business_own', 'places_insert_staff',
  'places_update_business_own', 'places_update_staff',
  'places_delete_business_own_draft', 'places_delete_staff'
], 'places has exactly the expected policies');

select is_definer('public', 'has_role', array['text'], 'has_role is security definer');
select is_definer('public', 'is_staff', array[]::text[], 'is_staff is security definer');
select is_definer('public', 'is_coach', array[]::text[], 'is_coach is security definer');
select is_definer('public', 'is_member_of', array['uuid'], 'is_member_of is security definer');
select is_definer('public', 'can_edit_place', array['uuid'], 'can_edit_place is security definer');

select is_empty(
  $$select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.prosecdef
      and not exists (select 1 from unnest(p.proconfig) c where c like 'search_path=%')$$,
  'every security definer function in public pins its search_path'
);

-- The helpers read the claims the way Supabase sets them.
select set_config('request.jwt.claims',
  '{"sub":"a0000000-0000-4000-8000-00000000ffff","role":"authenticated","app_metadata":{"roles":["coach","staff"]}}', true);
select ok(public.is_coach() and public.is_staff() and not public.has_role('business'),
  'has_role reads app_metadata.roles from the JWT claims');
select set_config('request.jwt.claims', '{"role":"anon"}', true);
select ok(not public.is_staff() and not public.is_coach() and not public.has_role('business'),
  'has_role is false without app_metadata');

select * from finish();
rollback;
