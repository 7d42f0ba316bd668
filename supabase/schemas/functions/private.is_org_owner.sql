create or replace function private.is_org_owner(org uuid) returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.organisation_members m
    where m.organisation_id = org and m.user_id = auth.uid() and m.member_role = 'owner'
  )
$$;
