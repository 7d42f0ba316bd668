-- Moderation: the history of each entry's moderation (submitted, approved, returned with a comment,
-- rejected, withdrawn, renewed), append-only; only staff publish. renew_place() lets a business
-- extend a published entry without a new review.

set search_path = public, extensions;

create type public.moderation_decision as enum (
  'submitted',  -- business sent a new or changed entry to moderation
  'approved',   -- staff published it
  'returned',   -- staff sent it back with a comment (status draft)
  'rejected',   -- staff refused it (status archived)
  'withdrawn',  -- business took it off the map (status archived)
  'renewed'     -- business extended valid_through of a published entry
);

create table public.moderation_events (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete cascade,
  decision public.moderation_decision not null,
  comment text check (char_length(comment) <= 2000),
  actor uuid not null default auth.uid(),
  created_at timestamptz not null default now()
);
create index moderation_events_place_idx on public.moderation_events (place_id, created_at desc);

alter table public.moderation_events enable row level security;

revoke all on table public.moderation_events from anon, authenticated;
grant select, insert on table public.moderation_events to authenticated;
grant all on table public.moderation_events to service_role;

create trigger moderation_events_audit after insert or update or delete on public.moderation_events
for each row execute function private.audit_row_change();

-- Staff see and write all; business members see their places' history and may record only their
-- own submissions and withdrawals. Nobody updates or deletes (no grant).
create policy moderation_events_select_staff on public.moderation_events
  for select to authenticated
  using ((select private.is_staff()));
create policy moderation_events_select_business_own on public.moderation_events
  for select to authenticated
  using ((select private.is_business()) and private.can_edit_place(place_id));
create policy moderation_events_insert_staff on public.moderation_events
  for insert to authenticated
  with check ((select private.is_staff()) and actor = (select auth.uid()));
create policy moderation_events_insert_business_own on public.moderation_events
  for insert to authenticated
  with check (
    (select private.is_business())
    and private.can_edit_place(place_id)
    and decision in ('submitted', 'withdrawn')
    and actor = (select auth.uid())
  );

-- ---------------------------------------------------------------------------------------------
-- renew_place: a business member extends a published (possibly expired) entry without sending it
-- back to moderation — only valid_through changes, the content stays as approved. SECURITY
-- DEFINER because the update policy would otherwise turn the row 'pending'; the checks below are
-- the whole permission, and the audit trigger still records the caller.
-- ---------------------------------------------------------------------------------------------
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
  insert into public.moderation_events (place_id, decision, comment, actor)
  values (target, 'renewed', 'gültig bis ' || to_char(new_end, 'DD.MM.YYYY'), auth.uid());
  return new_end;
end
$$;

revoke all on function private.renew_place(uuid, int) from public, anon, authenticated;
grant execute on function private.renew_place(uuid, int) to authenticated, service_role;
