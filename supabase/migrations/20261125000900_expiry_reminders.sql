-- Expiry reminders: one row per entry and validity end for which the business was reminded, so a
-- reminder goes out once (and again after a renewal). Written by the expiry job (service_role);
-- the entry's organisation and staff read them.

set search_path = public, extensions;

create table public.expiry_reminders (
  place_id uuid not null references public.places (id) on delete cascade,
  valid_through date not null,
  sent_at timestamptz not null default now(),
  recipients int not null default 0,
  primary key (place_id, valid_through)
);

alter table public.expiry_reminders enable row level security;

revoke all on table public.expiry_reminders from anon, authenticated;
grant select on table public.expiry_reminders to authenticated;
grant all on table public.expiry_reminders to service_role;

create policy expiry_reminders_select_staff on public.expiry_reminders
  for select to authenticated
  using ((select private.is_staff()));
create policy expiry_reminders_select_business_own on public.expiry_reminders
  for select to authenticated
  using ((select private.is_business()) and private.can_edit_place(place_id));
