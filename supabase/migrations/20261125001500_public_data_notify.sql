-- NOTIFY qk_public_data after every write to a table that anonymous answers are built from; the
-- server empties its cache of public responses on it (src/lib/server/cache/public-cache.ts).
-- Statement triggers: one notification per statement, sent on commit, none on rollback.

set search_path = public, extensions;

create or replace function private.notify_public_data_changed() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform pg_notify('qk_public_data', tg_table_name);
  return null;
end
$$;

revoke all on function private.notify_public_data_changed() from public, anon, authenticated;

do $$
declare
  t text;
begin
  foreach t in array array['places', 'vacancy_details', 'space_details', 'service_details',
                           'event_details', 'organisations', 'quarters'] loop
    execute format(
      'create trigger %I after insert or update or delete or truncate on public.%I
         for each statement execute function private.notify_public_data_changed()',
      t || '_notify_public_data', t);
  end loop;
end
$$;
