create or replace function private.accept_organisation_invites() returns int
language plpgsql
security definer
set search_path = ''
as $$
declare
  n int := 0;
  inv record;
begin
  if auth.uid() is null or not private.is_business() or coalesce(auth.email(), '') = '' then
    return 0;
  end if;
  for inv in
    select * from public.organisation_invites
    where email = lower(auth.email()) and accepted_at is null and created_at > now() - interval '30 days'
    for update
  loop
    insert into public.organisation_members (organisation_id, user_id, member_role)
    values (inv.organisation_id, auth.uid(), 'member')
    on conflict (organisation_id, user_id) do nothing;
    update public.organisation_invites set accepted_at = now(), accepted_by = auth.uid() where id = inv.id;
    n := n + 1;
  end loop;
  return n;
end
$$;
