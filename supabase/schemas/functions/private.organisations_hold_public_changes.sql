create or replace function private.organisations_hold_public_changes() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user <> 'authenticated' or private.is_staff() or old.approved_at is null then
    return new;
  end if;
  if private.organisation_public_columns(new) = private.organisation_public_columns(old) then
    return new;
  end if;
  perform private.propose_organisation_change(old.id, private.organisation_public_columns(new));
  new.name := old.name;
  new.kind := old.kind;
  new.description := old.description;
  new.address := old.address;
  new.location := old.location;
  new.contact_email := old.contact_email;
  new.contact_phone := old.contact_phone;
  new.website := old.website;
  return new;
end
$$;
