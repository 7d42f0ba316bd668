-- …_map_query.sql and …_map_copies.sql: the generated lon/lat/cell columns, the covering index, the cached
-- generic plans, the leakproof bbox path under RLS, one definition of a match (place_matches) and
-- map_places = places_in_bbox.
begin;
select plan(33);
select tests.create_fixture();

-- EXPLAIN as text (created before switching roles; rolled back with the test).
create function pg_temp.plan_of(q text) returns text language plpgsql as $$
declare
  line text;
  result text := '';
begin
  for line in execute 'explain ' || q loop
    result := result || line || E'\n';
  end loop;
  return result;
end
$$;
grant execute on function pg_temp.plan_of(text) to anon, authenticated;

-- Columns and index ------------------------------------------------------------------------------
select is(
  (select count(*) from public.places
   where lon is distinct from st_x(location::geometry) or lat is distinct from st_y(location::geometry)
      or cell is distinct from floor(st_x(location::geometry) * 100)::int),
  0::bigint, 'lon/lat/cell follow the location of every place');
update public.places set location = st_setsrid(st_makepoint(10.061, 0.021), 4326)::geography
 where id = tests.id('b_pub');
select is((select row(lon, lat, cell)::text from public.places where id = tests.id('b_pub')),
  row(10.061::float8, 0.021::float8, 1006)::text, 'moving a place moves its lon/lat/cell');
update public.places set location = st_setsrid(st_makepoint(10.05, 0.025), 4326)::geography
 where id = tests.id('b_pub');
select has_index('public', 'places', 'places_map_idx', 'btree index on (cell, lat) for the map');
select ok(
  (select 'plan_cache_mode=force_generic_plan' = any (proconfig) from pg_proc
   where oid = 'public.places_filtered(float8,float8,float8,float8,jsonb)'::regprocedure)
  and (select 'plan_cache_mode=force_custom_plan' = any (proconfig) from pg_proc
   where oid = 'public.map_places(float8,float8,float8,float8,jsonb,int)'::regprocedure),
  'places_filtered keeps one generic plan per connection, map_places plans its box per call');
select is(
  (select array_agg(prosecdef) from pg_proc
   where proname in ('places_filtered', 'places_in_bbox', 'map_places', 'place_counts')
     and pronamespace = 'public'::regnamespace),
  array[false, false, false, false], 'the map functions stay SECURITY INVOKER (RLS applies)');

select is(
  (select array_agg(distinct c.relname::text order by c.relname::text) from pg_trigger t join pg_class c on c.oid = t.tgrelid
   where t.tgfoid in ('private.notify_public_data_changed()'::regprocedure,
                      'private.notify_public_detail_changed()'::regprocedure)
     and not t.tgisinternal),
  array['event_details', 'organisations', 'places', 'quarters', 'service_details', 'space_details',
        'vacancy_details'],
  'every table of the public answers notifies the server cache (on which writes: tests/integration/public-cache.test.ts)');

-- Under the anon policy the box reaches the covering index: an index-only scan.
select tests.act_as('anon');
set local enable_seqscan = off;
select matches(
  pg_temp.plan_of('select id, kind, title from public.places where cell = any (array[1000, 1001]) and lat between 0.0 and 0.1 and lon between 10.0 and 10.02'),
  'Index Only Scan using places_map_idx', 'as anon: the bbox is an index-only scan through the policy');
-- Which places match is written once (place_matches) and inlined by the planner: through the
-- function, too, the box is an index-only scan (a filter value as a constant, as map_places'
-- custom plan sees it), with column filters, "open at" and a vacancy filter (an EXISTS probe).
select matches(
  pg_temp.plan_of($q$select p.id, p.kind, p.title from public.place_matches(array[1000, 1001],
      10.0, 0.0, 10.02, 0.1,
      '("{vacancy,event}",,,"{de}",t,,,,,,,f,f,,f,,)'::public.place_filter, null) p$q$),
  'Index Only Scan using places_map_idx',
  'as anon: through place_matches (inlined) the bbox is an index-only scan');
