create or replace function private.media_approval() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.approved_at := case when private.held_back() then null else coalesce(new.approved_at, now()) end;
  return new;
end
$$;
