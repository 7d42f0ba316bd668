-- The SQL functions the app calls: bbox query and filters, counts, detail, stats, GeoJSON, and the
-- quarter assignment trigger. They run as the caller, so RLS decides what they return.
begin;
select plan(70);
select tests.create_fixture();

-- places_in_bbox: area, order, limit ---------------------------------------------------------
select tests.act_as('anon');
select is(tests.bbox_keys(), array['b_pub', 'a_pub', 's_outside', 's_service', 's_course', 's_event'],
  'anon gets the published current places, ordered by kind (enum order) and title');
select is(
  (select array_agg(tests.key(b.id)) from public.places_in_bbox(10.0, 0.0, 10.1, 0.05) b),
  array['b_pub', 's_course'], 'a smaller bbox returns only the places inside it');
select is(tests.bbox_keys('{}', 2), array['b_pub', 'a_pub'], 'max_rows limits the rows');
select is(
  (select row(b.lon, b.lat, b.quarter_id, b.organisation_name, b.working_time::text, b.german_level::text, b.is_demo)::text
   from public.places_in_bbox(10.0, 0.0, 10.2, 0.1) b where b.id = tests.id('a_pub')),
  row(10.05::float8, 0.075::float8, 'test-nord', 'Bäckerei Sonnenschein', 'part_time', 'A2', true)::text,
  'a row carries coordinates, quarter, organisation name and vacancy facets');
select is(
  (select b.starts_at from public.places_in_bbox(10.0, 0.0, 10.2, 0.1) b where b.id = tests.id('s_event')),
  ((current_date + 7)::timestamp + time '10:00') at time zone 'Europe/Berlin',
  'an event row carries its start');

-- filters ---------------------------------------------------------------------------------------
select is(tests.bbox_keys('{"kinds": ["vacancy", "event"]}'), array['b_pub', 'a_pub', 's_event'], 'filter kinds');
select is(tests.bbox_keys('{"quarters": ["test-nord"]}'), array['a_pub', 's_service', 's_event'], 'filter quarters');
select is(tests.bbox_keys('{"q": "Bäckereien"}'), array['a_pub'],
  'full-text search stems German: "Bäckereien" finds "Bäckerei"');
select is(tests.bbox_keys('{"q": "Bewerbung"}'), array['s_service', 's_course'],
  'full-text search stems German: "Bewerbung" finds "Bewerbungen" and "Online-Bewerbung" in descriptions');
select is(tests.bbox_keys('{"q": "verkaufen"}'), array['a_pub'],
  'full-text search stems German: "verkaufen" finds "Verkauf"');
select is(tests.bbox_keys('{"q": "Bewerbung -Computerkurs"}'), array['s_service'], 'web search syntax: -word excludes');
select is(tests.bbox_keys('{"q": "Sonnenschein"}'), array['a_pub'], 'search finds places by organisation name');
select is(tests.bbox_keys('{"q": "Lagerh"}'), array['b_pub'], 'a half-typed word matches a word prefix of the title');
select is(tests.bbox_keys('{"q": "bäck"}'), array['a_pub'], 'the prefix match ignores case');
select is(tests.bbox_keys('{"q": "ager"}'), array['b_pub'], 'a part of a word matches (compound words: "ager" in "Lagerhelfer")');
select is(tests.bbox_keys('{"q": "(a+"}'), '{}'::text[], 'regex characters in the query are harmless');
select is(tests.bbox_keys('{"kinds": ["vacancy"], "working_time": ["part_time"]}'), array['a_pub'], 'filter working_time');
select is(tests.bbox_keys('{"working_time": ["part_time"]}'), array['a_pub'],
  'a vacancy filter shows vacancies only (other kinds no longer pass: issue 13)');
select is(tests.bbox_keys('{"kinds": ["employer", "support_service"], "childcare_friendly": true}'), '{}'::text[],
  'a vacancy filter with other kinds only finds nothing (the filters are combined with and)');
select is(tests.bbox_keys('{"kinds": ["vacancy", "event"], "suitable_for_refugees": true}'), array['a_pub'],
  'a vacancy filter narrows the chosen kinds to vacancies');
select is(tests.bbox_keys('{"working_time": []}'), tests.bbox_keys('{}'),
  'an empty working-time list is no filter');
select is(tests.bbox_keys(jsonb_build_object('start_by', current_date - 1)), array['b_pub', 'a_pub'],
  'start_by: vacancies without a start date start at once, so they are found');
select is(tests.bbox_keys('{"free_only": true}'), array['s_service'],
  'free_only shows free support services and learning places only');
select is(tests.bbox_keys(jsonb_build_object('event_from', current_date)), array['s_event'],
  'an event date shows events only');
