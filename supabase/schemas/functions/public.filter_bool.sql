create or replace function public.filter_bool(filters jsonb, key text) returns boolean
language plpgsql
immutable
set search_path = public, extensions
as $$
declare
  v jsonb := filters -> key;
begin
  if v is null or jsonb_typeof(v) = 'null' then
    return null;
  end if;
  if jsonb_typeof(v) <> 'boolean' then
    raise exception 'invalid filter %: expected true or false, got %', key, v using errcode = '22023';
  end if;
  return v::text::boolean;
end
$$;
