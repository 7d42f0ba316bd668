-- RLS on places: who sees and changes which rows.
begin;
select plan(45);
select tests.create_fixture();

-- select ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('places', 'select', is(tests.visible('places'), array['a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service'],
  'anon sees only published, currently valid places (no draft, pending, expired or future)'));

select tests.act_as('business_a');
select tests.rls('places', 'select', is(tests.visible('places'),
  array['a_draft', 'a_expired', 'a_future', 'a_pending', 'a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service'],
  'business A sees all rows of org A plus the public ones, never B''s draft or pending'));

select tests.act_as('business_a2');
select is(tests.visible('places'),
  array['a_draft', 'a_expired', 'a_future', 'a_pending', 'a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service'],
  'a plain member of org A sees the same as its owner');

select tests.act_as('business_b');
select tests.rls('places', 'select', is(tests.visible('places'),
  array['a_pub', 'b_draft', 'b_pending', 'b_pub', 's_course', 's_event', 's_outside', 's_service'],
  'business B sees all rows of org B plus the public ones'));

select tests.act_as('business_new');
select is(tests.visible('places'), array['a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service'],
  'a business user without organisation sees what anon sees');

select tests.act_as('coach');
select tests.rls('places', 'select', is(tests.visible('places'), array['a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service'],
  'a coach sees what anon sees (no pending, no drafts, no expired)'));

select tests.act_as('staff');
select tests.rls('places', 'select', is(tests.visible('places'),
  array['a_draft', 'a_expired', 'a_future', 'a_pending', 'a_pub', 'b_draft', 'b_pending', 'b_pub', 's_course', 's_event', 's_outside', 's_service'],
  'staff see every place'));

select tests.act_as('service_role');
select is(cardinality(tests.visible('places')), 12, 'service_role sees every place');

-- insert ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('places', 'insert', throws_ok(
  $$insert into public.places (kind, title, location, status) values ('employer', 'Anonym', 'SRID=4326;POINT(10.05 0.07)', 'draft')$$,
  '42501', null, 'anon cannot insert places'));

select tests.act_as('business_a');
select tests.rls('places', 'insert', lives_ok(
  $$insert into public.places (kind, title, location, status, organisation_id)
    values ('vacancy', 'Neue Stelle als Draft', 'SRID=4326;POINT(10.05 0.07)', 'draft', tests.id('org_a'))$$,
  'business A inserts a draft for org A'));
select tests.rls('places', 'insert', lives_ok(
  $$insert into public.places (kind, title, location, status, organisation_id)
    values ('vacancy', 'Neue Stelle zur Prüfung', 'SRID=4326;POINT(10.05 0.07)', 'pending', tests.id('org_a'))$$,
  'business A submits a pending place for org A'));
select tests.rls('places', 'insert', throws_ok(
  $$insert into public.places (kind, title, location, status, organisation_id)
    values ('vacancy', 'Selbst veröffentlicht', 'SRID=4326;POINT(10.05 0.07)', 'published', tests.id('org_a'))$$,
  '42501', null, 'business A cannot insert a published place'));
select tests.rls('places', 'insert', throws_ok(
  $$insert into public.places (kind, title, location, status, organisation_id)
    values ('vacancy', 'Fremde Firma', 'SRID=4326;POINT(10.05 0.07)', 'draft', tests.id('org_b'))$$,
  '42501', null, 'business A cannot insert a place for org B'));
select tests.rls('places', 'insert', throws_ok(
  $$insert into public.places (kind, title, location, status)
    values ('public_space', 'Ohne Organisation', 'SRID=4326;POINT(10.05 0.07)', 'draft')$$,
  '42501', null, 'business A cannot insert a place without organisation'));
select tests.rls('places', 'insert', throws_ok(
  $$insert into public.places (kind, title, location, status, organisation_id, created_by)
    values ('vacancy', 'Falscher Autor', 'SRID=4326;POINT(10.05 0.07)', 'draft', tests.id('org_a'), tests.id('business_b'))$$,
  '42501', null, 'business A cannot insert a place in someone else''s name'));

select tests.act_as('business_new');
select throws_ok(
  $$insert into public.places (kind, title, location, status, organisation_id)
    values ('vacancy', 'Nicht Mitglied', 'SRID=4326;POINT(10.05 0.07)', 'draft', tests.id('org_a'))$$,
  '42501', null, 'a business user who is not a member cannot insert for org A');

select tests.act_as('coach');
select tests.rls('places', 'insert', throws_ok(
  $$insert into public.places (kind, title, location, status)
    values ('public_space', 'Coach Ort', 'SRID=4326;POINT(10.05 0.07)', 'draft')$$,
  '42501', null, 'a coach cannot insert places'));

