-- Places: every opportunity on the map (employers, vacancies, vacant spaces, public spaces,
-- support services, learning places, events) with the fields all kinds share. Who sees and changes
-- which rows; a business edit of a published place goes back to moderation.
-- Kind-specific details: 20261125000600_place_details.sql; the map query: …_map_query.sql.

set search_path = public, extensions;

create type public.place_kind as enum (
  'employer', 'vacancy', 'vacant_space', 'public_space', 'support_service', 'learning_place', 'event'
);
create type public.place_status as enum ('draft', 'pending', 'published', 'archived');
create type public.wheelchair_access as enum ('yes', 'limited', 'no', 'unknown');

create table public.places (
  id uuid primary key default gen_random_uuid(),
  kind public.place_kind not null,
  title text not null check (char_length(title) between 3 and 160),
  description text not null default '' check (char_length(description) <= 6000),
  -- Short text in Leichte Sprache (easy German), shown when present.
  easy_german text check (char_length(easy_german) <= 2000),
  -- Translated title/description: {"en": {"title": "…", "description": "…"}, "tr": {…}}.
  translations jsonb not null default '{}'::jsonb check (jsonb_typeof(translations) = 'object'),
  location geography(Point, 4326) not null,
  address text check (char_length(address) <= 300),
  -- Set by trigger from the location; null outside the three quarters.
  quarter_id text references public.quarters (id) on update cascade,
  opening_hours text check (char_length(opening_hours) <= 500),
  wheelchair public.wheelchair_access not null default 'unknown',
  -- ISO 639-1 codes of the languages spoken on site.
  languages text[] not null default '{de}' check (array_position(languages, null) is null),
  -- Kind-specific facets without their own column, e.g. learning places: open_wlan, quarter_office.
  tags text[] not null default '{}',
  contact_name text check (char_length(contact_name) <= 120),
  contact_phone text check (char_length(contact_phone) <= 50),
  contact_email text check (char_length(contact_email) <= 254),
  website text check (char_length(website) <= 500),
  status public.place_status not null default 'draft',
  valid_from date,
  valid_through date,
  organisation_id uuid references public.organisations (id) on delete cascade,
  is_demo boolean not null default false,
  created_by uuid default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  search tsvector generated always as (
    setweight(to_tsvector('german', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('german', coalesce(description, '')), 'C')
  ) stored,
  constraint places_validity check (valid_through is null or valid_from is null or valid_through >= valid_from)
);
create index places_location_idx on public.places using gist (location);
create index places_geom_idx on public.places using gist ((location::geometry));
create index places_kind_status_idx on public.places (kind, status);
create index places_org_idx on public.places (organisation_id);
create index places_quarter_idx on public.places (quarter_id);
create index places_search_idx on public.places using gin (search);

alter table public.places enable row level security;

revoke all on table public.places from anon, authenticated;
grant select on table public.places to anon;
grant select, insert, update, delete on table public.places to authenticated;
grant all on table public.places to service_role;

-- ---------------------------------------------------------------------------------------------
-- Helper: may the caller change this place (and therefore its detail rows, photos, history)?
-- Staff: any place. Business users: places of organisations they belong to. Unknown ids: false.
-- ---------------------------------------------------------------------------------------------
create or replace function private.can_edit_place(place_id uuid) returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.places p
    where p.id = can_edit_place.place_id
      and (
        private.is_staff()
        or (private.is_business() and private.is_member_of(p.organisation_id))
      )
  )
$$;

-- ---------------------------------------------------------------------------------------------
-- Triggers
-- ---------------------------------------------------------------------------------------------

-- The quarter of a place follows its location.
create or replace function private.set_place_quarter() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.quarter_id := (
    select q.id from public.quarters q
    where extensions.st_intersects(q.boundary, new.location::extensions.geometry)
    order by q.id
    limit 1
  );
  return new;
end
$$;

create trigger places_set_quarter
before insert or update of location on public.places
for each row execute function private.set_place_quarter();

