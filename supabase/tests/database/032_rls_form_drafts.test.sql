-- RLS on form_drafts: private to the user who typed them, whatever the role; staff included.
begin;
select plan(24);
select tests.create_fixture();
select tests.create_business_fixture();

create temporary view draft_owners with (security_invoker = true) as
  select tests.key(user_id) as owner from public.form_drafts where user_id in (
    tests.id('business_a'), tests.id('business_b'), tests.id('coach'), tests.id('staff'));
grant select on draft_owners to anon, authenticated;

-- select ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('form_drafts', 'select', throws_ok($$select count(*) from public.form_drafts$$, '42501', null, 'anon cannot read drafts'));
select tests.act_as('business_a');
select tests.rls('form_drafts', 'select', is((select array_agg(owner) from draft_owners), array['business_a'], 'business A reads only its own draft'));
select tests.act_as('business_b');
select tests.rls('form_drafts', 'select', is((select array_agg(owner) from draft_owners), array['business_b'], 'business B cannot read A''s draft'));
select tests.act_as('coach');
select tests.rls('form_drafts', 'select', is((select array_agg(owner) from draft_owners), array['coach'], 'a coach reads only their own'));
select tests.act_as('staff');
select tests.rls('form_drafts', 'select', is((select count(*) from draft_owners), 0::bigint, 'staff cannot read anybody''s drafts'));

-- insert ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('form_drafts', 'insert', throws_ok($$insert into public.form_drafts (user_id, form_key, data) values (tests.id('business_a'), 'x', '{}')$$,
  '42501', null, 'anon cannot insert'));
select tests.act_as('business_a');
select tests.rls('form_drafts', 'insert', lives_ok($$insert into public.form_drafts (form_key, data) values ('org:new', '{"name": "Bäckerei"}')$$,
  'business A saves a draft'));
select tests.rls('form_drafts', 'insert', throws_ok($$insert into public.form_drafts (user_id, form_key, data) values (tests.id('business_b'), 'x', '{}')$$,
  '42501', null, 'business A cannot plant a draft for B'));
select tests.rls('form_drafts', 'insert', throws_ok($$insert into public.form_drafts (form_key, data) values ('bad key!', '{}')$$,
  '23514', null, 'form keys are checked'));
select tests.rls('form_drafts', 'insert', throws_ok($$insert into public.form_drafts (form_key, data) values ('big', jsonb_build_object('t', repeat('x', 40000)))$$,
  '23514', null, 'oversize drafts are refused'));
select tests.act_as('business_b');
select tests.rls('form_drafts', 'insert', lives_ok($$insert into public.form_drafts (form_key, data) values ('entry:1', '{}')$$, 'business B saves its own'));
select tests.act_as('coach');
select tests.rls('form_drafts', 'insert', lives_ok($$insert into public.form_drafts (form_key, data) values ('entry:2', '{}')$$, 'a coach saves their own'));
select tests.act_as('staff');
select tests.rls('form_drafts', 'insert', throws_ok($$insert into public.form_drafts (user_id, form_key, data) values (tests.id('business_a'), 'y', '{}')$$,
  '42501', null, 'staff cannot write drafts for others'));

-- update ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('form_drafts', 'update', throws_ok($$update public.form_drafts set data = '{}'$$, '42501', null, 'anon cannot update'));
select tests.act_as('business_a');
select tests.rls('form_drafts', 'update', is(tests.affected($$update public.form_drafts set data = '{"title": "neu"}' where form_key = 'entry:new:vacancy:a'$$),
  1::bigint, 'business A updates its draft'));
select tests.rls('form_drafts', 'update', is(tests.affected($$update public.form_drafts set data = '{}' where user_id = tests.id('business_b')$$), 0::bigint,
  'business A cannot change B''s draft'));
select tests.act_as('business_b');
select tests.rls('form_drafts', 'update', is(tests.affected($$update public.form_drafts set data = '{}' where user_id = tests.id('business_a')$$), 0::bigint,
  'business B cannot change A''s draft'));
select tests.act_as('coach');
select tests.rls('form_drafts', 'update', is(tests.affected($$update public.form_drafts set data = '{}' where user_id <> tests.id('coach')$$), 0::bigint,
  'a coach changes no other draft'));
select tests.act_as('staff');
select tests.rls('form_drafts', 'update', is(tests.affected($$update public.form_drafts set data = '{}'$$), 0::bigint, 'staff change no drafts'));

-- delete ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('form_drafts', 'delete', throws_ok($$delete from public.form_drafts$$, '42501', null, 'anon cannot delete'));
select tests.act_as('business_b');
select tests.rls('form_drafts', 'delete', is(tests.affected($$delete from public.form_drafts where user_id = tests.id('business_a')$$), 0::bigint,
  'business B cannot delete A''s draft'));
select tests.act_as('coach');
select tests.rls('form_drafts', 'delete', is(tests.affected($$delete from public.form_drafts where user_id = tests.id('business_a')$$), 0::bigint,
  'a coach cannot delete A''s draft'));
select tests.act_as('staff');
select tests.rls('form_drafts', 'delete', is(tests.affected($$delete from public.form_drafts$$), 0::bigint, 'staff delete no drafts'));
select tests.act_as('business_a');
select tests.rls('form_drafts', 'delete', is(tests.affected($$delete from public.form_drafts where form_key = 'entry:new:vacancy:a'$$), 1::bigint,
  'business A deletes its own draft'));

select * from finish();
rollback;
