-- Who may export: the open-data exports (/api/places?format=csv, download=1, events.ics,
-- jobposting.json, hsds/services) ask places_in_bbox for published places only, under the caller's
-- claims. Every role gets exactly the published, currently valid places — a business not its own
-- drafts, staff not the moderation queue.
begin;
select plan(6);
select tests.create_fixture();

create function pg_temp.export_keys() returns text[] language sql stable as $$
  select coalesce(array_agg(k order by k), '{}') from (
    select tests.key(e.id) k from public.export_place_ids(
      tests.bbox_west(), tests.bbox_south(), tests.bbox_east(), tests.bbox_north(), '{}') e
  ) v where k is not null
$$;

select tests.act_as('anon');
select is(pg_temp.export_keys(), array['a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service']::text[], 'anon exports the published places');
select tests.act_as('business_a');
select is(pg_temp.export_keys(), array['a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service']::text[], 'business A: the same, without its drafts or pending entries');
select tests.act_as('business_b');
select is(pg_temp.export_keys(), array['a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service']::text[], 'business B: the same');
select tests.act_as('coach');
select is(pg_temp.export_keys(), array['a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service']::text[], 'a coach: the same');
select tests.act_as('staff');
select is(pg_temp.export_keys(), array['a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service']::text[], 'staff: the same, no drafts, pending or expired entries');
select tests.act_as('service_role');
select is(pg_temp.export_keys(), array['a_pub', 'b_pub', 's_course', 's_event', 's_outside', 's_service']::text[], 'service_role: the same');

select * from finish();
rollback;
