-- RLS on organisation_members: members see their colleagues; owners and staff manage members.
begin;
select plan(24);
select tests.create_fixture();

-- select ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('organisation_members', 'select', throws_ok($$select * from public.organisation_members$$, '42501', null, 'anon cannot read memberships'));

select tests.act_as('business_a');
select tests.rls('organisation_members', 'select', is(tests.visible('organisation_members'), array['org_a/business_a', 'org_a/business_a2'],
  'business A sees the members of org A only'));
select tests.act_as('business_a2');
select is(tests.visible('organisation_members'), array['org_a/business_a', 'org_a/business_a2'],
  'a plain member sees its colleagues');
select tests.act_as('business_b');
select tests.rls('organisation_members', 'select', is(tests.visible('organisation_members'), array['org_b/business_b'], 'business B sees the members of org B only'));
select tests.act_as('coach');
select tests.rls('organisation_members', 'select', is(tests.visible('organisation_members'), '{}'::text[], 'a coach sees no memberships'));
select tests.act_as('staff');
select tests.rls('organisation_members', 'select', is(tests.visible('organisation_members'), array['org_a/business_a', 'org_a/business_a2', 'org_b/business_b'],
  'staff see all memberships'));

-- insert ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('organisation_members', 'insert', throws_ok(
  $$insert into public.organisation_members (organisation_id, user_id) values (tests.id('org_a'), tests.id('business_new'))$$,
  '42501', null, 'anon cannot add members'));

select tests.act_as('business_a2');
select throws_ok(
  $$insert into public.organisation_members (organisation_id, user_id) values (tests.id('org_a'), tests.id('business_new'))$$,
  '42501', null, 'a plain member cannot add members');

select tests.act_as('business_b');
select tests.rls('organisation_members', 'insert', throws_ok(
  $$insert into public.organisation_members (organisation_id, user_id) values (tests.id('org_a'), tests.id('business_b'))$$,
  '42501', null, 'business B cannot join org A'));

select tests.act_as('coach');
select tests.rls('organisation_members', 'insert', throws_ok(
  $$insert into public.organisation_members (organisation_id, user_id) values (tests.id('org_a'), tests.id('coach'))$$,
  '42501', null, 'a coach cannot add members'));

select tests.act_as('business_a');
select tests.rls('organisation_members', 'insert', lives_ok(
  $$insert into public.organisation_members (organisation_id, user_id) values (tests.id('org_a'), tests.id('business_new'))$$,
  'the owner of org A adds a member'));
select tests.rls('organisation_members', 'insert', throws_ok(
  $$insert into public.organisation_members (organisation_id, user_id) values (tests.id('org_b'), tests.id('business_a'))$$,
  '42501', null, 'the owner of org A cannot add members to org B'));

select tests.act_as('business_new');
select ok('a_draft' = any(tests.visible('places')), 'the new member now sees org A''s drafts');

select tests.act_as('staff');
select tests.rls('organisation_members', 'insert', lives_ok(
  $$insert into public.organisation_members (organisation_id, user_id) values (tests.id('org_b'), tests.id('business_new'))$$,
  'staff add members to any organisation'));

-- update ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('organisation_members', 'update', throws_ok($$update public.organisation_members set member_role = 'owner'$$, '42501', null, 'anon cannot update memberships'));

select tests.act_as('business_a');
select tests.rls('organisation_members', 'update', is(tests.affected($$update public.organisation_members set member_role = 'owner' where user_id = tests.id('business_a2')$$),
  0::bigint, 'even an owner cannot update memberships'));

select tests.act_as('business_a2');
select is(tests.affected($$update public.organisation_members set member_role = 'owner' where user_id = tests.id('business_a2')$$),
  0::bigint, 'a member cannot promote itself');

select tests.act_as('staff');
select tests.rls('organisation_members', 'update', is(tests.affected($$update public.organisation_members set member_role = 'owner' where user_id = tests.id('business_a2')$$),
  1::bigint, 'staff change member roles'));

-- delete ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('organisation_members', 'delete', throws_ok($$delete from public.organisation_members$$, '42501', null, 'anon cannot delete memberships'));

select tests.act_as('business_b');
select tests.rls('organisation_members', 'delete', is(tests.affected($$delete from public.organisation_members where organisation_id = tests.id('org_a')$$),
  0::bigint, 'business B cannot remove members of org A'));

select tests.act_as('coach');
select tests.rls('organisation_members', 'delete', is(tests.affected($$delete from public.organisation_members where true$$), 0::bigint, 'a coach removes no member'));

select tests.act_as('business_a');
select tests.rls('organisation_members', 'delete', is(tests.affected($$delete from public.organisation_members where organisation_id = tests.id('org_a') and user_id = tests.id('business_new')$$),
  1::bigint, 'the owner removes a member'));

select tests.act_as('staff');
select tests.rls('organisation_members', 'delete', is(tests.affected($$delete from public.organisation_members where organisation_id = tests.id('org_b') and user_id = tests.id('business_b')$$),
  1::bigint, 'staff remove any member'));

select tests.act_as('business_b');
select tests.rls('places', 'delete', is(tests.visible('places'), array['a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service'],
  'a removed member no longer sees the organisation''s drafts'));

select * from finish();
rollback;
