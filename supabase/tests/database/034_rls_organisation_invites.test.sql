-- RLS on organisation_invites: owners invite, members see, the invitee joins by accepting; staff all.
begin;
select plan(28);
select tests.create_fixture();
select tests.create_business_fixture();

select tests.act_as('anon');
select throws_ok($$select count(*) from public.organisation_invites$$, '42501', null, 'anon cannot read invitations');
select tests.act_as('business_a');
select is(tests.visible_bids('organisation_invites', array['inv_a', 'inv_b']), array['inv_a'], 'business A sees its organisation''s invitations');
select tests.act_as('business_a2');
select is(tests.visible_bids('organisation_invites', array['inv_a', 'inv_b']), array['inv_a'], 'a plain member sees them too');
select tests.act_as('business_b');
select is(tests.visible_bids('organisation_invites', array['inv_a', 'inv_b']), array['inv_b'], 'business B sees only its own');
select tests.act_as('coach');
select is(tests.visible_bids('organisation_invites', array['inv_a', 'inv_b']), '{}'::text[], 'a coach sees none');
select tests.act_as('staff');
select is(tests.visible_bids('organisation_invites', array['inv_a', 'inv_b']), array['inv_a', 'inv_b'], 'staff see all');
select tests.act_as('business_new');
select is(tests.visible_bids('organisation_invites', array['inv_a', 'inv_b']), array['inv_a'], 'the invitee sees the invitation to their address');

-- insert
select tests.act_as('anon');
select tests.rls('organisation_invites', 'insert', throws_ok($$insert into public.organisation_invites (organisation_id, email, invited_by) values (tests.id('org_a'), 'x@example.test', tests.id('business_a'))$$, '42501', null, 'anon cannot invite'));
select tests.act_as('business_a');
select tests.rls('organisation_invites', 'insert', lives_ok($$insert into public.organisation_invites (organisation_id, email) values (tests.id('org_a'), 'neu@example.test')$$, 'the owner invites a colleague'));
select tests.rls('organisation_invites', 'insert', throws_ok($$insert into public.organisation_invites (organisation_id, email) values (tests.id('org_b'), 'spion@example.test')$$, '42501', null, 'business A cannot invite into org B'));
select tests.rls('organisation_invites', 'insert', throws_ok($$insert into public.organisation_invites (organisation_id, email) values (tests.id('org_a'), 'Gross@Example.test')$$, '23514', null, 'addresses are stored lower-case only'));
select tests.act_as('business_a2');
select throws_ok($$insert into public.organisation_invites (organisation_id, email) values (tests.id('org_a'), 'x@example.test')$$, '42501', null, 'a plain member cannot invite');
select tests.act_as('business_b');
select tests.rls('organisation_invites', 'insert', throws_ok($$insert into public.organisation_invites (organisation_id, email) values (tests.id('org_a'), 'x@example.test')$$, '42501', null, 'business B cannot invite into org A'));
select tests.act_as('coach');
select tests.rls('organisation_invites', 'insert', throws_ok($$insert into public.organisation_invites (organisation_id, email) values (tests.id('org_a'), 'x@example.test')$$, '42501', null, 'a coach cannot invite'));
select tests.act_as('staff');
select tests.rls('organisation_invites', 'insert', lives_ok($$insert into public.organisation_invites (organisation_id, email) values (tests.id('org_b'), 'hilfe@example.test')$$, 'staff invite into any organisation'));

-- update: never (accepting goes through accept_organisation_invites)
select tests.act_as('business_a');
select tests.rls('organisation_invites', 'update', throws_ok($$update public.organisation_invites set accepted_at = now()$$, '42501', null, 'business A cannot update'));
select tests.act_as('business_b');
select tests.rls('organisation_invites', 'update', throws_ok($$update public.organisation_invites set email = 'ich@example.test'$$, '42501', null, 'business B cannot redirect an invitation'));
select tests.act_as('coach');
select tests.rls('organisation_invites', 'update', throws_ok($$update public.organisation_invites set accepted_at = now()$$, '42501', null, 'a coach cannot update'));
select tests.act_as('staff');
select tests.rls('organisation_invites', 'update', throws_ok($$update public.organisation_invites set accepted_at = now()$$, '42501', null, 'staff cannot update'));
select tests.act_as('anon');
select tests.rls('organisation_invites', 'update', throws_ok($$update public.organisation_invites set accepted_at = now()$$, '42501', null, 'anon cannot update'));

-- accept: the invitee joins org A and nothing else
select tests.act_as('business_new');
select is(private.accept_organisation_invites(), 1, 'the invitee accepts one invitation');
select ok(private.is_member_of(tests.id('org_a')) and not private.is_member_of(tests.id('org_b')), '... and is a member of org A only');
select tests.act_as('business_b');
select tests.rls('organisation_invites', 'update', is(private.accept_organisation_invites(), 0, 'nobody else can accept it'));

-- delete
select tests.act_as('anon');
select tests.rls('organisation_invites', 'delete', throws_ok($$delete from public.organisation_invites$$, '42501', null, 'anon cannot delete'));
select tests.act_as('business_b');
select tests.rls('organisation_invites', 'delete', is(tests.affected($$delete from public.organisation_invites where organisation_id = tests.id('org_a')$$), 0::bigint, 'business B cannot withdraw A''s invitations'));
select tests.act_as('coach');
select tests.rls('organisation_invites', 'delete', is(tests.affected($$delete from public.organisation_invites where true$$), 0::bigint, 'a coach deletes nothing'));
select tests.act_as('business_a');
select tests.rls('organisation_invites', 'delete', is(tests.affected($$delete from public.organisation_invites where email = 'neu@example.test'$$), 1::bigint, 'the owner withdraws an invitation'));
select tests.act_as('staff');
select tests.rls('organisation_invites', 'delete', is(tests.affected($$delete from public.organisation_invites where id = tests.bid('inv_b')$$), 1::bigint, 'staff delete any invitation'));

select * from finish();
rollback;
