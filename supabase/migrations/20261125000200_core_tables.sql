-- Core schema: quarters, organisations and their members, profiles, places with the fields each
-- kind needs. Row level security is enabled here and the policies follow in the next migration.

set search_path = public, extensions;

create type public.user_role as enum ('business', 'coach', 'staff');
create type public.organisation_kind as enum ('employer', 'carrier', 'project', 'public_body');
create type public.place_kind as enum (
  'employer', 'vacancy', 'vacant_space', 'public_space', 'support_service', 'learning_place', 'event'
);
create type public.place_status as enum ('draft', 'pending', 'published', 'archived');
create type public.wheelchair_access as enum ('yes', 'limited', 'no', 'unknown');
create type public.working_time as enum ('full_time', 'part_time', 'mini_job');
-- CEFR levels; 'none' means no German is needed.
create type public.german_level as enum ('none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2');
create type public.space_type as enum ('shop', 'office', 'room', 'workshop', 'other');
create type public.event_type as enum ('job_fair', 'company_visit', 'internship', 'workshop', 'info', 'other');
create type public.cost_kind as enum ('free', 'reduced', 'paid');

-- Programme areas. Sennestadt is the official Stadtbezirk polygon; Sieker-Mitte and Baumheide are
-- drawn approximations (approximate = true) until the city provides the programme boundaries.
create table public.quarters (
  id text primary key check (id ~ '^[a-z0-9-]+$'),
  name text not null,
  boundary geometry(MultiPolygon, 4326) not null,
  approximate boolean not null default false,
  source text not null,
  created_at timestamptz not null default now()
);
create index quarters_boundary_idx on public.quarters using gist (boundary);

create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) between 2 and 200),
  kind public.organisation_kind not null default 'employer',
  description text check (char_length(description) <= 4000),
  address text check (char_length(address) <= 300),
  location geography(Point, 4326),
  contact_email text check (char_length(contact_email) <= 254),
  contact_phone text check (char_length(contact_phone) <= 50),
  website text check (char_length(website) <= 500),
  is_demo boolean not null default false,
  created_by uuid default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table public.organisation_members (
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  user_id uuid not null,
  member_role text not null default 'member' check (member_role in ('owner', 'member')),
  created_at timestamptz not null default now(),
  primary key (organisation_id, user_id)
);
create index organisation_members_user_idx on public.organisation_members (user_id);

-- One row per account. The role that grants rights is in the signed JWT (app_metadata.roles);
-- this table holds the display data and mirrors the role for staff screens.
create table public.profiles (
  id uuid primary key,
  display_name text check (char_length(display_name) <= 120),
  role public.user_role not null default 'business',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

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

create table public.vacancy_details (
  place_id uuid primary key references public.places (id) on delete cascade,
  working_time public.working_time not null,
  hours_per_week numeric(4, 1) check (hours_per_week > 0 and hours_per_week <= 60),
  fixed_term boolean not null default false,
  start_date date,
  salary_min numeric(10, 2) check (salary_min >= 0),
  salary_max numeric(10, 2) check (salary_max >= 0),
  salary_unit text check (salary_unit in ('hour', 'month', 'year')),
  german_level public.german_level not null default 'none',
  childcare_friendly boolean not null default false,
  suitable_for_refugees boolean not null default false,
  how_to_apply text check (char_length(how_to_apply) <= 2000),
  constraint vacancy_salary_range check (salary_max is null or salary_min is null or salary_max >= salary_min)
);

create table public.space_details (
  place_id uuid primary key references public.places (id) on delete cascade,
  space_type public.space_type not null,
  area_m2 numeric(8, 1) check (area_m2 > 0 and area_m2 < 100000),
  rent_eur_month numeric(10, 2) check (rent_eur_month >= 0),
  free_interim_use boolean not null default false,
  available_from date,
  available_until date,
  welcome_uses text check (char_length(welcome_uses) <= 1000),
  constraint space_availability check (available_until is null or available_from is null or available_until >= available_from)
);

-- Close to Open Referral HSDS `service`: eligibility, fees, languages, required documents.
create table public.service_details (
  place_id uuid primary key references public.places (id) on delete cascade,
  eligibility text check (char_length(eligibility) <= 2000),
  cost public.cost_kind not null default 'free',
  fees_description text check (char_length(fees_description) <= 500),
  required_documents text[] not null default '{}',
  application_process text check (char_length(application_process) <= 2000),
  appointment_needed boolean not null default false
);

create table public.event_details (
  place_id uuid primary key references public.places (id) on delete cascade,
  event_type public.event_type not null,
  starts_at timestamptz not null,
  ends_at timestamptz,
  registration_needed boolean not null default false,
  constraint event_times check (ends_at is null or ends_at >= starts_at)
);

-- A coach's own shortlists of places to go through with a client. No client data is stored.
create table public.shortlists (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid(),
  name text not null check (char_length(name) between 1 and 120),
  place_ids uuid[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index shortlists_owner_idx on public.shortlists (owner_id);

-- The quarter of a place follows its location.
create or replace function public.set_place_quarter() returns trigger
language plpgsql
security definer
set search_path = public, extensions
as $$
begin
  new.quarter_id := (
    select q.id from public.quarters q
    where st_intersects(q.boundary, new.location::geometry)
    order by q.id
    limit 1
  );
  return new;
end
$$;

create trigger places_set_quarter
before insert or update of location on public.places
for each row execute function public.set_place_quarter();

create or replace function public.touch_updated_at() returns trigger
language plpgsql
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

create trigger places_touch before update on public.places
for each row execute function public.touch_updated_at();
create trigger organisations_touch before update on public.organisations
for each row execute function public.touch_updated_at();
create trigger profiles_touch before update on public.profiles
for each row execute function public.touch_updated_at();
create trigger shortlists_touch before update on public.shortlists
for each row execute function public.touch_updated_at();

alter table public.quarters enable row level security;
alter table public.organisations enable row level security;
alter table public.organisation_members enable row level security;
alter table public.profiles enable row level security;
alter table public.places enable row level security;
alter table public.vacancy_details enable row level security;
alter table public.space_details enable row level security;
alter table public.service_details enable row level security;
alter table public.event_details enable row level security;
alter table public.shortlists enable row level security;
