-- 20261125003000_map_query_speed: the partial index for published places, the cached generic plan
-- of places_filtered, and that both leave row level security in charge.
begin;
select plan(17);
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

select has_index('public', 'places', 'places_published_lat_lon_idx',
  'partial btree index on (lat, lon) of published places');
select is(
  (select pg_get_expr(i.indpred, i.indrelid) from pg_index i
   where i.indexrelid = 'public.places_published_lat_lon_idx'::regclass),
  '(status = ''published''::place_status)', 'the index holds published places only');
select ok(
  (select 'plan_cache_mode=force_generic_plan' = any (proconfig) from pg_proc
   where oid = 'public.places_filtered(float8,float8,float8,float8,jsonb)'::regprocedure),
  'places_filtered keeps one generic plan per connection');
select is(
  (select array_agg(prosecdef) from pg_proc
   where proname in ('places_filtered', 'places_in_bbox') and pronamespace = 'public'::regnamespace),
  array[false, false], 'places_filtered and places_in_bbox stay SECURITY INVOKER (RLS applies)');
select is((select prosecdef from pg_proc where oid = 'public.map_places(float8,float8,float8,float8,jsonb,int)'::regprocedure),
  false, 'map_places is SECURITY INVOKER (RLS applies)');

-- The anon policy alone lets the planner use the partial index (no second bitmap on status).
select tests.act_as('anon');
set local enable_seqscan = off;
select matches(
  pg_temp.plan_of('select id from public.places where lat between 0.0 and 0.1 and lon between 10.0 and 10.1'),
  'places_published_lat_lon_idx', 'as anon: the bbox reaches the partial index through the policy');
reset enable_seqscan;

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
  'as anon: map_places (lean path) = places_in_bbox, rows and order');
select ok(pg_temp.same_as_bbox('{"kinds": ["vacancy"], "working_time": ["part_time"]}')
          and pg_temp.same_as_bbox('{"q": "Lager"}'),
  'as anon: map_places (full path for other filters) = places_in_bbox');
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
  (select count(*) from public.places_in_bbox(10.0, 0.0, 10.2, 0.1))::int, 12,
  'staff on the same connection: every place, whatever the status');
select is(
  (select count(*) from public.map_places(10.0, 0.0, 10.2, 0.1))::int, 12,
  'staff, map_places on the same connection: every place as well');
select tests.act_as('anon');
select is(
  (select count(*) from public.map_places(10.0, 0.0, 10.2, 0.1))::int, 6,
  'anon again: the same six places');

select * from finish();
rollback;
