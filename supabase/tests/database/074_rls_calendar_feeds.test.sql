-- RLS on calendar_feeds / calendar_feed_events: staff manage every partner calendar; members of an
-- organisation manage their own (never `trusted`); coaches and anonymous visitors nothing; only
-- the job (service_role) writes the feed's events and bookkeeping.
begin;
select plan(50);
select tests.create_fixture();

insert into public.calendar_feeds (id, organisation_id, name, url, created_by) values
  ('f0000000-0000-4000-8000-00000000000a', tests.id('org_a'), 'Kalender A', 'https://a.example.test/k.ics', tests.id('business_a')),
  ('f0000000-0000-4000-8000-00000000000b', tests.id('org_b'), 'Kalender B', 'https://b.example.test/k.ics', tests.id('business_b'));
insert into public.calendar_feed_events (feed_id, uid, place_id) values
  ('f0000000-0000-4000-8000-00000000000a', 'uid-a', tests.id('a_pub'));

create temporary view feeds with (security_invoker = true) as
  select name from public.calendar_feeds where id::text like 'f0000000-%';
grant select on feeds to anon, authenticated, service_role;

select tests.act_as('anon');
select tests.rls('calendar_feeds', 'select', throws_ok($$select count(*) from public.calendar_feeds$$, '42501', null, 'anon cannot read feeds'));
select tests.rls('calendar_feeds', 'insert', throws_ok($$insert into public.calendar_feeds (organisation_id, name, url) values (tests.id('org_a'), 'x', 'https://x.example/k.ics')$$, '42501', null, 'anon cannot add a feed'));
select tests.rls('calendar_feeds', 'update', throws_ok($$update public.calendar_feeds set active = false$$, '42501', null, 'anon cannot update'));
select tests.rls('calendar_feeds', 'delete', throws_ok($$delete from public.calendar_feeds$$, '42501', null, 'anon cannot delete'));
select tests.rls('calendar_feed_events', 'select', throws_ok($$select count(*) from public.calendar_feed_events$$, '42501', null, 'anon cannot read feed events'));

select tests.act_as('business_a');
select tests.rls('calendar_feeds', 'select', is((select array_agg(name) from feeds), array['Kalender A'], 'business A sees its own feed only'));
select tests.rls('calendar_feeds', 'insert', lives_ok($$insert into public.calendar_feeds (organisation_id, name, url) values (tests.id('org_a'), 'Zweiter Kalender A', 'webcal://a.example.test/2.ics')$$, 'business A registers a calendar for its organisation'));
select tests.rls('calendar_feeds', 'insert', throws_ok($$insert into public.calendar_feeds (organisation_id, name, url) values (tests.id('org_b'), 'Fremd', 'https://x.example/k.ics')$$, '42501', null, 'business A cannot register one for B'));
select tests.rls('calendar_feeds', 'insert', throws_ok($$insert into public.calendar_feeds (organisation_id, name, url, trusted) values (tests.id('org_a'), 'Vertraut', 'https://x.example/k.ics', true)$$, '42501', null, 'business A cannot make itself trusted'));
select tests.rls('calendar_feeds', 'update', lives_ok($$update public.calendar_feeds set trusted = true, last_ok = true, name = 'Kalender A neu' where id = 'f0000000-0000-4000-8000-00000000000a'$$, 'business A edits its feed ...'));
select tests.rls('calendar_feeds', 'select', is((select trusted from public.calendar_feeds where id = 'f0000000-0000-4000-8000-00000000000a'), false, '... but trusted stays as staff set it'));
select tests.rls('calendar_feeds', 'update', is(tests.affected($$update public.calendar_feeds set name = 'gekapert' where id = 'f0000000-0000-4000-8000-00000000000b'$$), 0::bigint, 'business A cannot edit B''s feed'));
select tests.rls('calendar_feeds', 'delete', is(tests.affected($$delete from public.calendar_feeds where id = 'f0000000-0000-4000-8000-00000000000b'$$), 0::bigint, 'business A cannot delete B''s feed'));
select tests.rls('calendar_feed_events', 'select', is((select count(*) from public.calendar_feed_events), 1::bigint, 'business A sees the events of its feed'));
select tests.rls('calendar_feed_events', 'insert', throws_ok($$insert into public.calendar_feed_events (feed_id, uid, place_id) values ('f0000000-0000-4000-8000-00000000000a', 'x', tests.id('a_pub'))$$, '42501', null, 'business A cannot write feed events (the job does)'));

