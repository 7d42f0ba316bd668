-- The audit trail: every change to the business tables, written by a SECURITY DEFINER trigger
-- (nobody can write it directly). Who (auth.uid() and the roles from the JWT), when, which row,
-- which columns and their old and new values. Image bytes and token hashes are never copied.
-- Each feature's migration attaches the trigger to its own tables
-- (`create trigger <table>_audit … execute function private.audit_row_change()`).

set search_path = public, extensions;

create table public.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor uuid,
  actor_roles jsonb,
  db_role text not null default current_user,
  table_name text not null,
  row_id text not null,
  action text not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
  changed_columns text[] not null default '{}',
  old_values jsonb,
  new_values jsonb
);
create index audit_log_row_idx on public.audit_log (table_name, row_id, at desc);
create index audit_log_actor_idx on public.audit_log (actor, at desc);

alter table public.audit_log enable row level security;

revoke all on table public.audit_log from anon, authenticated;
grant select on table public.audit_log to authenticated;
grant all on table public.audit_log to service_role;

-- Staff read everything; everybody reads their own actions. Nobody writes (no grant).
create policy audit_log_select_staff on public.audit_log
  for select to authenticated
  using ((select private.is_staff()));
create policy audit_log_select_own on public.audit_log
  for select to authenticated
  using (actor = (select auth.uid()));

-- SECURITY DEFINER so it can write audit_log, which no API role may write; auth.uid() still reads
-- the caller's claims, so the actor is the real user.
create or replace function private.audit_row_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  old_j jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  new_j jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  -- Never copied: derived columns, image bytes, secrets.
  skip text[] := array['search', 'updated_at', 'bytes', 'token_hash'];
  cols text[];
  row_key text;
begin
  row_key := coalesce(
    coalesce(new_j, old_j) ->> 'id',
    coalesce(new_j, old_j) ->> 'place_id',
    (coalesce(new_j, old_j) ->> 'organisation_id') || '/' || (coalesce(new_j, old_j) ->> 'user_id')
  );
  if tg_op = 'UPDATE' then
    cols := array(
      select k from jsonb_object_keys(new_j) k
      where k <> all (skip) and (old_j -> k) is distinct from (new_j -> k)
      order by k
    );
    if cardinality(cols) = 0 then
      return null;
    end if;
    old_j := (select jsonb_object_agg(k, old_j -> k) from unnest(cols) k);
    new_j := (select jsonb_object_agg(k, new_j -> k) from unnest(cols) k);
  else
    cols := array(
      select k from jsonb_object_keys(coalesce(new_j, old_j)) k where k <> all (skip) order by k
    );
    old_j := old_j - skip;
    new_j := new_j - skip;
  end if;
  insert into public.audit_log (actor, actor_roles, table_name, row_id, action, changed_columns, old_values, new_values)
  values (
    auth.uid(),
    auth.jwt() -> 'app_metadata' -> 'roles',
    tg_table_name,
    row_key,
    tg_op,
    cols,
    case when tg_op = 'INSERT' then null else old_j end,
    case when tg_op = 'DELETE' then null else new_j end
  );
  return null;
end
$$;

revoke all on function private.audit_row_change() from public, anon, authenticated;
