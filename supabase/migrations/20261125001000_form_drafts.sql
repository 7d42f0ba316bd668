-- Form drafts: what a user typed into a form, saved on the server (autosave and every failed
-- submit) so a locked phone or an expired session loses nothing. Private to its owner, whatever
-- the role (staff included).

set search_path = public, extensions;

create table public.form_drafts (
  user_id uuid not null default auth.uid(),
  form_key text not null check (form_key ~ '^[a-z0-9:/_-]{1,120}$'),
  data jsonb not null check (jsonb_typeof(data) = 'object' and octet_length(data::text) <= 32000),
  updated_at timestamptz not null default now(),
  primary key (user_id, form_key)
);

alter table public.form_drafts enable row level security;

revoke all on table public.form_drafts from anon, authenticated;
grant select, insert, update, delete on table public.form_drafts to authenticated;
grant all on table public.form_drafts to service_role;

create trigger form_drafts_touch before update on public.form_drafts
for each row execute function private.touch_updated_at();

create policy form_drafts_select_own on public.form_drafts
  for select to authenticated
  using (user_id = (select auth.uid()));
create policy form_drafts_insert_own on public.form_drafts
  for insert to authenticated
  with check (user_id = (select auth.uid()));
create policy form_drafts_update_own on public.form_drafts
  for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
create policy form_drafts_delete_own on public.form_drafts
  for delete to authenticated
  using (user_id = (select auth.uid()));
