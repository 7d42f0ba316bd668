create or replace function private.organisations_record_new() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.approved_at is null and private.held_back() then
    perform private.record_new_organisation(new);
  end if;
  return null;
end
$$;
