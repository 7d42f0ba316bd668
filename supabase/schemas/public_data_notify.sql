-- NOTIFY on public data: triggers that tell the server's public cache that public data changed
-- (pg_notify on channel qk_public_data, sent on commit), kept apart from the map query.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- triggers

create trigger quarters_notify_public_data after INSERT OR DELETE OR UPDATE
  on public.quarters
  for each statement execute function private.notify_public_data_changed();

create trigger quarters_notify_public_truncate after TRUNCATE
  on public.quarters
  for each statement execute function private.notify_public_data_changed();

create trigger organisations_notify_public_delete after DELETE
  on public.organisations
  for each row execute function private.notify_public_data_changed();

create trigger organisations_notify_public_truncate after TRUNCATE
  on public.organisations
  for each statement execute function private.notify_public_data_changed();

create trigger organisations_notify_public_update after update
  on public.organisations
  for each row when (
    (old.name, old.kind, old.description, old.address, old.location::text, old.contact_email,
     old.contact_phone, old.website)
    is distinct from
    (new.name, new.kind, new.description, new.address, new.location::text, new.contact_email,
     new.contact_phone, new.website)
  ) execute function private.notify_public_data_changed();

create trigger places_notify_public_delete after DELETE
  on public.places
  for each row when ((old.status = 'published'::place_status)) execute function private.notify_public_data_changed();

create trigger places_notify_public_insert after INSERT
  on public.places
  for each row when ((new.status = 'published'::place_status)) execute function private.notify_public_data_changed();

create trigger places_notify_public_truncate after TRUNCATE
  on public.places
  for each statement execute function private.notify_public_data_changed();

create trigger places_notify_public_update after UPDATE
  on public.places
  for each row when (((old.status = 'published'::place_status) OR (new.status = 'published'::place_status))) execute function private.notify_public_data_changed();

create trigger vacancy_details_notify_public_data after INSERT OR DELETE OR UPDATE
  on public.vacancy_details
  for each row execute function private.notify_public_detail_changed();

create trigger vacancy_details_notify_public_truncate after TRUNCATE
  on public.vacancy_details
  for each statement execute function private.notify_public_data_changed();

create trigger space_details_notify_public_data after INSERT OR DELETE OR UPDATE
  on public.space_details
  for each row execute function private.notify_public_detail_changed();

create trigger space_details_notify_public_truncate after TRUNCATE
  on public.space_details
  for each statement execute function private.notify_public_data_changed();

create trigger service_details_notify_public_data after INSERT OR DELETE OR UPDATE
  on public.service_details
  for each row execute function private.notify_public_detail_changed();

create trigger service_details_notify_public_truncate after TRUNCATE
  on public.service_details
  for each statement execute function private.notify_public_data_changed();

create trigger event_details_notify_public_data after INSERT OR DELETE OR UPDATE
  on public.event_details
  for each row execute function private.notify_public_detail_changed();

create trigger event_details_notify_public_truncate after TRUNCATE
  on public.event_details
  for each statement execute function private.notify_public_data_changed();

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.notify_public_data_changed() from public, anon, authenticated, service_role;

revoke all on function private.notify_public_detail_changed() from public, anon, authenticated, service_role;
