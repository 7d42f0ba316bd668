create or replace function private.add_organisation_creator_as_owner() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if auth.uid() is not null and private.is_business() then
    insert into public.organisation_members (organisation_id, user_id, member_role)
    values (new.id, auth.uid(), 'owner')
    on conflict (organisation_id, user_id) do update set member_role = 'owner';
  end if;
  return null;
end
$$;
