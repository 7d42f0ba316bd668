-- History lines the system writes are stored as a message key with parameters, not as German text
-- (issue 15, review): "gültig bis 31.12.2026" (renewals), "vom Team angelegt / bearbeitet" (staff
-- saves) were written into moderation_events.comment and shown in German to every reader. Now the
-- row carries message_key + message_params and the app words it in the reader's language
-- ($lib/i18n/history.ts). comment stays for what a person wrote (a reason, a moderator's note).
-- Rows written before this migration keep their German comment; the app recognises those three
-- texts and words them the same way, so old rows render in every language too (no rewrite of the
-- history, which the audit log also holds).

set search_path = public, extensions;

alter table public.moderation_events
  add column message_key text
    constraint moderation_events_message_key check (message_key in ('valid_until', 'staff_created', 'staff_edited')),
  add column message_params jsonb not null default '{}'::jsonb
    constraint moderation_events_message_params check (
      jsonb_typeof(message_params) = 'object' and octet_length(message_params::text) <= 1000
    );

comment on column public.moderation_events.message_key is
  'A line the system wrote, as a message key the app words in the reader''s language (valid_until {date}, staff_created, staff_edited); null for decisions a person wrote';

-- A business records only its own submissions and withdrawals, and no system line.
drop policy moderation_events_insert_business_own on public.moderation_events;
create policy moderation_events_insert_business_own on public.moderation_events
  for insert to authenticated
  with check (
    (select private.is_business())
    and private.can_edit_place(place_id)
    and decision in ('submitted', 'withdrawn')
    and actor = (select auth.uid())
    and message_key is null
    and message_params = '{}'::jsonb
  );

-- renew_place (20261125000800_moderation) and staff_renew_place (20261202030000_staff_entries),
-- restated: the new end date as a parameter, not as a German sentence.
create or replace function private.renew_place(target uuid, days int default 60) returns date
language plpgsql
security definer
set search_path = ''
as $$
declare
  new_end date;
begin
  if days is null or days < 1 or days > 180 then
    raise exception 'renew_place: days must be between 1 and 180' using errcode = '22023';
  end if;
  if not private.can_edit_place(target) then
    raise exception 'renew_place: not allowed' using errcode = '42501';
  end if;
  update public.places
     set valid_through = current_date + days
   where id = target and status = 'published'
  returning valid_through into new_end;
  if new_end is null then
    raise exception 'renew_place: only published entries can be renewed' using errcode = '22023';
  end if;
  insert into public.moderation_events (place_id, decision, message_key, message_params, actor)
  values (target, 'renewed', 'valid_until', jsonb_build_object('date', to_char(new_end, 'YYYY-MM-DD')),
          auth.uid());
  return new_end;
end
$$;

create or replace function private.staff_renew_place(target uuid, until date) returns date
language plpgsql
security invoker
set search_path = ''
as $$
declare
  new_end date;
begin
  if not private.is_staff() then
    raise exception 'staff_renew_place: only staff' using errcode = '42501';
  end if;
  if until is null or until <= current_date or until > current_date + 366 then
    raise exception 'staff_renew_place: the date must lie between tomorrow and one year ahead'
      using errcode = '22023';
  end if;
  update public.places set valid_through = until
   where id = target and status = 'published'
     and (valid_from is null or valid_from <= until)
  returning valid_through into new_end;
  if new_end is null then
    raise exception 'staff_renew_place: only published entries can be renewed' using errcode = '22023';
  end if;
  insert into public.moderation_events (place_id, decision, message_key, message_params, actor)
  values (target, 'renewed', 'valid_until', jsonb_build_object('date', to_char(new_end, 'YYYY-MM-DD')),
          auth.uid());
  return new_end;
end
$$;

revoke all on function private.renew_place(uuid, int), private.staff_renew_place(uuid, date)
  from public, anon, authenticated;
grant execute on function private.renew_place(uuid, int), private.staff_renew_place(uuid, date)
  to authenticated, service_role;
