-- Search that forgives (…_search_forgives.sql): RLS on place_search (published text, read by
-- everyone, written by trigger only) and search_synonyms (read by everyone, changed by staff), the
-- trigger that keeps place_search to the published places, and a term finding a caller's own draft
-- (with a typo) for that caller only.
begin;
select plan(50);
select tests.create_fixture();

create temporary table expected_published on commit drop as
  select coalesce(array_agg(tests.key(p.id) order by tests.key(p.id)), '{}') keys
  from public.places p where p.status = 'published' and tests.key(p.id) is not null;
grant select on expected_published to anon, authenticated;

select tests.act_as('anon');
select tests.rls('place_search', 'select', is(tests.visible('place_search'), (select keys from expected_published), 'anon reads the search text of the published places, no other'));
select tests.rls('place_search', 'insert', throws_ok($$insert into public.place_search (place_id, cell, lat, lon, search, search_i18n, search_text) values (gen_random_uuid(), 1, 0, 0, '', '', 'x')$$, '42501', null, 'anon cannot insert search text'));
select tests.rls('place_search', 'update', throws_ok($$update public.place_search set search_text = 'x'$$, '42501', null, 'anon cannot update search text'));
select tests.rls('place_search', 'delete', throws_ok($$delete from public.place_search$$, '42501', null, 'anon cannot delete search text'));
select tests.rls('search_synonyms', 'select', ok((select count(*) from public.search_synonyms where group_key = 'cleaning') > 5, 'anon reads the synonyms'));
select tests.rls('search_synonyms', 'insert', throws_ok($$insert into public.search_synonyms values ('test', 'probe')$$, '42501', null, 'anon cannot add synonyms'));
select tests.rls('search_synonyms', 'update', throws_ok($$update public.search_synonyms set term = 'probe'$$, '42501', null, 'anon cannot change synonyms'));
select tests.rls('search_synonyms', 'delete', throws_ok($$delete from public.search_synonyms$$, '42501', null, 'anon cannot delete synonyms'));
select tests.act_as('business_a');
select tests.rls('place_search', 'select', is(tests.visible('place_search'), (select keys from expected_published), 'business_a reads the search text of the published places, no other'));
select tests.rls('place_search', 'insert', throws_ok($$insert into public.place_search (place_id, cell, lat, lon, search, search_i18n, search_text) values (gen_random_uuid(), 1, 0, 0, '', '', 'x')$$, '42501', null, 'business_a cannot insert search text'));
select tests.rls('place_search', 'update', throws_ok($$update public.place_search set search_text = 'x'$$, '42501', null, 'business_a cannot update search text'));
select tests.rls('place_search', 'delete', throws_ok($$delete from public.place_search$$, '42501', null, 'business_a cannot delete search text'));
select tests.rls('search_synonyms', 'select', ok((select count(*) from public.search_synonyms where group_key = 'cleaning') > 5, 'business_a reads the synonyms'));
select tests.rls('search_synonyms', 'insert', throws_ok($$insert into public.search_synonyms values ('test', 'probe')$$, '42501', null, 'business_a cannot add synonyms'));
select tests.rls('search_synonyms', 'update', is(tests.affected($$update public.search_synonyms set term = term || 'x' where group_key = 'cleaning'$$), 0::bigint, 'business_a changes no synonym'));
select tests.rls('search_synonyms', 'delete', is(tests.affected($$delete from public.search_synonyms where group_key = 'cleaning'$$), 0::bigint, 'business_a deletes no synonym'));
select tests.act_as('business_b');
select tests.rls('place_search', 'select', is(tests.visible('place_search'), (select keys from expected_published), 'business_b reads the search text of the published places, no other'));
select tests.rls('place_search', 'insert', throws_ok($$insert into public.place_search (place_id, cell, lat, lon, search, search_i18n, search_text) values (gen_random_uuid(), 1, 0, 0, '', '', 'x')$$, '42501', null, 'business_b cannot insert search text'));
select tests.rls('place_search', 'update', throws_ok($$update public.place_search set search_text = 'x'$$, '42501', null, 'business_b cannot update search text'));
select tests.rls('place_search', 'delete', throws_ok($$delete from public.place_search$$, '42501', null, 'business_b cannot delete search text'));
select tests.rls('search_synonyms', 'select', ok((select count(*) from public.search_synonyms where group_key = 'cleaning') > 5, 'business_b reads the synonyms'));
select tests.rls('search_synonyms', 'insert', throws_ok($$insert into public.search_synonyms values ('test', 'probe')$$, '42501', null, 'business_b cannot add synonyms'));
select tests.rls('search_synonyms', 'update', is(tests.affected($$update public.search_synonyms set term = term || 'x' where group_key = 'cleaning'$$), 0::bigint, 'business_b changes no synonym'));
select tests.rls('search_synonyms', 'delete', is(tests.affected($$delete from public.search_synonyms where group_key = 'cleaning'$$), 0::bigint, 'business_b deletes no synonym'));
select tests.act_as('coach');
select tests.rls('place_search', 'select', is(tests.visible('place_search'), (select keys from expected_published), 'coach reads the search text of the published places, no other'));
select tests.rls('place_search', 'insert', throws_ok($$insert into public.place_search (place_id, cell, lat, lon, search, search_i18n, search_text) values (gen_random_uuid(), 1, 0, 0, '', '', 'x')$$, '42501', null, 'coach cannot insert search text'));
select tests.rls('place_search', 'update', throws_ok($$update public.place_search set search_text = 'x'$$, '42501', null, 'coach cannot update search text'));
select tests.rls('place_search', 'delete', throws_ok($$delete from public.place_search$$, '42501', null, 'coach cannot delete search text'));
select tests.rls('search_synonyms', 'select', ok((select count(*) from public.search_synonyms where group_key = 'cleaning') > 5, 'coach reads the synonyms'));
select tests.rls('search_synonyms', 'insert', throws_ok($$insert into public.search_synonyms values ('test', 'probe')$$, '42501', null, 'coach cannot add synonyms'));
select tests.rls('search_synonyms', 'update', is(tests.affected($$update public.search_synonyms set term = term || 'x' where group_key = 'cleaning'$$), 0::bigint, 'coach changes no synonym'));
select tests.rls('search_synonyms', 'delete', is(tests.affected($$delete from public.search_synonyms where group_key = 'cleaning'$$), 0::bigint, 'coach deletes no synonym'));
select tests.act_as('staff');
select tests.rls('place_search', 'select', is(tests.visible('place_search'), (select keys from expected_published), 'staff reads the search text of the published places, no other'));
select tests.rls('place_search', 'insert', throws_ok($$insert into public.place_search (place_id, cell, lat, lon, search, search_i18n, search_text) values (gen_random_uuid(), 1, 0, 0, '', '', 'x')$$, '42501', null, 'staff cannot insert search text'));
select tests.rls('place_search', 'update', throws_ok($$update public.place_search set search_text = 'x'$$, '42501', null, 'staff cannot update search text'));
select tests.rls('place_search', 'delete', throws_ok($$delete from public.place_search$$, '42501', null, 'staff cannot delete search text'));
select tests.rls('search_synonyms', 'select', ok((select count(*) from public.search_synonyms where group_key = 'cleaning') > 5, 'staff reads the synonyms'));
select tests.rls('search_synonyms', 'insert', lives_ok($$insert into public.search_synonyms values ('test', 'probe')$$, 'staff add synonyms'));
select tests.rls('search_synonyms', 'update', is(tests.affected($$update public.search_synonyms set term = 'probe2' where group_key = 'test'$$), 1::bigint, 'staff change synonyms'));
select tests.rls('search_synonyms', 'delete', is(tests.affected($$delete from public.search_synonyms where group_key = 'test'$$), 1::bigint, 'staff delete synonyms'));