select tests.act_as('business_b');
select tests.rls('calendar_feeds', 'select', is((select array_agg(name) from feeds), array['Kalender B'], 'business B sees its own feed only'));
select tests.rls('calendar_feed_events', 'select', is((select count(*) from public.calendar_feed_events), 0::bigint, 'business B sees no events of A''s feed'));
select tests.rls('calendar_feeds', 'delete', is(tests.affected($$delete from public.calendar_feeds where id = 'f0000000-0000-4000-8000-00000000000b'$$), 1::bigint, 'business B deletes its own feed'));

select tests.act_as('coach');
select tests.rls('calendar_feeds', 'select', is((select count(*) from feeds), 0::bigint, 'a coach sees no feeds'));
select tests.rls('calendar_feeds', 'insert', throws_ok($$insert into public.calendar_feeds (organisation_id, name, url) values (tests.id('org_a'), 'x', 'https://x.example/k.ics')$$, '42501', null, 'a coach cannot add a feed'));
select tests.rls('calendar_feeds', 'update', is(tests.affected($$update public.calendar_feeds set active = false$$), 0::bigint, 'a coach updates nothing'));
select tests.rls('calendar_feeds', 'delete', is(tests.affected($$delete from public.calendar_feeds$$), 0::bigint, 'a coach deletes nothing'));

select tests.act_as('staff');
select tests.rls('calendar_feeds', 'select', is((select count(*) from public.calendar_feeds), 2::bigint, 'staff see every feed (A''s two; B deleted its own)'));
select tests.rls('calendar_feeds', 'insert', lives_ok($$insert into public.calendar_feeds (organisation_id, name, url, trusted) values (tests.id('org_b'), 'Vertrauter Partner', 'https://b.example.test/neu.ics', true)$$, 'staff register a trusted feed'));
select tests.rls('calendar_feeds', 'update', is(tests.affected($$update public.calendar_feeds set trusted = true where id = 'f0000000-0000-4000-8000-00000000000a'$$), 1::bigint, 'staff mark a partner trusted'));
select tests.rls('calendar_feeds', 'select', is((select trusted from public.calendar_feeds where id = 'f0000000-0000-4000-8000-00000000000a'), true, '... and it sticks'));
select tests.rls('calendar_feeds', 'insert', throws_ok($$insert into public.calendar_feeds (organisation_id, name, url, ics) values (tests.id('org_a'), 'Beides', 'https://x.example/k.ics', 'BEGIN:VCALENDAR')$$, '23514', null, 'a URL or a file, not both'));
select tests.rls('calendar_feeds', 'insert', throws_ok($$insert into public.calendar_feeds (organisation_id, name, url) values (tests.id('org_a'), 'Unsicher', 'http://x.example/k.ics')$$, '23514', null, 'only https or webcal URLs'));
select tests.rls('calendar_feeds', 'delete', is(tests.affected($$delete from public.calendar_feeds where name = 'Vertrauter Partner'$$), 1::bigint, 'staff delete a feed'));

