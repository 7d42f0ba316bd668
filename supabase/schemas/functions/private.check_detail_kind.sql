create or replace function private.check_detail_kind() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  expected public.place_kind[] := tg_argv::public.place_kind[];
  actual public.place_kind;
begin
  select kind into actual from public.places where id = new.place_id;
  if actual is not null and not (actual = any (expected)) then
    raise exception 'a % row belongs to a place of kind %, not %', tg_table_name,
      array_to_string(expected, ' or '), actual
      using errcode = '23514';
  end if;
  return null;
end
$$;
