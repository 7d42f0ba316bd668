-- RLS matrix cells the topic files (01x, 03x) did not assert for every matrix user: mostly business
-- B (the other organisation), the coach and the detail tables other than vacancy_details. Each
-- assertion records its cell through tests.rls(); 999_rls_matrix.test.sql checks that none is left.
begin;
select plan(86);
select tests.create_fixture();
select tests.create_business_fixture();

-- audit_log: nobody writes it directly ------------------------------------------------------------
select tests.act_as('business_b');
select tests.rls('audit_log', 'update', throws_ok($$update public.audit_log set actor = null$$, '42501', null,
  'business B cannot rewrite the audit log'));
select tests.act_as('coach');
select tests.rls('audit_log', 'delete', throws_ok($$delete from public.audit_log$$, '42501', null,
  'a coach cannot delete audit rows'));

-- event_details: b_pending (org B, pending), s_event (staff's, published) -------------------------
select tests.act_as('anon');
select tests.rls('event_details', 'insert', throws_ok(
  $$insert into public.event_details (place_id, event_type, starts_at) values (tests.id('s_event'), 'other', now())$$,
  '42501', null, 'anon cannot insert event details'));
select tests.rls('event_details', 'update', throws_ok($$update public.event_details set ends_at = null$$, '42501', null,
  'anon cannot update event details'));
select tests.rls('event_details', 'delete', throws_ok($$delete from public.event_details$$, '42501', null,
  'anon cannot delete event details'));
select tests.act_as('business_a');
select tests.rls('event_details', 'update', is(tests.affected($$update public.event_details set ends_at = null where place_id in (tests.id('b_pending'), tests.id('s_event'))$$),
  0::bigint, 'business A updates no event details of others'));
select tests.rls('event_details', 'delete', is(tests.affected($$delete from public.event_details where place_id in (tests.id('b_pending'), tests.id('s_event'))$$),
  0::bigint, 'business A deletes no event details of others'));
select tests.act_as('business_b');
select tests.rls('event_details', 'insert', throws_ok(
  $$insert into public.event_details (place_id, event_type, starts_at) values (tests.id('a_pending'), 'other', now())$$,
  '42501', null, 'business B cannot add event details to A''s entry'));
select tests.rls('event_details', 'update', is(tests.affected($$update public.event_details set ends_at = null where place_id in (tests.id('b_pending'), tests.id('s_event'))$$),
  1::bigint, 'business B updates its own event''s details only'));
select tests.rls('event_details', 'delete', is(tests.affected($$delete from public.event_details where place_id in (tests.id('b_pending'), tests.id('s_event'))$$),
  1::bigint, 'business B deletes its own event''s details only'));
select tests.act_as('coach');
select tests.rls('event_details', 'update', is(tests.affected($$update public.event_details set ends_at = null$$), 0::bigint,
  'a coach updates no event details'));
select tests.rls('event_details', 'delete', is(tests.affected($$delete from public.event_details$$), 0::bigint,
  'a coach deletes no event details'));
select tests.act_as('staff');
select tests.rls('event_details', 'select', is(tests.visible('event_details'), array['s_event'],
  'staff see the remaining event details (B deleted its own above)'));
select tests.rls('event_details', 'update', is(tests.affected($$update public.event_details set ends_at = null where place_id = tests.id('s_event')$$),
  1::bigint, 'staff update any event details'));
select tests.rls('event_details', 'delete', is(tests.affected($$delete from public.event_details where place_id = tests.id('s_event')$$),
  1::bigint, 'staff delete any event details'));

-- expiry_reminders: (a_pub) and (b_pub); read by the entry's organisation and staff ------------------
select tests.act_as('business_a');
select tests.rls('expiry_reminders', 'select', is(
  (select array_agg(tests.key(place_id) order by tests.key(place_id)) from public.expiry_reminders where tests.key(place_id) is not null),
  array['a_pub'], 'business A sees the reminder of its own entry'));
select tests.act_as('business_b');
select tests.rls('expiry_reminders', 'select', is(
  (select array_agg(tests.key(place_id) order by tests.key(place_id)) from public.expiry_reminders where tests.key(place_id) is not null),
  array['b_pub'], 'business B sees the reminder of its own entry'));
select tests.rls('expiry_reminders', 'update', throws_ok($$update public.expiry_reminders set recipients = 0$$, '42501', null,
  'business B cannot update reminders'));
select tests.act_as('coach');
select tests.rls('expiry_reminders', 'select', is(
  (select count(*) from public.expiry_reminders), 0::bigint, 'a coach sees no reminders'));
select tests.rls('expiry_reminders', 'delete', throws_ok($$delete from public.expiry_reminders$$, '42501', null,
  'a coach cannot delete reminders'));
select tests.act_as('staff');
select tests.rls('expiry_reminders', 'select', is(
  (select array_agg(tests.key(place_id) order by tests.key(place_id)) from public.expiry_reminders where tests.key(place_id) is not null),
  array['a_pub', 'b_pub'], 'staff see every reminder'));
select tests.rls('expiry_reminders', 'update', throws_ok($$update public.expiry_reminders set recipients = 0$$, '42501', null,
  'staff do not change reminders by hand (the job does)'));

-- organisation_invites: inv_a (org A, for business_new@…), inv_b (org B) ------------------------------
select tests.act_as('anon');
select tests.rls('organisation_invites', 'select', throws_ok($$select count(*) from public.organisation_invites$$, '42501', null,
  'anon cannot read invitations'));
select tests.act_as('business_a');
select tests.rls('organisation_invites', 'select', is(tests.visible_bids('organisation_invites', array['inv_a', 'inv_b']),
  array['inv_a'], 'business A sees its organisation''s invitations'));
select tests.act_as('business_b');
select tests.rls('organisation_invites', 'select', is(tests.visible_bids('organisation_invites', array['inv_a', 'inv_b']),
  array['inv_b'], 'business B sees its organisation''s invitations'));
select tests.act_as('coach');
select tests.rls('organisation_invites', 'select', is(tests.visible_bids('organisation_invites', array['inv_a', 'inv_b']),
  '{}'::text[], 'a coach sees no invitations'));
select tests.act_as('staff');
select tests.rls('organisation_invites', 'select', is(tests.visible_bids('organisation_invites', array['inv_a', 'inv_b']),
  array['inv_a', 'inv_b'], 'staff see every invitation'));

-- organisation_members -----------------------------------------------------------------------------
select tests.act_as('business_b');
select tests.rls('organisation_members', 'update', is(tests.affected($$update public.organisation_members set member_role = 'owner' where organisation_id in (tests.id('org_a'), tests.id('org_b'))$$),
  0::bigint, 'business B (even as owner) changes no member roles (staff only)'));
select tests.act_as('coach');
select tests.rls('organisation_members', 'update', is(tests.affected($$update public.organisation_members set member_role = 'owner'$$),
  0::bigint, 'a coach changes no member roles'));

-- organisations ------------------------------------------------------------------------------------
select tests.act_as('business_b');
select tests.rls('organisations', 'select', is(tests.visible('organisations'), array['org_a', 'org_b'],
  'business B reads the public directory'));
select tests.rls('organisations', 'insert', lives_ok(
  $$insert into public.organisations (name, kind, created_by) values ('Weber Zweigstelle', 'employer', tests.id('business_b'))$$,
  'business B registers a further organisation'));
select tests.rls('organisations', 'update', is(tests.affected($$update public.organisations set name = 'Übernommen' where id = tests.id('org_a')$$),
  0::bigint, 'business B cannot update org A'));
select tests.rls('organisations', 'delete', is(tests.affected($$delete from public.organisations where id in (tests.id('org_a'), tests.id('org_b'))$$),
  0::bigint, 'business B deletes no organisation, not even its own (staff only)'));

-- places -------------------------------------------------------------------------------------------
select tests.act_as('business_b');
select tests.rls('places', 'insert', throws_ok(
  $$insert into public.places (kind, title, location, status, organisation_id)
    values ('vacancy', 'Fremde Firma', 'SRID=4326;POINT(10.05 0.07)', 'draft', tests.id('org_a'))$$,
  '42501', null, 'business B cannot insert a place for org A'));

-- profiles: business_new has an account and no profile ---------------------------------------------
select tests.act_as('business_a');
select tests.rls('profiles', 'insert', throws_ok($$insert into public.profiles (id, role) values (tests.id('business_new'), 'business')$$,
  '42501', null, 'business A cannot create a profile for another account'));
select tests.act_as('business_b');
select tests.rls('profiles', 'insert', throws_ok($$insert into public.profiles (id, role) values (tests.id('business_b'), 'business')$$,
  '23505', null, 'business B has its profile already (and cannot make a second)'));
select tests.rls('profiles', 'update', is(tests.affected($$update public.profiles set display_name = 'Übernommen' where id <> tests.id('business_b')$$),
  0::bigint, 'business B updates no other profile'));
select tests.rls('profiles', 'delete', is(tests.affected($$delete from public.profiles$$), 0::bigint,
  'business B deletes no profile, not even its own'));
select tests.act_as('coach');
select tests.rls('profiles', 'insert', throws_ok($$insert into public.profiles (id, role) values (tests.id('business_new'), 'coach')$$,
  '42501', null, 'a coach cannot create profiles for others'));
select tests.rls('profiles', 'delete', is(tests.affected($$delete from public.profiles$$), 0::bigint,
  'a coach deletes no profile'));

-- quarters -----------------------------------------------------------------------------------------
select tests.act_as('business_b');
select tests.rls('quarters', 'select', is(tests.visible('quarters'), array['test-nord', 'test-sued'],
  'business B reads the quarters'));
select tests.rls('quarters', 'insert', throws_ok(
  $$insert into public.quarters (id, name, boundary, source) values ('test-west', 'West',
    'SRID=4326;MULTIPOLYGON(((9.9 0,9.9 0.1,10 0.1,10 0,9.9 0)))', 'pgTAP')$$,
  '42501', null, 'business B cannot insert quarters'));
select tests.rls('quarters', 'update', is(tests.affected($$update public.quarters set name = 'Umbenannt' where id like 'test-%'$$),
  0::bigint, 'business B updates no quarter'));
select tests.rls('quarters', 'delete', is(tests.affected($$delete from public.quarters where id like 'test-%'$$),
  0::bigint, 'business B deletes no quarter'));

-- service_details: s_service and s_course (staff's, published) -------------------------------------
select tests.act_as('anon');
select tests.rls('service_details', 'insert', throws_ok(
  $$insert into public.service_details (place_id, cost) values (tests.id('s_event'), 'free')$$, '42501', null,
  'anon cannot insert service details'));
select tests.rls('service_details', 'update', throws_ok($$update public.service_details set cost = 'free'$$, '42501', null,
  'anon cannot update service details'));
select tests.rls('service_details', 'delete', throws_ok($$delete from public.service_details$$, '42501', null,
  'anon cannot delete service details'));
select tests.act_as('business_a');
select tests.rls('service_details', 'select', is(tests.visible('service_details'), array['s_course', 's_service'],
  'business A sees the details of published services'));
select tests.rls('service_details', 'update', is(tests.affected($$update public.service_details set cost = 'free'$$), 0::bigint,
  'business A updates no service details of staff''s entries'));
select tests.rls('service_details', 'delete', is(tests.affected($$delete from public.service_details$$), 0::bigint,
  'business A deletes no service details'));
select tests.act_as('business_b');
select tests.rls('service_details', 'select', is(tests.visible('service_details'), array['s_course', 's_service'],
  'business B sees the details of published services'));
select tests.rls('service_details', 'insert', throws_ok(
  $$insert into public.service_details (place_id, cost) values (tests.id('s_outside'), 'free')$$, '42501', null,
  'business B cannot add service details to a staff entry'));
select tests.rls('service_details', 'update', is(tests.affected($$update public.service_details set cost = 'free'$$), 0::bigint,
  'business B updates no service details'));
select tests.rls('service_details', 'delete', is(tests.affected($$delete from public.service_details$$), 0::bigint,
  'business B deletes no service details'));
select tests.act_as('coach');
select tests.rls('service_details', 'select', is(tests.visible('service_details'), array['s_course', 's_service'],
  'a coach sees the details of published services'));
select tests.rls('service_details', 'insert', throws_ok(
  $$insert into public.service_details (place_id, cost) values (tests.id('s_outside'), 'free')$$, '42501', null,
  'a coach cannot insert service details'));
select tests.act_as('staff');
select tests.rls('service_details', 'select', is(tests.visible('service_details'), array['s_course', 's_service'],
  'staff see all service details'));
select tests.rls('service_details', 'update', is(tests.affected($$update public.service_details set appointment_needed = true where place_id = tests.id('s_service')$$),
  1::bigint, 'staff update service details'));
select tests.rls('service_details', 'delete', is(tests.affected($$delete from public.service_details where place_id = tests.id('s_course')$$),
  1::bigint, 'staff delete service details'));
select tests.rls('service_details', 'insert', lives_ok(
  $$insert into public.service_details (place_id, cost, appointment_needed) values (tests.id('s_course'), 'paid', true)$$,
  'staff insert service details'));

-- shortlists: sl_coach, sl_coach2, sl_staff --------------------------------------------------------
select tests.act_as('business_b');
select tests.rls('shortlists', 'select', is(tests.visible('shortlists'), '{}'::text[], 'business B sees no shortlists'));
select tests.rls('shortlists', 'insert', throws_ok($$insert into public.shortlists (owner_id, name) values (tests.id('business_b'), 'Meine Liste')$$,
  '42501', null, 'business B cannot make shortlists'));
select tests.rls('shortlists', 'update', is(tests.affected($$update public.shortlists set name = 'Übernommen'$$), 0::bigint,
  'business B updates no shortlist'));
select tests.rls('shortlists', 'delete', is(tests.affected($$delete from public.shortlists$$), 0::bigint,
  'business B deletes no shortlist'));

-- space_details: b_draft (org B) -------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('space_details', 'update', throws_ok($$update public.space_details set area_m2 = 1$$, '42501', null,
  'anon cannot update space details'));
select tests.act_as('business_a');
select tests.rls('space_details', 'update', is(tests.affected($$update public.space_details set area_m2 = 1$$), 0::bigint,
  'business A updates no space details of B'));
select tests.act_as('business_b');
select tests.rls('space_details', 'insert', throws_ok(
  $$insert into public.space_details (place_id, space_type) values (tests.id('a_pending'), 'shop')$$, '42501', null,
  'business B cannot add space details to A''s entry'));
select tests.rls('space_details', 'update', is(tests.affected($$update public.space_details set area_m2 = 90$$), 1::bigint,
  'business B updates its own space details'));
select tests.act_as('coach');
select tests.rls('space_details', 'select', is(tests.visible('space_details'), '{}'::text[],
  'a coach sees no space details of drafts'));
select tests.rls('space_details', 'insert', throws_ok(
  $$insert into public.space_details (place_id, space_type) values (tests.id('a_pending'), 'shop')$$, '42501', null,
  'a coach cannot insert space details'));
select tests.rls('space_details', 'update', is(tests.affected($$update public.space_details set area_m2 = 1$$), 0::bigint,
  'a coach updates no space details'));
select tests.rls('space_details', 'delete', is(tests.affected($$delete from public.space_details$$), 0::bigint,
  'a coach deletes no space details'));
select tests.act_as('staff');
select tests.rls('space_details', 'select', is(tests.visible('space_details'), array['b_draft'],
  'staff see space details of drafts too'));
select tests.rls('space_details', 'insert', lives_ok(
  $$insert into public.space_details (place_id, space_type) values (tests.id('a_pending'), 'office')$$,
  'staff insert space details'));
select tests.rls('space_details', 'update', is(tests.affected($$update public.space_details set area_m2 = 1 where place_id = tests.id('b_draft')$$),
  1::bigint, 'staff update space details'));
select tests.rls('space_details', 'delete', is(tests.affected($$delete from public.space_details where place_id = tests.id('a_pending')$$),
  1::bigint, 'staff delete space details'));

-- vacancy_details ----------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('vacancy_details', 'insert', throws_ok(
  $$insert into public.vacancy_details (place_id, working_time) values (tests.id('a_pending'), 'full_time')$$, '42501', null,
  'anon cannot insert vacancy details'));
select tests.rls('vacancy_details', 'delete', throws_ok($$delete from public.vacancy_details$$, '42501', null,
  'anon cannot delete vacancy details'));
select tests.act_as('business_a');
select tests.rls('vacancy_details', 'delete', is(tests.affected($$delete from public.vacancy_details where place_id = tests.id('a_draft')$$),
  1::bigint, 'business A deletes the details of its draft'));
select tests.rls('vacancy_details', 'insert', lives_ok(
  $$insert into public.vacancy_details (place_id, working_time) values (tests.id('a_draft'), 'full_time')$$,
  'business A writes them anew'));
select tests.act_as('business_b');
select tests.rls('vacancy_details', 'insert', throws_ok(
  $$insert into public.vacancy_details (place_id, working_time) values (tests.id('a_pending'), 'full_time')$$, '42501', null,
  'business B cannot add vacancy details to A''s entry'));
select tests.act_as('coach');
select tests.rls('vacancy_details', 'insert', throws_ok(
  $$insert into public.vacancy_details (place_id, working_time) values (tests.id('a_pending'), 'full_time')$$, '42501', null,
  'a coach cannot insert vacancy details'));
select tests.rls('vacancy_details', 'update', is(tests.affected($$update public.vacancy_details set hours_per_week = 1$$), 0::bigint,
  'a coach updates no vacancy details'));
select tests.rls('vacancy_details', 'delete', is(tests.affected($$delete from public.vacancy_details$$), 0::bigint,
  'a coach deletes no vacancy details'));
select tests.act_as('staff');
select tests.rls('vacancy_details', 'delete', is(tests.affected($$delete from public.vacancy_details where place_id = tests.id('a_future')$$),
  1::bigint, 'staff delete vacancy details'));
select tests.rls('vacancy_details', 'insert', lives_ok(
  $$insert into public.vacancy_details (place_id, working_time) values (tests.id('a_future'), 'part_time')$$,
  'staff insert vacancy details'));

select * from finish();
rollback;