select is(tests.bbox_keys('{"open_hours": []}'), '{}'::text[], 'open_hours empty: nothing is open');
select is(tests.bbox_keys(jsonb_build_object('open_hours', (select array_agg(distinct opening_hours)
    from public.places where id = tests.id('s_service')))),
  (select array_agg(tests.key(p.id) order by p.kind, p.title, p.id) from public.places p
   where p.opening_hours = (select opening_hours from public.places where id = tests.id('s_service'))
     and p.status = 'published' and tests.key(p.id) is not null
     and (p.valid_from is null or p.valid_from <= current_date)
     and (p.valid_through is null or p.valid_through >= current_date)),
  'open_hours: the places whose opening hours are one of the texts (the server lists those open)');
select throws_ok($$select * from public.places_in_bbox(10, 0, 10.2, 0.1, '{"start_by": "tomorrow"}')$$, '22023', null,
  'a start_by that is not a date is refused');
select is(tests.bbox_keys('{"kinds": ["vacancy"], "german_level_max": "B1"}'), array['a_pub'],
  'german_level_max B1 drops the vacancy needing B2');
select is(tests.bbox_keys('{"kinds": ["vacancy"], "german_level_max": "B2"}'), array['b_pub', 'a_pub'],
  'german_level_max B2 keeps it');
select is(tests.bbox_keys('{"kinds": ["vacancy"], "childcare_friendly": true}'), array['a_pub'], 'filter childcare_friendly');
select is(tests.bbox_keys('{"kinds": ["vacancy"], "childcare_friendly": false}'), array['b_pub', 'a_pub'],
  'childcare_friendly false does not filter');
select is(tests.bbox_keys('{"kinds": ["vacancy"], "suitable_for_refugees": true}'), array['a_pub'], 'filter suitable_for_refugees');
select is(tests.bbox_keys('{"wheelchair": true}'), array['a_pub', 's_service', 's_course', 's_event'],
  'filter wheelchair keeps yes and limited');
select is(tests.bbox_keys('{"languages": ["tr", "ar"]}'), array['a_pub', 's_service', 's_event'], 'filter languages (overlap)');
select is(tests.bbox_keys('{"kinds": ["support_service", "learning_place"], "free_only": true}'), array['s_service'],
  'filter free_only');
select is(
  tests.bbox_keys(jsonb_build_object('kinds', array['event'], 'event_from', current_date + 7, 'event_to', current_date + 7)),
  array['s_event'], 'an event on the chosen day is found');
select is(
  tests.bbox_keys(jsonb_build_object('kinds', array['event'], 'event_from', current_date + 8, 'event_to', current_date + 30)),
  '{}'::text[], 'an event before the chosen days is not');

select tests.act_as('business_a');
select is(tests.bbox_keys('{"kinds": ["vacancy"]}'), array['b_pub', 'a_pub'],
  'business A sees on the map what the public sees, not its own drafts (20261202005900)');
select is(tests.bbox_keys('{"kinds": ["vacancy"], "statuses": ["draft", "pending", "published", "archived"]}'),
  array['a_future', 'a_expired', 'a_draft', 'b_pub', 'a_pub'],
  'asking for every status, business A also gets its own unpublished vacancies (RLS applies)');
select is(tests.bbox_keys('{"kinds": ["vacancy"], "statuses": ["draft"]}'), array['a_draft'], 'filter statuses');

-- argument errors -------------------------------------------------------------------------------
select tests.act_as('anon');
select throws_ok($$select * from public.places_in_bbox(10.2, 0, 10.0, 0.1)$$, '22023', null, 'west >= east is refused');
select throws_ok($$select * from public.places_in_bbox(10, 0.1, 10.2, 0.1)$$, '22023', null, 'south >= north is refused');
select throws_ok($$select * from public.places_in_bbox(-200, 0, 10, 0.1)$$, '22023', null, 'longitude out of range is refused');
select throws_ok($$select * from public.places_in_bbox(10, 0, 10.2, 95)$$, '22023', null, 'latitude out of range is refused');
select throws_ok($$select * from public.places_in_bbox(10, 0, 10.2, 0.1, '{}', 0)$$, '22023', null, 'max_rows 0 is refused');
select throws_ok($$select * from public.places_in_bbox(10, 0, 10.2, 0.1, '{}', 10001)$$, '22023', null, 'max_rows 10001 is refused');
select throws_ok($$select * from public.places_in_bbox(10, 0, 10.2, 0.1, '{"kind": ["vacancy"]}')$$, '22023', null,
  'an unknown filter key is refused');
select throws_ok($$select * from public.places_in_bbox(10, 0, 10.2, 0.1, '{"kinds": ["castle"]}')$$, '22023', null,
  'an unknown kind is refused');
select throws_ok($$select * from public.places_in_bbox(10, 0, 10.2, 0.1, '{"german_level_max": "B3"}')$$, '22023', null,
  'an unknown German level is refused');
select throws_ok($$select * from public.places_in_bbox(10, 0, 10.2, 0.1, '{"wheelchair": "yes"}')$$, '22023', null,
  'a non-boolean flag is refused');