select matches(
  pg_temp.plan_of($q$select p.id, p.kind, p.title, p.map_working_time from public.place_matches(array[1000, 1001],
      10.0, 0.0, 10.02, 0.1,
      '(,,,,f,"{Mo-Fr 08:00-16:00}",,,,"{part_time}",B1,t,f,,f,,)'::public.place_filter, null) p$q$),
  'Index Only Scan using places_map_idx',
  'as anon: with open_hours and vacancy filters still an index-only scan of places (details probed per vacancy)');
reset enable_seqscan;

-- Box edges and sizes -----------------------------------------------------------------------------
select is(
  (select array_agg(tests.key(b.id) order by tests.key(b.id)) from public.places_in_bbox(10.0, 0.0, 10.1, 0.05) b),
  array['b_pub', 's_course'], 'the bbox query returns exactly the published places inside the box');
select is(
  (select count(*) from public.places_in_bbox(10.0, 0.0, 10.2, 0.1, '{}', 100)),
  (select count(*) from public.places p where p.location::geometry && st_makeenvelope(10.0, 0.0, 10.2, 0.1, 4326)),
  'as anon: the same rows as the PostGIS box test alone (RLS applies to both)');
select is(
  (select array_agg(tests.key(b.id) order by tests.key(b.id)) from public.places_in_bbox(10.02, 0.0, 10.03, 0.1) b),
  array['s_course', 's_event', 's_service'], 'places on the west and east edge (cell borders) are inside');
select is(
  (select count(*) from public.places_in_bbox(-180, -90, 180, 90) b where tests.key(b.id) is not null)::int, 6,
  'a box wider than 256 cells (the whole world) still finds every visible place');
select is(
  (select count(*) from public.map_places(-180, -90, 180, 90) b where tests.key(b.id) is not null)::int, 6,
  'map_places over the whole world as well');
select is(public.bbox_cells(10.0, 10.029), array[1000, 1001, 1002], 'bbox_cells lists the cells a box covers');

-- Detail columns still arrive for places of their kind (lateral joins gated by kind).
select is(
  (select array_agg(tests.key(b.id) || ':' || coalesce(b.working_time::text, b.cost::text,
                    case when b.starts_at is not null then 'starts' end, '-') order by tests.key(b.id))
   from public.places_in_bbox(10.0, 0.0, 10.2, 0.1) b),
  array['a_pub:part_time', 'b_pub:full_time', 's_course:paid', 's_event:starts', 's_outside:-',
        's_service:free'],
  'as anon: vacancy, service and event details come with their places');
select is(tests.bbox_keys('{"kinds": ["vacancy"], "working_time": ["part_time"]}'), array['a_pub'],
  'as anon: a detail filter still narrows by the detail table');
select is(tests.bbox_keys('{"kinds": ["event"], "event_from": "2000-01-01"}'), array['s_event'],
  'as anon: event filters still see starts_at');

-- map_places: the same rows in the same order as places_in_bbox, on its lean path and on the full one.
create function pg_temp.same_as_bbox(filters jsonb, max_rows int default 2000) returns boolean
language sql as $$
  select (select array_agg(row(m.id, m.kind, m.title, m.lon, m.lat, m.quarter_id, m.organisation_name,
                               m.wheelchair, m.languages, m.is_demo, m.opening_hours, m.working_time,
                               m.starts_at)::text order by m.ordinality)
          from public.map_places(10.0, 0.0, 10.2, 0.1, filters, max_rows) with ordinality m)
     is not distinct from
         (select array_agg(row(b.id, b.kind, b.title, b.lon, b.lat, b.quarter_id, b.organisation_name,
                               b.wheelchair, b.languages, b.is_demo, b.opening_hours, b.working_time,
                               b.starts_at)::text order by b.ordinality)
          from public.places_in_bbox(10.0, 0.0, 10.2, 0.1, filters, max_rows) with ordinality b)
