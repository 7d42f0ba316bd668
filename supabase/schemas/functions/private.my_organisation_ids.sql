create or replace function private.my_organisation_ids() returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select m.organisation_id from public.organisation_members m where m.user_id = auth.uid()
$$;
