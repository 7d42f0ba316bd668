-- Shortlists (issue 12, point 8): a coach's list of places for one client, kept on the server
-- under a pseudonymous label only (no name, no address: the column holds the coach's label),
-- visible only to the coach (or staff member) who made it — staff no longer read others'
-- lists —, deletable by its owner, and expiring 90 days after it was made: expired lists are
-- invisible and unchangeable for everyone, and private.delete_expired_shortlists()
-- (service_role) deletes them.

set search_path = public, extensions;

comment on column public.shortlists.name is
  'pseudonymous label chosen by the coach (no client name, no address)';
alter table public.shortlists
  add column expires_at timestamptz not null default (now() + interval '90 days');
alter table public.shortlists
  add constraint shortlists_expiry_90_days check (expires_at <= created_at + interval '90 days');
alter table public.shortlists
  add constraint shortlists_label_short check (char_length(name) <= 60);

drop policy shortlists_select_staff on public.shortlists;

drop policy shortlists_select_owner on public.shortlists;
create policy shortlists_select_owner on public.shortlists
  for select to authenticated
  using (
    owner_id = (select auth.uid())
    and expires_at > now()
    and ((select private.is_coach()) or (select private.is_staff()))
  );

drop policy shortlists_update_owner on public.shortlists;
create policy shortlists_update_owner on public.shortlists
  for update to authenticated
  using (
    owner_id = (select auth.uid())
    and expires_at > now()
    and ((select private.is_coach()) or (select private.is_staff()))
  )
  with check (
    owner_id = (select auth.uid())
    and ((select private.is_coach()) or (select private.is_staff()))
  );

-- the owner's delete policy stays as it was (an expired list is invisible, so out of its reach)

create function private.delete_expired_shortlists() returns bigint
language sql security definer set search_path = '' as $$
  with gone as (delete from public.shortlists where expires_at <= now() returning 1)
  select count(*) from gone
$$;
revoke all on function private.delete_expired_shortlists() from public, anon, authenticated;
grant execute on function private.delete_expired_shortlists() to service_role;
