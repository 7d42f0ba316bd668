create or replace function private.places_renewal_confirms() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.decision = 'renewed' then
    perform set_config('qk.confirm_place', new.place_id::text, true);
    update public.places set confirmed_at = now() where id = new.place_id;
    perform set_config('qk.confirm_place', '', true);
  end if;
  return new;
end
$$;
