create or replace function private.calendar_feeds_protect() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user = 'authenticated' and not private.is_staff() then
    new.trusted := old.trusted;
    new.created_by := old.created_by;
    new.claimed_by := old.claimed_by;
    new.claimed_until := old.claimed_until;
    new.last_run_at := old.last_run_at;
    new.last_ok := old.last_ok;
    new.last_report := old.last_report;
  end if;
  return new;
end
$$;
