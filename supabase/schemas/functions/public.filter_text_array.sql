create or replace function public.filter_text_array(filters jsonb, key text) returns text[]
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
  if jsonb_typeof(v) <> 'array'
     or exists (select 1 from jsonb_array_elements(v) e where jsonb_typeof(e) <> 'string') then
    raise exception 'invalid filter %: expected an array of strings, got %', key, v
      using errcode = '22023';
  end if;
  return array(select jsonb_array_elements_text(v));
end
$$;
