-- places.lon/lat (generated from location) and the leakproof bbox path of places_filtered.
begin;
select plan(5);
select tests.create_fixture();

select has_index('public', 'places', 'places_lat_lon_idx', 'btree index on (lat, lon) for the map bbox');
select is(
  (select count(*) from public.places
   where lon is distinct from st_x(location::geometry) or lat is distinct from st_y(location::geometry)),
  0::bigint, 'lon/lat follow the location of every place');

update public.places set location = st_setsrid(st_makepoint(10.061, 0.021), 4326)::geography
 where id = tests.id('b_pub');
select is((select row(lon, lat)::text from public.places where id = tests.id('b_pub')),
  row(10.061::float8, 0.021::float8)::text, 'moving a place moves its lon/lat');

select tests.act_as('anon');
select is(
  (select array_agg(tests.key(b.id) order by tests.key(b.id)) from public.places_in_bbox(10.0, 0.0, 10.1, 0.05) b),
  array['b_pub', 's_course'], 'the bbox query still returns exactly the places inside the box');
select is(
  (select count(*) from public.places_in_bbox(10.0, 0.0, 10.2, 0.1, '{}', 100)),
  (select count(*) from public.places p where p.location::geometry && st_makeenvelope(10.0, 0.0, 10.2, 0.1, 4326)),
  'as anon: the same rows as the geometry test alone (RLS applies to both)');

select * from finish();
rollback;
