-- RLS on moderation_events: staff see and decide everything; a business sees its own entries'
-- history and may only record its own submissions and withdrawals; append-only for everybody.
begin;
select plan(28);
select tests.create_fixture();
select tests.create_business_fixture();

-- select ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('moderation_events', 'select', throws_ok($$select count(*) from public.moderation_events$$, '42501', null,
  'anon cannot read moderation events'));
select tests.act_as('business_a');
select tests.rls('moderation_events', 'select', is(tests.visible_bids('moderation_events', array['ev_a_pending', 'ev_a_pub', 'ev_b_pending', 'ev_b_draft']),
  array['ev_a_pending', 'ev_a_pub'], 'business A sees only its own entries'' history'));
select tests.act_as('business_b');
select tests.rls('moderation_events', 'select', is(tests.visible_bids('moderation_events', array['ev_a_pending', 'ev_a_pub', 'ev_b_pending', 'ev_b_draft']),
  array['ev_b_draft', 'ev_b_pending'], 'business B sees only its own, including the staff comment'));
select tests.act_as('coach');
select tests.rls('moderation_events', 'select', is(tests.visible_bids('moderation_events', array['ev_a_pending', 'ev_a_pub', 'ev_b_pending', 'ev_b_draft']),
  '{}'::text[], 'a coach sees no moderation events'));
select tests.act_as('staff');
select tests.rls('moderation_events', 'select', is(tests.visible_bids('moderation_events', array['ev_a_pending', 'ev_a_pub', 'ev_b_pending', 'ev_b_draft']),
  array['ev_a_pending', 'ev_a_pub', 'ev_b_draft', 'ev_b_pending'], 'staff see every moderation event'));

-- insert ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('moderation_events', 'insert', throws_ok($$insert into public.moderation_events (place_id, decision, actor) values (tests.id('a_draft'), 'submitted', tests.id('business_a'))$$,
  '42501', null, 'anon cannot insert'));
select tests.act_as('business_a');
select tests.rls('moderation_events', 'insert', lives_ok($$insert into public.moderation_events (place_id, decision) values (tests.id('a_draft'), 'submitted')$$,
  'business A records a submission of its own entry'));
select tests.rls('moderation_events', 'insert', throws_ok($$insert into public.moderation_events (place_id, decision) values (tests.id('a_draft'), 'approved')$$,
  '42501', null, 'business A cannot record an approval'));
select tests.rls('moderation_events', 'insert', throws_ok($$insert into public.moderation_events (place_id, decision) values (tests.id('b_draft'), 'submitted')$$,
  '42501', null, 'business A cannot write into B''s history'));
select tests.rls('moderation_events', 'insert', throws_ok($$insert into public.moderation_events (place_id, decision, actor) values (tests.id('a_draft'), 'withdrawn', tests.id('business_a2'))$$,
  '42501', null, 'business A cannot act in a colleague''s name'));
select tests.act_as('business_b');
select tests.rls('moderation_events', 'insert', throws_ok($$insert into public.moderation_events (place_id, decision) values (tests.id('a_pending'), 'withdrawn')$$,
  '42501', null, 'business B cannot withdraw A''s entry in the history'));
select tests.act_as('coach');
select tests.rls('moderation_events', 'insert', throws_ok($$insert into public.moderation_events (place_id, decision) values (tests.id('a_pending'), 'approved')$$,
  '42501', null, 'a coach cannot moderate'));
select tests.act_as('staff');
select tests.rls('moderation_events', 'insert', lives_ok($$insert into public.moderation_events (place_id, decision, comment) values (tests.id('a_pending'), 'returned', 'Bitte Arbeitszeit angeben.')$$,
  'staff record a decision with a comment'));

-- update / delete: append-only (no grant) --------------------------------------------------------
select tests.act_as('anon');
select tests.rls('moderation_events', 'update', throws_ok($$update public.moderation_events set comment = 'x'$$, '42501', null, 'anon cannot update'));
select tests.rls('moderation_events', 'delete', throws_ok($$delete from public.moderation_events$$, '42501', null, 'anon cannot delete'));
select tests.act_as('business_a');
select tests.rls('moderation_events', 'update', throws_ok($$update public.moderation_events set comment = 'geschönt' where place_id = tests.id('a_pub')$$, '42501', null,
  'business A cannot rewrite its history'));
select tests.rls('moderation_events', 'delete', throws_ok($$delete from public.moderation_events where place_id = tests.id('a_pub')$$, '42501', null,
  'business A cannot delete its history'));
select tests.act_as('business_b');
select tests.rls('moderation_events', 'update', throws_ok($$update public.moderation_events set comment = 'x'$$, '42501', null, 'business B cannot update'));
select tests.rls('moderation_events', 'delete', throws_ok($$delete from public.moderation_events$$, '42501', null, 'business B cannot delete'));
select tests.act_as('coach');
select tests.rls('moderation_events', 'update', throws_ok($$update public.moderation_events set comment = 'x'$$, '42501', null, 'a coach cannot update'));
select tests.rls('moderation_events', 'delete', throws_ok($$delete from public.moderation_events$$, '42501', null, 'a coach cannot delete'));
select tests.act_as('staff');
select tests.rls('moderation_events', 'update', throws_ok($$update public.moderation_events set comment = 'x'$$, '42501', null, 'staff cannot rewrite history either'));
select tests.rls('moderation_events', 'delete', throws_ok($$delete from public.moderation_events$$, '42501', null, 'staff cannot delete history'));

-- The publishing rule behind it: only staff publish ---------------------------------------------
select tests.act_as('business_a');
select tests.rls('places', 'update', throws_ok($$update public.places set status = 'published' where id = tests.id('a_pending')$$, '42501', null,
  'business A cannot publish its own pending entry'));
select tests.act_as('coach');
select tests.rls('places', 'update', is(tests.affected($$update public.places set status = 'published' where id = tests.id('a_pending')$$), 0::bigint,
  'a coach cannot publish'));
select tests.act_as('anon');
select tests.rls('moderation_events', 'select', ok(not ('a_pending' = any (tests.visible_places())), 'pending entries are invisible to anon'));
select tests.act_as('staff');
select tests.rls('places', 'update', is(tests.affected($$update public.places set status = 'published' where id = tests.id('a_pending')$$), 1::bigint,
  'staff publish under their own claims'));
select tests.act_as('anon');
select tests.rls('moderation_events', 'select', ok('a_pending' = any (tests.visible_places()), '... and then anon sees it'));

select * from finish();
rollback;