$$;
select ok(pg_temp.same_as_bbox('{}') and pg_temp.same_as_bbox('{}', 2)
          and pg_temp.same_as_bbox('{"kinds": ["vacancy", "event"], "wheelchair": true, "languages": ["tr", "en"]}')
          and pg_temp.same_as_bbox('{"quarters": ["nowhere"]}'),
  'as anon: map_places = places_in_bbox for column filters, rows and order');
select ok(pg_temp.same_as_bbox('{"kinds": ["vacancy"], "working_time": ["part_time"]}')
          and pg_temp.same_as_bbox('{"q": "Lager"}')
          and pg_temp.same_as_bbox('{"german_level_max": "B1", "childcare_friendly": true}')
          and pg_temp.same_as_bbox('{"free_only": true, "open_hours": ["24/7"]}'),
  'as anon: map_places = places_in_bbox for text search, detail and open filters');
select throws_ok($$select * from public.map_places(10.0, 0.0, 10.2, 0.1, '{"kinds": ["casino"]}')$$,
  '22023', NULL, 'map_places rejects an unknown kind like places_in_bbox');
select throws_ok($$select * from public.map_places(10.0, 0.0, 10.2, 0.1, '{"kindz": ["event"]}')$$,
  '22023', NULL, 'map_places rejects an unknown filter key like places_in_bbox');

-- The cached plan never carries one caller's rows over to another (same connection, role flips).
select is(
  (select count(*) from public.places_in_bbox(10.0, 0.0, 10.2, 0.1))::int, 6,
  'anon, first call: published and valid places only');
select tests.act_as('staff');
select is(
  (select count(*) from public.places_in_bbox(10.0, 0.0, 10.2, 0.1,
     '{"statuses": ["draft", "pending", "published", "archived"]}'))::int, 12,
  'staff on the same connection, asking for every status: every place');
select is(
  (select count(*) from public.map_places(10.0, 0.0, 10.2, 0.1,
     '{"statuses": ["draft", "pending", "published", "archived"]}'))::int, 12,
  'staff, map_places on the same connection, every status: every place as well');
-- Without `statuses` the map shows what the public sees, to staff too (20261202005900).
select is(
  (select count(*) from public.map_places(10.0, 0.0, 10.2, 0.1))::int, 6,
  'staff, map_places without statuses: the six public places, no drafts or expired entries');
select is(
  (select count(*) from public.places_in_bbox(10.0, 0.0, 10.2, 0.1))::int, 6,
  'staff, places_in_bbox (exports) without statuses: the six public places');
select tests.act_as('anon');
select is(
  (select count(*) from public.map_places(10.0, 0.0, 10.2, 0.1))::int, 6,
  'anon again: the same six places');

reset role;
-- The map_ copies of the detail columns follow their detail rows, whoever writes.
select is(
  (select count(*) from public.places p
   where p.map_working_time is distinct from (select v.working_time from public.vacancy_details v where v.place_id = p.id)
      or p.map_starts_at is distinct from (select e.starts_at from public.event_details e where e.place_id = p.id)),
  0::bigint, 'map_working_time / map_starts_at equal the detail rows for every place');
select tests.act_as('business_a');
update public.vacancy_details set working_time = 'mini_job' where place_id = tests.id('a_draft');
select is((select map_working_time::text from public.places where id = tests.id('a_draft')), 'mini_job',
  'business A changes a working time: the copy on the place follows');
update public.places set map_working_time = 'full_time', map_starts_at = now() where id = tests.id('a_draft');
select is((select row(map_working_time::text, map_starts_at)::text from public.places where id = tests.id('a_draft')),
  row('mini_job', null::timestamptz)::text, 'a value written directly is overwritten from the detail rows');
select tests.act_as('staff');
update public.event_details set starts_at = '2030-05-01 10:00+02', ends_at = null where place_id = tests.id('s_event');
select is((select map_starts_at from public.places where id = tests.id('s_event')), '2030-05-01 10:00+02'::timestamptz,
  'staff move an event: the copy follows');
delete from public.vacancy_details where place_id = tests.id('a_pub');
select is((select map_working_time from public.places where id = tests.id('a_pub')), null,
  'deleting the detail row clears the copy');
reset role;

select * from finish();
rollback;
