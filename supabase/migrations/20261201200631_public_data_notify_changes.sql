-- NOTIFY qk_public_data only for writes that change what the public sees, instead of after every
-- statement on the public tables: a draft saved, a place submitted, a business editing its
-- unpublished entries or an organisation's bookkeeping columns no longer empty every server's
-- cache of public answers. (Sign-ins, autosaves in form_drafts and audit rows never touched these
-- tables; the server itself stops emptying its caches after every form POST, src/hooks.server.ts.)
--
-- What the public sees: published places (and their detail rows), the public columns of
-- organisations (shown with their vacancies and in the JSON-LD), and quarters. A place that enters
-- or leaves 'published' notifies, as does every change of a published place. Row triggers with WHEN
-- conditions; pg_notify folds identical notifications of one transaction into one, sent on commit
-- (none on rollback). Replaces the statement triggers of 20261125001500_public_data_notify.sql.

set search_path = public, extensions;

do $$
declare
  t text;
begin
  foreach t in array array['places', 'vacancy_details', 'space_details', 'service_details',
                           'event_details', 'organisations', 'quarters'] loop
    execute format('drop trigger if exists %I on public.%I', t || '_notify_public_data', t);
  end loop;
end
$$;

-- Detail rows: public when their place is published. Security definer so that the caller's RLS
-- (a business sees only its own places) never hides the parent; reads one row by primary key.
create or replace function private.notify_public_detail_changed() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  ids uuid[] := case tg_op
    when 'INSERT' then array[new.place_id]
    when 'DELETE' then array[old.place_id]
    else array[old.place_id, new.place_id]
  end;
begin
  if exists (select 1 from public.places p where p.id = any (ids) and p.status = 'published') then
    perform pg_notify('qk_public_data', tg_table_name);
  end if;
  return null;
end
$$;

revoke all on function private.notify_public_detail_changed() from public, anon, authenticated;

create trigger places_notify_public_insert
after insert on public.places
for each row when (new.status = 'published')
execute function private.notify_public_data_changed();

create trigger places_notify_public_update
after update on public.places
for each row when (old.status = 'published' or new.status = 'published')
execute function private.notify_public_data_changed();

create trigger places_notify_public_delete
after delete on public.places
for each row when (old.status = 'published')
execute function private.notify_public_data_changed();

do $$
declare
  t text;
begin
  foreach t in array array['vacancy_details', 'space_details', 'service_details', 'event_details'] loop
    execute format(
      'create trigger %I after insert or update or delete on public.%I
         for each row execute function private.notify_public_detail_changed()',
      t || '_notify_public_data', t);
  end loop;
end
$$;

-- Organisations: only their public columns (not updated_at, created_by, is_demo); a new
-- organisation has no published place yet, so an insert shows nothing new.
create trigger organisations_notify_public_update
after update on public.organisations
for each row when (
  (old.name, old.kind, old.description, old.address, old.location::text, old.contact_email,
   old.contact_phone, old.website)
  is distinct from
  (new.name, new.kind, new.description, new.address, new.location::text, new.contact_email,
   new.contact_phone, new.website)
)
execute function private.notify_public_data_changed();

create trigger organisations_notify_public_delete
after delete on public.organisations
for each row execute function private.notify_public_data_changed();

create trigger quarters_notify_public_data
after insert or update or delete on public.quarters
for each statement execute function private.notify_public_data_changed();

-- TRUNCATE has no rows to look at: it always notifies.
do $$
declare
  t text;
begin
  foreach t in array array['places', 'vacancy_details', 'space_details', 'service_details',
                           'event_details', 'organisations', 'quarters'] loop
    execute format(
      'create trigger %I after truncate on public.%I
         for each statement execute function private.notify_public_data_changed()',
      t || '_notify_public_truncate', t);
  end loop;
end
$$;
