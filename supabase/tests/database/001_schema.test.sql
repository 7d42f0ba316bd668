-- Schema-level guarantees: RLS is on everywhere, anon holds no write privilege, no write policy
-- reaches anon, and the privileged helpers sit in schema private, out of anon's reach.
begin;
select plan(19);

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

-- Privileged helpers (Supabase's database linter: security definer functions callable by anon).
select is_empty(
  $$select n.nspname || '.' || p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.prosecdef$$,
  'no SECURITY DEFINER function in public (the API schema): they live in private'
);
-- Wider than the API schema: any SECURITY DEFINER function anon could reach at all (a schema it
-- may use, EXECUTE held directly or through PUBLIC), apart from extensions' own functions and this
-- suite's helpers in schema `tests` (installed by 000_setup, never on a production database).
select is_empty(
  $$select n.nspname || '.' || p.oid::regprocedure::text from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace
    where p.prosecdef and n.nspname <> 'tests'
      and has_schema_privilege('anon', n.oid, 'usage')
      and has_function_privilege('anon', p.oid, 'execute')
      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                      and d.objid = p.oid and d.deptype = 'e')$$,
  'anon can execute no SECURITY DEFINER function in any schema it can use'
);
select is_definer('private', 'is_member_of', array['uuid'], 'is_member_of is security definer (reads members past RLS)');
select is_definer('private', 'can_edit_place', array['uuid'], 'can_edit_place is security definer');
select ok(not has_schema_privilege('anon', 'private', 'usage'), 'anon has no usage of schema private');
select is_empty(
  $$select p.oid::regprocedure::text from pg_proc p
    where p.pronamespace = 'private'::regnamespace
      and (has_function_privilege('anon', p.oid, 'execute')
           or exists (select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                      where a.grantee = 0))$$,
  'no private function is executable by anon or PUBLIC'
);
select is(
  array(select p.proname::text from pg_proc p
        where p.pronamespace = 'private'::regnamespace
          and has_function_privilege('authenticated', p.oid, 'execute') order by 1),
  array['accept_organisation_invites', 'business_entry_kind', 'can_edit_place', 'confirm_place', 'decide_organisation_change',
        'freshness_interval', 'has_role', 'held_back',
        'is_business', 'is_coach', 'is_member_of', 'is_org_owner', 'is_staff', 'my_organisation_ids',
        'my_profile_role', 'organisation_public_columns', 'place_changes_since_approval',
        'propose_media', 'propose_organisation_change', 'record_new_organisation', 'renew_place',
        'staff_renew_place', 'unpublish_place'],
  'authenticated executes only the private helpers its policies and the server call (no trigger function)'
);
select is_empty(
  $$select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname in ('public', 'private') and p.prosecdef
      and not exists (select 1 from unnest(p.proconfig) c where c like 'search_path=%')$$,
  'every security definer function pins its search_path'
);

-- anon really cannot call them (the API roles reach private only through the policies).
select tests.act_as('anon');
select throws_ok($$select private.is_staff()$$, '42501', null, 'anon cannot execute private.is_staff()');
select throws_ok($$select private.is_member_of(gen_random_uuid())$$, '42501', null, 'anon cannot execute private.is_member_of()');
select throws_ok($$select private.accept_organisation_invites()$$, '42501', null, 'anon cannot execute private.accept_organisation_invites()');
select tests.reset_role();

-- The helpers read the claims the way Supabase sets them.
select set_config('request.jwt.claims',
  '{"sub":"a0000000-0000-4000-8000-00000000ffff","role":"authenticated","app_metadata":{"roles":["coach","staff"]}}', true);
select ok(private.is_coach() and private.is_staff() and not private.has_role('business'),
  'has_role reads app_metadata.roles from the JWT claims');
select set_config('request.jwt.claims', '{"role":"anon"}', true);
select ok(not private.is_staff() and not private.is_coach() and not private.has_role('business'),
  'has_role is false without app_metadata');

select * from finish();
rollback;
