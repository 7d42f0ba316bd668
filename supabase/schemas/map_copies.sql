-- Copies for the map: triggers that copy a vacancy's working time and an event's start onto its
-- place row (the columns the map query reads without a join).
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- triggers

create trigger places_map_columns before INSERT OR UPDATE
  on public.places
  for each row execute function private.places_map_columns();

create trigger vacancy_details_refresh_map_columns after INSERT OR DELETE OR UPDATE
  on public.vacancy_details
  for each row execute function private.details_refresh_map_columns();

create trigger event_details_refresh_map_columns after INSERT OR DELETE OR UPDATE
  on public.event_details
  for each row execute function private.details_refresh_map_columns();

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.details_refresh_map_columns() from public, anon, authenticated, service_role;

revoke all on function private.places_map_columns() from public, anon, authenticated, service_role;
