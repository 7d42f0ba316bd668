-- Colleague invitations: an owner invites a colleague by e-mail; the colleague joins when signed in
-- with that (confirmed) address (private.accept_organisation_invites()). Owners manage their
-- organisation's invitations, members see them, the invitee sees invitations to their address;
-- staff see and manage all. Never updated (a repeated invitation replaces the old row).

set search_path = public, extensions;

create table public.organisation_invites (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  email text not null check (email = lower(email) and char_length(email) between 3 and 254 and email like '%@%'),
  invited_by uuid not null default auth.uid(),
  created_at timestamptz not null default now(),
  accepted_at timestamptz,
  accepted_by uuid,
  unique (organisation_id, email)
);

alter table public.organisation_invites enable row level security;

revoke all on table public.organisation_invites from anon, authenticated;
grant select, insert, delete on table public.organisation_invites to authenticated;
grant all on table public.organisation_invites to service_role;

create trigger organisation_invites_audit after insert or update or delete on public.organisation_invites
for each row execute function private.audit_row_change();

create policy organisation_invites_select_member on public.organisation_invites
  for select to authenticated
  using ((select private.is_business()) and private.is_member_of(organisation_id));
create policy organisation_invites_select_invitee on public.organisation_invites
  for select to authenticated
  using (email = lower((select auth.email())));
create policy organisation_invites_select_staff on public.organisation_invites
  for select to authenticated
  using ((select private.is_staff()));
create policy organisation_invites_insert_owner on public.organisation_invites
  for insert to authenticated
  with check (
    (select private.is_business())
    and private.is_org_owner(organisation_id)
    and invited_by = (select auth.uid())
    and accepted_at is null
  );
create policy organisation_invites_insert_staff on public.organisation_invites
  for insert to authenticated
  with check ((select private.is_staff()) and accepted_at is null);
create policy organisation_invites_delete_owner on public.organisation_invites
  for delete to authenticated
  using ((select private.is_business()) and private.is_org_owner(organisation_id));
create policy organisation_invites_delete_staff on public.organisation_invites
  for delete to authenticated
  using ((select private.is_staff()));

-- ---------------------------------------------------------------------------------------------
-- accept_organisation_invites: the signed-in business user joins every organisation that invited
-- their (confirmed: both providers only sign in confirmed addresses) e-mail address in the last
-- 30 days. Returns how many memberships were added.
-- ---------------------------------------------------------------------------------------------
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

revoke all on function private.accept_organisation_invites() from public, anon, authenticated;
grant execute on function private.accept_organisation_invites() to authenticated, service_role;