-- calendar_feed_events: written only by the job --------------------------------------------
select tests.act_as('anon');
select tests.rls('calendar_feed_events', 'insert', throws_ok($$insert into public.calendar_feed_events (feed_id, uid, place_id) values ('f0000000-0000-4000-8000-00000000000a', 'y', tests.id('a_pub'))$$, '42501', null, 'anon cannot write feed events'));
select tests.rls('calendar_feed_events', 'update', throws_ok($$update public.calendar_feed_events set uid = 'z'$$, '42501', null, 'anon cannot update feed events'));
select tests.rls('calendar_feed_events', 'delete', throws_ok($$delete from public.calendar_feed_events$$, '42501', null, 'anon cannot delete feed events'));
select tests.act_as('business_a');
select tests.rls('calendar_feed_events', 'update', throws_ok($$update public.calendar_feed_events set uid = 'z'$$, '42501', null, 'business A cannot update feed events'));
select tests.rls('calendar_feed_events', 'delete', throws_ok($$delete from public.calendar_feed_events$$, '42501', null, 'business A cannot delete feed events'));
select tests.act_as('business_b');
select tests.rls('calendar_feed_events', 'insert', throws_ok($$insert into public.calendar_feed_events (feed_id, uid, place_id) values ('f0000000-0000-4000-8000-00000000000a', 'y', tests.id('a_pub'))$$, '42501', null, 'business_b cannot write feed events (the job does)'));
select tests.rls('calendar_feed_events', 'update', throws_ok($$update public.calendar_feed_events set uid = 'z'$$, '42501', null, 'business_b cannot update feed events'));
select tests.rls('calendar_feed_events', 'delete', throws_ok($$delete from public.calendar_feed_events$$, '42501', null, 'business_b cannot delete feed events'));
select tests.act_as('coach');
select tests.rls('calendar_feed_events', 'select', is((select count(*) from public.calendar_feed_events), 0::bigint, 'coach: feed events seen'));
select tests.rls('calendar_feed_events', 'insert', throws_ok($$insert into public.calendar_feed_events (feed_id, uid, place_id) values ('f0000000-0000-4000-8000-00000000000a', 'y', tests.id('a_pub'))$$, '42501', null, 'coach cannot write feed events (the job does)'));
select tests.rls('calendar_feed_events', 'update', throws_ok($$update public.calendar_feed_events set uid = 'z'$$, '42501', null, 'coach cannot update feed events'));
select tests.rls('calendar_feed_events', 'delete', throws_ok($$delete from public.calendar_feed_events$$, '42501', null, 'coach cannot delete feed events'));
select tests.act_as('staff');
select tests.rls('calendar_feed_events', 'select', is((select count(*) from public.calendar_feed_events), 1::bigint, 'staff: feed events seen'));
select tests.rls('calendar_feed_events', 'insert', throws_ok($$insert into public.calendar_feed_events (feed_id, uid, place_id) values ('f0000000-0000-4000-8000-00000000000a', 'y', tests.id('a_pub'))$$, '42501', null, 'staff cannot write feed events (the job does)'));
select tests.rls('calendar_feed_events', 'update', throws_ok($$update public.calendar_feed_events set uid = 'z'$$, '42501', null, 'staff cannot update feed events'));
select tests.rls('calendar_feed_events', 'delete', throws_ok($$delete from public.calendar_feed_events$$, '42501', null, 'staff cannot delete feed events'));
select tests.act_as('business_b');
select tests.rls('calendar_feeds', 'insert', lives_ok($$insert into public.calendar_feeds (organisation_id, name, url) values (tests.id('org_b'), 'Kalender B neu', 'https://b.example.test/neu.ics')$$, 'business B registers a calendar for its organisation'));
select tests.rls('calendar_feeds', 'update', is(tests.affected($$update public.calendar_feeds set name = 'gekapert' where organisation_id = tests.id('org_a')$$), 0::bigint, 'business B cannot edit A''s feeds'));
select tests.act_as('service_role');
select tests.rls('calendar_feeds', 'update', lives_ok($$update public.calendar_feeds set claimed_by = 'job', claimed_until = now() + interval '5 minutes' where id = 'f0000000-0000-4000-8000-00000000000a'$$, 'the job claims a feed'));
select tests.rls('calendar_feed_events', 'insert', lives_ok($$insert into public.calendar_feed_events (feed_id, uid, place_id) values ('f0000000-0000-4000-8000-00000000000a', 'uid-2', tests.id('a_pending'))$$, 'the job writes feed events'));
select tests.rls('calendar_feed_events', 'select', is((select count(*) from public.calendar_feed_events where feed_id = 'f0000000-0000-4000-8000-00000000000a'), 2::bigint, 'service_role reads them'));

select * from finish();
rollback;
