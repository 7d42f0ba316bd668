-- Form drafts: a half-filled form kept for its author.
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.form_drafts (
  user_id uuid default auth.uid() not null,
  form_key text not null,
  data jsonb not null,
  updated_at timestamp with time zone default now() not null,
  constraint form_drafts_pkey PRIMARY KEY (user_id, form_key),
  constraint form_drafts_data_check CHECK (((jsonb_typeof(data) = 'object'::text) AND (octet_length((data)::text) <= 32000))),
  constraint form_drafts_form_key_check CHECK ((form_key ~ '^[a-z0-9:/_-]{1,120}$'::text))
);

alter table public.form_drafts enable row level security;

create policy form_drafts_delete_own on public.form_drafts
  for delete to authenticated
  using ((user_id = ( SELECT auth.uid() AS uid)));

create policy form_drafts_insert_own on public.form_drafts
  for insert to authenticated
  with check ((user_id = ( SELECT auth.uid() AS uid)));

create policy form_drafts_select_own on public.form_drafts
  for select to authenticated
  using ((user_id = ( SELECT auth.uid() AS uid)));

create policy form_drafts_update_own on public.form_drafts
  for update to authenticated
  using ((user_id = ( SELECT auth.uid() AS uid)))
  with check ((user_id = ( SELECT auth.uid() AS uid)));

revoke all on public.form_drafts from public, anon, authenticated, service_role;
grant select, insert, update, delete on public.form_drafts to authenticated;
grant all on public.form_drafts to service_role;

-- triggers

create trigger form_drafts_touch before UPDATE
  on public.form_drafts
  for each row execute function private.touch_updated_at();
