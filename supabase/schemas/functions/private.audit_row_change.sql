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
