-- Search: the search rows of published places, synonyms, and the view the search reads (published
-- rows, plus the caller's unpublished ones).
-- Part of the declarative schema: the current state, edited here, migrated by a new migration
-- (supabase/schemas/README.md).

-- tables, their RLS, indexes, policies and grants

create table public.place_search (
  place_id uuid not null,
  cell integer not null,
  lat double precision not null,
  lon double precision not null,
  quarter_id text,
  organisation_id uuid,
  search tsvector not null,
  search_i18n tsvector not null,
  search_text text not null,
  constraint place_search_pkey PRIMARY KEY (place_id)
);

alter table public.place_search add constraint place_search_place_id_fkey FOREIGN KEY (place_id) REFERENCES places(id) ON DELETE CASCADE;

alter table public.place_search enable row level security;

create index place_search_box_idx on public.place_search (cell, lat);

create index place_search_search_idx on public.place_search using gin (search);

create index place_search_i18n_idx on public.place_search using gin (search_i18n);

create index place_search_text_trgm_idx on public.place_search using gin (search_text gin_trgm_ops);

create index place_search_quarter_idx on public.place_search (quarter_id);

create index place_search_org_idx on public.place_search (organisation_id);

create policy place_search_select_all on public.place_search
  for select to anon, authenticated
  using (true);

revoke all on public.place_search from public, anon, authenticated, service_role;
grant select on public.place_search to anon, authenticated;

create table public.search_synonyms (
  group_key text not null,
  term text not null,
  constraint search_synonyms_pkey PRIMARY KEY (group_key, term),
  constraint search_synonyms_group_key_check CHECK ((group_key ~ '^[a-z_]+$'::text)),
  constraint search_synonyms_term_check CHECK (char_length(term) between 2 and 60 and term = lower(term))
);

alter table public.search_synonyms enable row level security;

create index search_synonyms_term_idx on public.search_synonyms (term);

create policy search_synonyms_select_all on public.search_synonyms
  for select to anon, authenticated
  using (true);

create policy search_synonyms_write_staff on public.search_synonyms
  for all to authenticated
  using (( SELECT private.is_staff() AS is_staff))
  with check (( SELECT private.is_staff() AS is_staff));

revoke all on public.search_synonyms from public, anon, authenticated, service_role;
grant select on public.search_synonyms to anon;
grant select, insert, update, delete on public.search_synonyms to authenticated, service_role;

-- views

create view public.place_search_rows with (security_invoker=true) as
 SELECT s.place_id,
    s.cell,
    s.lat,
    s.lon,
    s.quarter_id,
    s.organisation_id,
    s.search,
    s.search_i18n,
    s.search_text,
    false AS unpublished
   FROM place_search s
UNION ALL
 SELECT p.id AS place_id,
    p.cell,
    p.lat,
    p.lon,
    p.quarter_id,
    p.organisation_id,
    p.search,
    place_search_i18n(p.translations, p.easy_german) AS search_i18n,
    place_search_text(p.title, p.translations) AS search_text,
    true AS unpublished
   FROM places p
  WHERE ((p.status <> 'published'::place_status) AND (CURRENT_USER <> 'anon'::name));

revoke all on public.place_search_rows from public, anon, authenticated, service_role;
grant select on public.place_search_rows to anon, authenticated;

-- who may call the functions (their definitions: functions/<schema>.<name>.sql)

revoke all on function private.place_search_sync() from public, anon, authenticated, service_role;

revoke all on function public.search_hits(place_filter,integer[],double precision,double precision,double precision,double precision) from public, anon, authenticated, service_role;
grant execute on function public.search_hits(place_filter,integer[],double precision,double precision,double precision,double precision) to anon, authenticated, service_role;
