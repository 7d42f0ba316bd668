create or replace function public.filter_date(filters jsonb, key text) returns date
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
  if jsonb_typeof(v) <> 'string' or (v #>> '{}') !~ '^\d{4}-\d{2}-\d{2}$' then
    raise exception 'invalid filter %: expected a date YYYY-MM-DD, got %', key, v using errcode = '22023';
  end if;
  return (v #>> '{}')::date;
exception
  when datetime_field_overflow or invalid_datetime_format then
    raise exception 'invalid filter %: expected a date YYYY-MM-DD, got %', key, v using errcode = '22023';
end
$$;
