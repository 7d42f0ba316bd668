create or replace function private.media_propose() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.approved_at is null and private.held_back() then
    perform private.propose_media(new);
  end if;
  return null;
end
$$;
