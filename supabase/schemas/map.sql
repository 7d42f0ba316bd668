-- The map query: its filter type and who may call it and the open-data export (the functions
-- themselves: functions/public.*.sql).
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- types

create type public.place_filter as (
  kinds place_kind[],
  quarters text[],
  statuses place_status[],
  languages text[],
  wheelchair boolean,
  open_hours text[],
  q text,
  tsquery tsquery,
  prefix text,
  working_time working_time[],
  german_max german_level,
  childcare boolean,
  refugees boolean,
  start_by date,
  free_only boolean,
  event_from timestamp with time zone,
  event_to timestamp with time zone
);

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function public.assert_bbox(double precision,double precision,double precision,double precision) from public, anon, authenticated, service_role;
grant execute on function public.assert_bbox(double precision,double precision,double precision,double precision) to anon, authenticated, service_role;

revoke all on function public.bbox_cells(double precision,double precision) from public, anon, authenticated, service_role;
grant execute on function public.bbox_cells(double precision,double precision) to anon, authenticated, service_role;

revoke all on function public.filter_bool(jsonb,text) from public, anon, authenticated, service_role;
grant execute on function public.filter_bool(jsonb,text) to anon, authenticated, service_role;

revoke all on function public.filter_date(jsonb,text) from public, anon, authenticated, service_role;
grant execute on function public.filter_date(jsonb,text) to anon, authenticated, service_role;

revoke all on function public.filter_text_array(jsonb,text) from public, anon, authenticated, service_role;
grant execute on function public.filter_text_array(jsonb,text) to anon, authenticated, service_role;

revoke all on function public.map_places(double precision,double precision,double precision,double precision,jsonb,integer) from public, anon, authenticated, service_role;
grant execute on function public.map_places(double precision,double precision,double precision,double precision,jsonb,integer) to anon, authenticated, service_role;

revoke all on function public.narrow_kinds(place_kind[],place_kind[]) from public, anon, authenticated, service_role;
grant execute on function public.narrow_kinds(place_kind[],place_kind[]) to anon, authenticated, service_role;

revoke all on function public.parse_place_filters(jsonb) from public, anon, authenticated, service_role;
grant execute on function public.parse_place_filters(jsonb) to anon, authenticated, service_role;

revoke all on function public.place_counts(double precision,double precision,double precision,double precision,jsonb) from public, anon, authenticated, service_role;
grant execute on function public.place_counts(double precision,double precision,double precision,double precision,jsonb) to anon, authenticated, service_role;

revoke all on function public.place_matches(integer[],double precision,double precision,double precision,double precision,place_filter,uuid[]) from public, anon, authenticated, service_role;
grant execute on function public.place_matches(integer[],double precision,double precision,double precision,double precision,place_filter,uuid[]) to anon, authenticated, service_role;

revoke all on function public.places_filtered(double precision,double precision,double precision,double precision,jsonb) from public, anon, authenticated, service_role;
grant execute on function public.places_filtered(double precision,double precision,double precision,double precision,jsonb) to anon, authenticated, service_role;

revoke all on function public.places_in_bbox(double precision,double precision,double precision,double precision,jsonb,integer) from public, anon, authenticated, service_role;
grant execute on function public.places_in_bbox(double precision,double precision,double precision,double precision,jsonb,integer) to anon, authenticated, service_role;

revoke all on function public.export_place_ids(double precision,double precision,double precision,double precision,jsonb,integer) from public, anon, authenticated, service_role;
grant execute on function public.export_place_ids(double precision,double precision,double precision,double precision,jsonb,integer) to anon, authenticated, service_role;