-- A business edit of a published place goes back to moderation: the row becomes 'pending' again.
-- (Explicitly setting 'published' from another status is refused by the update policy.) Only
-- requests running as `authenticated` are affected; seeds, service_role and staff are not.
create or replace function private.places_business_edit_to_pending() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user = 'authenticated' and not private.is_staff()
     and old.status = 'published' and new.status = 'published' then
    new.status := 'pending';
  end if;
  return new;
end
$$;

create trigger places_edit_to_pending
before update on public.places
for each row execute function private.places_business_edit_to_pending();

create trigger places_protect_provenance
before insert or update on public.places
for each row execute function private.protect_provenance();

create trigger places_touch before update on public.places
for each row execute function private.touch_updated_at();

create trigger places_audit after insert or update or delete on public.places
for each row execute function private.audit_row_change();

revoke all on function
  private.can_edit_place(uuid), private.set_place_quarter(), private.places_business_edit_to_pending()
from public, anon, authenticated;
grant execute on function private.can_edit_place(uuid) to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- Policies
-- ---------------------------------------------------------------------------------------------

-- What the public map shows: published and currently valid.
create policy places_select_published on public.places
  for select to anon, authenticated
  using (
    status = 'published'
    and (valid_from is null or valid_from <= current_date)
    and (valid_through is null or valid_through >= current_date)
  );

-- Business users see every row of their organisations, whatever the status.
create policy places_select_business_own on public.places
  for select to authenticated
  using (
    (select private.is_business())
    and organisation_id in (select private.my_organisation_ids())
  );

create policy places_select_staff on public.places
  for select to authenticated
  using ((select private.is_staff()));

-- Business users create places for their organisations, as draft or submitted for moderation.
create policy places_insert_business_own on public.places
  for insert to authenticated
  with check (
    (select private.is_business())
    and organisation_id in (select private.my_organisation_ids())
    and status in ('draft', 'pending')
    and created_by is not distinct from (select auth.uid())
  );

create policy places_insert_staff on public.places
  for insert to authenticated
  with check ((select private.is_staff()));

-- Business users edit their organisations' places; the place stays with one of their
-- organisations and never becomes 'published' through them (only staff publish).
create policy places_update_business_own on public.places
  for update to authenticated
  using (
    (select private.is_business())
    and organisation_id in (select private.my_organisation_ids())
  )
  with check (
    (select private.is_business())
    and organisation_id in (select private.my_organisation_ids())
    and status <> 'published'
  );

create policy places_update_staff on public.places
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));

-- Business users delete only drafts; anything that was submitted is archived instead.
create policy places_delete_business_own_draft on public.places
  for delete to authenticated
  using (
    (select private.is_business())
    and organisation_id in (select private.my_organisation_ids())
    and status = 'draft'
  );

create policy places_delete_staff on public.places
  for delete to authenticated
  using ((select private.is_staff()));

-- ---------------------------------------------------------------------------------------------
-- quarter_stats: places per quarter and kind. By default only what the public map shows
-- (published and current), so the numbers are the same for every caller; with
-- published_only => false every place the caller may see counts (staff: drafts too).
-- ---------------------------------------------------------------------------------------------
create or replace function public.quarter_stats(published_only boolean default true)
returns table (quarter_id text, quarter_name text, kind public.place_kind, n bigint)
language sql
stable
security invoker
set search_path = public, extensions
as $$
  select q.id, q.name, p.kind, count(*)
  from public.places p
  join public.quarters q on q.id = p.quarter_id
  where not published_only
     or (p.status = 'published'
         and (p.valid_from is null or p.valid_from <= current_date)
         and (p.valid_through is null or p.valid_through >= current_date))
  group by q.id, q.name, p.kind
  order by q.id, p.kind
$$;

revoke execute on function public.quarter_stats(boolean) from public;
grant execute on function public.quarter_stats(boolean) to anon, authenticated, service_role;
