-- Profiles and memberships belong to an account of auth.users: a deleted account takes its profile
-- and its memberships with it (on hosted Supabase, deleting a user in the dashboard or through the
-- admin API; locally, the embedded provider's auth.users of supabase/shim). Until now both tables
-- only held the user's id, so a deleted account left them behind and any uuid could be inserted.
--
-- A new migration rather than an edit of 20261125000400_organisations.sql: databases made from
-- that file already exist. A database holding profiles or memberships of accounts that no longer
-- exist fails here, naming the constraint: delete those rows first (they belong to nobody).

alter table public.profiles
  add constraint profiles_id_fkey
  foreign key (id) references auth.users (id) on delete cascade;

alter table public.organisation_members
  add constraint organisation_members_user_id_fkey
  foreign key (user_id) references auth.users (id) on delete cascade;
