create or replace function private.propose_organisation_change(org uuid, wanted jsonb) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  live jsonb;
  pending public.organisation_changes;
  proposal jsonb;
begin
  if not (private.is_business() and private.is_member_of(org)) then
    raise exception 'propose_organisation_change: not a member' using errcode = '42501';
  end if;
  select private.organisation_public_columns(o) into live from public.organisations o where o.id = org;
  if live is null then
    return;
  end if;
  select * into pending from public.organisation_changes c
   where c.organisation_id = org and c.status = 'pending'
   for update;
  -- Only the columns this statement changes overwrite the pending proposal.
  proposal := coalesce(pending.proposed, live) || coalesce(
    (select jsonb_object_agg(k, wanted -> k) from jsonb_object_keys(wanted) k
      where live ? k and (wanted -> k) is distinct from (live -> k)),
    '{}'::jsonb);
  if pending.id is null then
    if proposal <> live then
      insert into public.organisation_changes (organisation_id, proposed, previous, proposed_by)
      values (org, proposal, live, auth.uid());
    end if;
  elsif proposal = pending.previous then
    delete from public.organisation_changes where id = pending.id;  -- edited back: nothing to review
  else
    update public.organisation_changes set proposed = proposal, proposed_by = auth.uid()
     where id = pending.id;
  end if;
end
$$;