-- place_counts ----------------------------------------------------------------------------------
select is(tests.facet_count('total', null), 6::bigint, 'counts: total as anon');
select is(tests.facet_count('kind', 'vacancy'), 2::bigint, 'counts per kind');
select is(tests.facet_count('quarter', 'test-nord'), 3::bigint, 'counts per quarter');
select is(tests.facet_count('quarter', null), 1::bigint, 'counts outside the quarters');
select is(tests.facet_count('language', 'tr'), 2::bigint, 'counts per language');
select is(tests.facet_count('working_time', 'full_time', '{"kinds": ["vacancy"], "german_level_max": "B2"}'), 1::bigint,
  'counts follow the filters');
select tests.act_as('business_a');
select is(tests.facet_count('status', 'draft', '{"statuses": ["draft", "pending", "published", "archived"]}'), 1::bigint,
  'counts follow RLS (business A, asking for every status, counts its draft)');
select is(tests.facet_count('status', 'draft'), 0::bigint, 'without statuses the counts are the public ones');

-- place_detail ----------------------------------------------------------------------------------
select tests.act_as('anon');
select is(
  (select jsonb_build_object('title', d -> 'title', 'org', d -> 'organisation' -> 'name', 'quarter', d -> 'quarter_name',
     'working_time', d -> 'details' -> 'working_time', 'lon', d -> 'lon', 'lat', d -> 'lat')
   from public.place_detail(tests.id('a_pub')) d),
  jsonb_build_object('title', 'Verkäuferin in unserer Bäckerei', 'org', 'Bäckerei Sonnenschein', 'quarter', 'Testquartier Nord',
    'working_time', 'part_time', 'lon', 10.05, 'lat', 0.075),
  'place_detail: place with organisation, quarter name, coordinates and vacancy details');
select is(public.place_detail(tests.id('s_service')) -> 'details' ->> 'cost', 'free', 'place_detail: service details of a service');
select ok(not (public.place_detail(tests.id('a_pub')) ?| array['search', 'location', 'created_by']),
  'place_detail leaves out search vector, raw location and creator');
select is(public.place_detail(tests.id('a_draft')), null, 'place_detail is null for a draft as anon');
select is(public.place_detail(gen_random_uuid()), null, 'place_detail is null for an unknown id');
select tests.act_as('business_a');
select isnt(public.place_detail(tests.id('a_draft')), null, 'business A gets the detail of its own draft');
select tests.act_as('business_b');
select is(public.place_detail(tests.id('a_draft')), null, 'business B does not');

-- quarter_stats ---------------------------------------------------------------------------------
select tests.act_as('staff');
select results_eq(
  $$select quarter_id, quarter_name, kind::text, n from public.quarter_stats() where quarter_id like 'test-%'$$,
  $$values ('test-nord', 'Testquartier Nord', 'vacancy', 1::bigint), ('test-nord', 'Testquartier Nord', 'support_service', 1),
           ('test-nord', 'Testquartier Nord', 'event', 1), ('test-sued', 'Testquartier Süd', 'vacancy', 1),
           ('test-sued', 'Testquartier Süd', 'learning_place', 1)$$,
  'quarter_stats counts what the public map shows, by quarter and kind (the same for staff)');
select is(
  (select n from public.quarter_stats(published_only => false) where quarter_id = 'test-nord' and kind = 'vacancy'),
  4::bigint, 'quarter_stats(published_only => false) counts every place the caller sees');

-- quarters_geojson ------------------------------------------------------------------------------
select tests.act_as('anon');
select is(
  (select jsonb_build_object('type', g -> 'type', 'feature', f - 'geometry', 'geometry_type', f -> 'geometry' -> 'type')
   from public.quarters_geojson() g, jsonb_array_elements(g -> 'features') f
   where f ->> 'id' = 'test-sued'),
  '{"type": "FeatureCollection", "geometry_type": "MultiPolygon",
    "feature": {"type": "Feature", "id": "test-sued",
                "properties": {"id": "test-sued", "name": "Testquartier Süd", "approximate": true}}}'::jsonb,
  'quarters_geojson: a FeatureCollection with id, name and approximate');

-- quarter assignment trigger ----------------------------------------------------------------
select tests.act_as('business_a');
insert into public.places (id, kind, title, location, status, organisation_id)
values ('e0000000-0000-4000-8000-000000000001', 'employer', 'Neue Filiale Süd', 'SRID=4326;POINT(10.08 0.01)', 'draft',
        tests.id('org_a'));
select is((select quarter_id from public.places where id = 'e0000000-0000-4000-8000-000000000001'), 'test-sued',
  'a new place gets the quarter its location lies in');
update public.places set location = 'SRID=4326;POINT(10.15 0.09)' where id = 'e0000000-0000-4000-8000-000000000001';
select is((select quarter_id from public.places where id = 'e0000000-0000-4000-8000-000000000001'), null,
  'moving it outside the quarters clears the quarter');

select * from finish();
rollback;