-- A term finds a caller's own draft (the map asked for drafts), with a typo, for that caller only.
select tests.act_as('business_a');
select is(tests.bbox_keys('{"q": "Backstubnhilfe", "statuses": ["draft"]}'), array['a_draft'], 'business A finds its draft despite a typo');
select tests.act_as('business_b');
select is(tests.bbox_keys('{"q": "Backstubnhilfe", "statuses": ["draft"]}'), '{}'::text[], 'business B does not find A''s draft');
select tests.act_as('anon');
select is(tests.bbox_keys('{"q": "Backstubnhilfe", "statuses": ["draft"]}'), '{}'::text[], 'anon does not find a draft');
select is(tests.bbox_keys('{"q": "Backstubenhilfe", "statuses": ["draft"]}'), '{}'::text[], '... nor by its exact title');
select tests.act_as('staff');
select is(tests.bbox_keys('{"q": "Backstubenhilfe", "statuses": ["draft"]}'), array['a_draft'], 'staff find the draft');

-- The trigger keeps place_search to the published places.
select tests.reset_role();
update public.places set status = 'published' where id = tests.id('a_draft');
select ok(exists (select from public.place_search where place_id = tests.id('a_draft')), 'publishing adds the search text');
update public.places set translations = '{"en": {"title": "Bakery helper", "description": "Early shifts"}}' where id = tests.id('a_draft');
select is((select search_text from public.place_search where place_id = tests.id('a_draft')), 'backstubenhilfe in vollzeit bakery helper', 'a translated title is searched');
select tests.act_as('anon');
select is(tests.bbox_keys('{"q": "bakery helper"}'), array['a_draft'], 'anon finds it by its English title once published');
select tests.reset_role();
update public.places set status = 'archived' where id = tests.id('a_draft');
select ok(not exists (select from public.place_search where place_id = tests.id('a_draft')), 'archiving removes it');
delete from public.places where id = tests.id('b_pub');
select ok(not exists (select from public.place_search where place_id = tests.id('b_pub')), 'deleting removes it');

select * from finish();
rollback;
