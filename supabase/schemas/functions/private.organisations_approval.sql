create or replace function private.organisations_approval() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.approved_at := case when private.held_back() then null else coalesce(new.approved_at, now()) end;
  elsif private.held_back() then
    new.approved_at := old.approved_at;
  end if;
  return new;
end
$$;