select tests.act_as('staff');
select tests.rls('places', 'insert', lives_ok(
  $$insert into public.places (kind, title, location, status)
    values ('public_space', 'Neuer Platz von Staff', 'SRID=4326;POINT(10.05 0.07)', 'published')$$,
  'staff insert a published place'));

-- update ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('places', 'update', throws_ok($$update public.places set title = 'Anonym geändert' where id = tests.id('a_pub')$$,
  '42501', null, 'anon cannot update places'));

select tests.act_as('business_a');
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Backstubenhilfe (Entwurf 2)' where id = tests.id('a_draft')$$),
  1::bigint, 'business A updates its draft'));
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Verkäuferin (m/w/d) in unserer Bäckerei' where id = tests.id('a_pub')$$),
  1::bigint, 'business A updates its published place'));
select tests.rls('places', 'update', is(tests.place_status('a_pub'), 'pending', '... which goes back to pending for moderation'));
select tests.rls('places', 'update', throws_ok($$update public.places set status = 'published' where id = tests.id('a_draft')$$,
  '42501', null, 'business A cannot publish its draft'));
select tests.rls('places', 'update', throws_ok($$update public.places set organisation_id = tests.id('org_b') where id = tests.id('a_draft')$$,
  '42501', null, 'business A cannot move a place to org B'));
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Übernommen' where id = tests.id('b_pub')$$),
  0::bigint, 'business A cannot update B''s published place'));
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Übernommen' where id = tests.id('b_draft')$$),
  0::bigint, 'business A cannot update B''s draft'));
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Übernommen' where id = tests.id('s_service')$$),
  0::bigint, 'business A cannot update a place without organisation'));

select tests.act_as('business_a2');
select is(tests.affected($$update public.places set description = 'Geändert von A2' where id = tests.id('a_pending')$$),
  1::bigint, 'a plain member of org A updates org A''s places');

select tests.act_as('business_b');
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Übernommen' where id = tests.id('a_draft')$$),
  0::bigint, 'business B cannot update A''s draft'));

select tests.act_as('coach');
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Coach war hier' where true$$),
  0::bigint, 'a coach updates no place'));

select tests.act_as('staff');
select tests.rls('places', 'update', is(tests.affected($$update public.places set status = 'published' where id = tests.id('a_pending')$$),
  1::bigint, 'staff publish a pending place'));
select tests.rls('places', 'update', is(tests.place_status('a_pending'), 'published', '... and it is published'));
select tests.rls('places', 'update', is(tests.affected($$update public.places set title = 'Lagerhelfer (m/w/d)' where id = tests.id('b_pub')$$),
  1::bigint, 'staff edit any published place'));
select tests.rls('places', 'update', is(tests.place_status('b_pub'), 'published', '... which stays published'));

-- delete ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('places', 'delete', throws_ok($$delete from public.places where id = tests.id('a_draft')$$,
  '42501', null, 'anon cannot delete places'));

select tests.act_as('business_b');
select tests.rls('places', 'delete', is(tests.affected($$delete from public.places where id = tests.id('a_draft')$$),
  0::bigint, 'business B cannot delete A''s draft'));

select tests.act_as('business_a');
select tests.rls('places', 'delete', is(tests.affected($$delete from public.places where id = tests.id('a_expired')$$),
  0::bigint, 'business A cannot delete its non-draft place'));
select tests.rls('places', 'delete', is(tests.affected($$delete from public.places where id = tests.id('b_draft')$$),
  0::bigint, 'business A cannot delete B''s draft'));
select tests.rls('places', 'delete', is(tests.affected($$delete from public.places where id = tests.id('a_draft')$$),
  1::bigint, 'business A deletes its draft'));

select tests.act_as('coach');
select tests.rls('places', 'delete', is(tests.affected($$delete from public.places where true$$), 0::bigint, 'a coach deletes no place'));

select tests.act_as('staff');
select tests.rls('places', 'delete', is(tests.affected($$delete from public.places where id = tests.id('b_pending')$$),
  1::bigint, 'staff delete any place'));

select tests.reset_role();
select ok(not tests.row_exists('places', tests.id('a_draft')) and tests.row_exists('places', tests.id('b_draft')),
  'deletes removed exactly the allowed rows');
select ok(not tests.row_exists('event_details', tests.id('b_pending')),
  'deleting a place removes its detail row');
select is(
  (select count(*) from public.places where title in ('Neue Stelle als Draft', 'Neue Stelle zur Prüfung', 'Neuer Platz von Staff')),
  3::bigint, 'the allowed inserts are there');
select is(
  (select count(*) from public.places where title in ('Übernommen', 'Coach war hier', 'Anonym geändert')),
  0::bigint, 'none of the refused updates happened');

select * from finish();
rollback;
