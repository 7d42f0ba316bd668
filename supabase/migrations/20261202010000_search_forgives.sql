-- Search that forgives (issue 13, point 2). Before, a term was one German full-text query plus a
-- word-prefix match on the title: "pflge" (typo), "Pflegekraft" (titles say "Pflegehelfer/in"),
-- "<quarter> Bäcker" (a quarter in the term), "cleaning" and "تنظيف" (a translated text) found
-- nothing. Now each word of the term (stop words skipped) matches a place when one of these holds:
--   * German full text with stemming, as a prefix: title (weight A) and description (C);
--   * the place's translations (all languages, title and description) and its Leichte Sprache
--     text, word prefix without stemming (search_i18n);
--   * a part of a word of the title or a translated title (compound words: "pflege" is in
--     "Altenpflegehelfer/in"), by a trigram-indexed regular expression on search_text;
--   * a typo (only when the word as written finds nothing): trigram word similarity >= 0.5 to a
--     word of the title or a translated title;
--   * the name of the place's quarter or of its organisation;
-- where every "word" stands for itself and its synonyms (search_synonyms, a table of data:
-- Pflegekraft = Pflegehelfer = Pflegeassistenz …). A place matches the term when it matches every
-- word. With a term, lists are ordered by relevance (ts_rank of both text vectors + trigram word
-- similarity to the titles), then as before (kind, title, id).
--
-- Speed under row level security: PostgreSQL lets only leakproof operators reach an index before
-- a table's policies are checked, and @@, ~ and <% are not leakproof: as anon, the GIN index on
-- places.search was never used and every visible place was read (a search was ~50 % slower than
-- the map query). The text of the PUBLISHED places is therefore kept in place_search (by trigger),
-- a table everyone may read (policy `true`: nothing in it is not public), so its GIN indexes are
-- used; search_hits (SECURITY INVOKER) matches the words there once per query and, for a signed-in
-- caller, also the unpublished places their policies show (own drafts, staff), row by row.
-- place_matches keeps the places whose id is among the hits, and the places policies apply there.

set search_path = public, extensions;

create extension if not exists pg_trgm with schema extensions;

-- ---------------------------------------------------------------------------------------------
-- What is searched
-- ---------------------------------------------------------------------------------------------

-- Every translated title and description (jsonb string values) and the Leichte Sprache text.
create or replace function public.place_search_i18n(translations jsonb, easy_german text)
returns tsvector
language sql
immutable
parallel safe
as $$
  select jsonb_to_tsvector('simple'::regconfig, coalesce(translations, '{}'), '["string"]'::jsonb)
         || to_tsvector('simple'::regconfig, coalesce(easy_german, ''))
$$;

-- The title and the translated titles in lower case: trigram matches (parts of words, typos).
create or replace function public.place_search_text(title text, translations jsonb)
returns text
language sql
immutable
parallel safe
as $$
  select lower(title || ' ' || coalesce(
    (select string_agg(t, ' ') from jsonb_path_query(coalesce(translations, '{}'), '$.*.title') j,
       lateral (select j #>> '{}' t) x), ''))
$$;

create table public.place_search (
  place_id uuid primary key references public.places (id) on delete cascade,
  cell int not null,
  lat float8 not null,
  lon float8 not null,
  quarter_id text,
  organisation_id uuid,
  search tsvector not null,
  search_i18n tsvector not null,
  search_text text not null
);
create index place_search_box_idx on public.place_search (cell, lat);
create index place_search_search_idx on public.place_search using gin (search);
create index place_search_i18n_idx on public.place_search using gin (search_i18n);
create index place_search_text_trgm_idx on public.place_search using gin (search_text gin_trgm_ops);
create index place_search_quarter_idx on public.place_search (quarter_id);
create index place_search_org_idx on public.place_search (organisation_id);

alter table public.place_search enable row level security;
revoke all on table public.place_search from anon, authenticated;
grant select on table public.place_search to anon, authenticated;
-- Only published places are in it; it is written by trigger only.
create policy place_search_select_all on public.place_search
  for select to anon, authenticated using (true);

create or replace function private.place_search_sync() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' or new.status <> 'published' then
    delete from public.place_search where place_id = coalesce(new.id, old.id);
    if tg_op = 'DELETE' then
      return old;
    end if;
    return new;
  end if;
  insert into public.place_search as s (place_id, cell, lat, lon, quarter_id, organisation_id, search,
                                        search_i18n, search_text)
  values (new.id, new.cell, new.lat, new.lon, new.quarter_id, new.organisation_id, new.search,
          public.place_search_i18n(new.translations, new.easy_german),
          public.place_search_text(new.title, new.translations))
  on conflict (place_id) do update
    set cell = excluded.cell, lat = excluded.lat, lon = excluded.lon,
        quarter_id = excluded.quarter_id, organisation_id = excluded.organisation_id,
        search = excluded.search, search_i18n = excluded.search_i18n,
        search_text = excluded.search_text;
  return new;
end
$$;
revoke execute on function private.place_search_sync() from public, anon, authenticated;

create trigger places_search_sync
  after insert or update or delete on public.places
  for each row execute function private.place_search_sync();

insert into public.place_search (place_id, cell, lat, lon, quarter_id, organisation_id, search,
                                 search_i18n, search_text)
select p.id, p.cell, p.lat, p.lon, p.quarter_id, p.organisation_id, p.search,
       public.place_search_i18n(p.translations, p.easy_german),
       public.place_search_text(p.title, p.translations)
from public.places p
where p.status = 'published';

-- Synonyms for job titles, as data: words of one group_key find each other. Lower-case words
-- (any language); a word may stand in several groups.
create table public.search_synonyms (
  group_key text not null check (group_key ~ '^[a-z_]+$'),
  term text not null check (char_length(term) between 2 and 60 and term = lower(term)),
  primary key (group_key, term)
);
create index search_synonyms_term_idx on public.search_synonyms (term);
alter table public.search_synonyms enable row level security;
revoke all on table public.search_synonyms from anon, authenticated;
grant select on table public.search_synonyms to anon, authenticated;
grant select, insert, update, delete on table public.search_synonyms to service_role;
create policy search_synonyms_select_all on public.search_synonyms
  for select to anon, authenticated using (true);
create policy search_synonyms_write_staff on public.search_synonyms
  for all to authenticated
  using ((select private.is_staff())) with check ((select private.is_staff()));
grant insert, update, delete on table public.search_synonyms to authenticated;

insert into public.search_synonyms (group_key, term)
select g, t from (values
  ('care', array['pflegekraft', 'pflegehelfer', 'pflegehelferin', 'pflegeassistenz', 'pflegeassistent',
                 'pflegefachkraft', 'altenpflege', 'altenpfleger', 'altenpflegerin', 'krankenpflege',
                 'pflege', 'betreuungskraft', 'alltagsbegleiter', 'care', 'nurse', 'caregiver',
                 'رعاية', 'تمريض', 'bakım', 'hemşire', 'догляд', 'доглядальниця', 'уход', 'сиделка']),
  ('cleaning', array['reinigungskraft', 'reinigung', 'gebäudereinigung', 'putzhilfe', 'putzkraft',
                     'putzen', 'raumpflege', 'raumpfleger', 'raumpflegerin', 'cleaning', 'cleaner',
                     'تنظيف', 'منظف', 'temizlik', 'прибирання', 'прибиральниця', 'уборка', 'уборщица']),
  ('kitchen', array['koch', 'köchin', 'küchenhilfe', 'küche', 'spülküche', 'beikoch', 'cook',
                    'kitchen', 'طباخ', 'مطبخ', 'aşçı', 'mutfak', 'кухар', 'кухня', 'повар']),
  ('sales', array['verkäufer', 'verkäuferin', 'verkauf', 'kasse', 'kassierer', 'kassiererin',
                  'einzelhandel', 'sales', 'cashier', 'بائع', 'كاشير', 'satış', 'kasiyer',
                  'продавець', 'касир', 'продавец', 'кассир']),
  ('warehouse', array['lager', 'lagerhelfer', 'lagerist', 'logistik', 'kommissionierung',
                      'kommissionierer', 'versand', 'warehouse', 'logistics', 'مستودع', 'depo',
                      'lojistik', 'склад', 'логістика', 'логистика']),
  ('driving', array['fahrer', 'fahrerin', 'kraftfahrer', 'berufskraftfahrer', 'lieferdienst',
                    'auslieferung', 'kurier', 'driver', 'delivery', 'سائق', 'توصيل', 'şoför',
                    'sürücü', 'водій', 'водитель']),
  ('childcare', array['kita', 'kindergarten', 'kindertagesstätte', 'erzieher', 'erzieherin',
                      'kinderbetreuung', 'childcare', 'daycare', 'روضة', 'kreş', 'дитсадок',
                      'садок', 'детсад'])
) v(g, terms), unnest(terms) t;

-- ---------------------------------------------------------------------------------------------
-- search_hits: the places (ids) a term finds in a box, with their relevance: published places
-- from place_search (indexed), and for a signed-in caller also the unpublished places their
-- policies show (row by row, the same conditions). Called once per query by the map functions.
-- ---------------------------------------------------------------------------------------------

-- The searchable rows in one shape: published places (place_search) and the unpublished places
-- the caller may see (policies of places apply: security_invoker).
create view public.place_search_rows with (security_invoker = true) as
  select s.place_id, s.cell, s.lat, s.lon, s.quarter_id, s.organisation_id, s.search,
         s.search_i18n, s.search_text, false as unpublished
  from public.place_search s
  union all
  select p.id, p.cell, p.lat, p.lon, p.quarter_id, p.organisation_id, p.search,
         public.place_search_i18n(p.translations, p.easy_german),
         public.place_search_text(p.title, p.translations), true
  from public.places p
  -- anon sees published places only: for anon this part is a one-time filter, never a scan
  where p.status <> 'published' and current_user <> 'anon';
revoke all on public.place_search_rows from anon, authenticated;
grant select on public.place_search_rows to anon, authenticated;

create or replace function public.search_hits(
  pf public.place_filter, cells int[], west float8, south float8, east float8, north float8
)
returns table (id uuid, rank real)
language plpgsql
stable
security invoker
set search_path = public, extensions
set pg_trgm.word_similarity_threshold = 0.5
-- planned with the words' values: unused alternatives (no typo, no quarter) fold away
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
declare
  w text;
  alts text[];
  tsq_de tsquery;
  tsq_simple tsquery;
  all_de tsquery;
  all_simple tsquery;
  pattern text;
  quarter_ids text[];
  org_ids uuid[];
  word_ids uuid[];
  ids uuid[];
  any_word boolean := false;
  typo boolean;
  excluded text[];
begin
  if pf.q is null then
    return;
  end if;
  -- "-word" (web search syntax) excludes the places the word finds; the other words must match.
  excluded := array(
    select distinct lower(m[2]) from regexp_matches(pf.q, '(^|[[:space:]])-([[:alnum:]]+)', 'g') m);
  foreach w in array array(
    select distinct lower(m[1])
    from regexp_matches(regexp_replace(pf.q, '(^|[[:space:]])-[[:alnum:]]+', ' ', 'g'),
                        '[[:alnum:]]+', 'g') m
  ) || excluded loop
    -- Stop words ("in", "der", "und") and single letters say nothing; an excluded word first
    -- needs words that find something.
    if char_length(w) < 2 or to_tsvector('german', w) = ''::tsvector
       or (w = any (excluded) and ids is null) then
      continue;
    end if;
    any_word := true;
    -- The word and its synonyms: groups holding the word itself or a close spelling of it.
    alts := array(
      select distinct s2.term
      from public.search_synonyms s1
      join public.search_synonyms s2 on s2.group_key = s1.group_key
      where s1.term = w or (char_length(w) >= 5 and similarity(s1.term, w) >= 0.6)
    ) || w;
    -- Prefix queries: stemmed German lexemes and unstemmed words (translations); parts of words
    -- (compounds): a regular expression of the alternatives of 3 letters or more.
    -- An alternative that contains another one adds nothing ("pflegekraft" once "pflege" is
    -- there): left out, so each place is tested against fewer words.
    select
      (select string_agg(quote_literal(l) || ':*', ' | ')::tsquery from (
         select distinct l from unnest(alts) a, unnest(tsvector_to_array(to_tsvector('german', a))) l) d
       where not exists (
         select from unnest(alts) b, unnest(tsvector_to_array(to_tsvector('german', b))) k
         where k <> d.l and starts_with(d.l, k))),
      (select string_agg(quote_literal(l) || ':*', ' | ')::tsquery from (
         select distinct l from unnest(alts) a, unnest(tsvector_to_array(to_tsvector('simple', a))) l) d
       where not exists (
         select from unnest(alts) b, unnest(tsvector_to_array(to_tsvector('simple', b))) k
         where k <> d.l and starts_with(d.l, k))),
      (select string_agg(regexp_replace(a, '([.*+?^${}()|\[\]\\])', '\\\1', 'g'), '|')
       from unnest(alts) a
       where char_length(a) >= 3
         and not exists (select from unnest(alts) b
                         where b <> a and char_length(b) >= 3 and strpos(a, b) > 0))
    into tsq_de, tsq_simple, pattern;
    quarter_ids := array(
      select q.id from public.quarters q
      where lower(q.name) = w or q.id = w or (char_length(w) >= 4 and w <% lower(q.name)));
    org_ids := array(
      select o.id from public.organisations o
      where to_tsvector('german', o.name) @@ tsq_de or (pattern is not null and lower(o.name) ~ pattern));
    all_de := case when all_de is null then tsq_de when tsq_de is null then all_de
                   else all_de || tsq_de end;
    all_simple := case when all_simple is null then tsq_simple when tsq_simple is null then all_simple
                       else all_simple || tsq_simple end;

    -- A typo only when the word as written finds nothing the caller may see (anywhere, not only
    -- in the box, so that a smaller box finds a subset of a larger one): "pflge" is forgiven,
    -- while "Lager" does not also find "Lackierer".
    typo := char_length(w) >= 4 and not (w = any (excluded)) and not exists (
      select from public.place_search_rows s
      where (s.search @@ tsq_de or s.search_i18n @@ tsq_simple
             or (pattern is not null and s.search_text ~ pattern)
             or s.quarter_id = any (quarter_ids) or s.organisation_id = any (org_ids))
        and (not s.unpublished or pf.statuses is not null));

    word_ids := array(
      select s.place_id
      from public.place_search_rows s
      where (s.search @@ tsq_de
             or s.search_i18n @@ tsq_simple
             or (pattern is not null and s.search_text ~ pattern)
             or (typo and w <% s.search_text)
             or s.quarter_id = any (quarter_ids)
             or s.organisation_id = any (org_ids))
        and s.cell = any (cells)
        and s.lat between south and north
        and s.lon between west and east
        -- unpublished places only when the caller asks for other statuses (place_matches)
        and (not s.unpublished or pf.statuses is not null));
    if w = any (excluded) then
      ids := array(select unnest(ids) except select unnest(word_ids));
    else
      ids := case when ids is null then word_ids
                  else array(select unnest(ids) intersect select unnest(word_ids)) end;
    end if;
    exit when cardinality(ids) = 0;
  end loop;
  if not any_word then
    -- Only stop words or signs: nothing to find.
    return;
  end if;

  return query
  select s.place_id,
         (coalesce(ts_rank(s.search, all_de), 0) + coalesce(ts_rank(s.search_i18n, all_simple), 0)
          + word_similarity(lower(pf.q), s.search_text))::real
  from public.place_search_rows s
  where s.place_id = any (ids);
end
$$;

revoke execute on function public.search_hits(public.place_filter, int[], float8, float8, float8, float8)
  from public;
grant execute on function public.search_hits(public.place_filter, int[], float8, float8, float8, float8)
  to anon, authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- place_matches: as before (…_filters_one_meaning.sql, …_map_shows_public_entries.sql), the
-- term now given as the ids it found (search_hits) instead of the organisations its words name.
-- ---------------------------------------------------------------------------------------------

drop function public.place_matches(int[], float8, float8, float8, float8, public.place_filter, uuid[]);

create function public.place_matches(
  cells int[], west float8, south float8, east float8, north float8,
  pf public.place_filter, hits uuid[]
)
returns setof public.places
language sql
stable
parallel safe
as $$
  select p.*
  from public.places p
  where p.cell = any (cells)
    and p.lat between south and north
    and p.lon between west and east
    and ((pf).kinds is null or p.kind = any ((pf).kinds))
    and ((pf).quarters is null or p.quarter_id = any ((pf).quarters))
    -- published and valid today unless other statuses are asked for (…_map_shows_public_entries)
    and (case when (pf).statuses is null
              then p.status = 'published'
                   and (p.valid_from is null or p.valid_from <= current_date)
                   and (p.valid_through is null or p.valid_through >= current_date)
              else p.status = any ((pf).statuses) end)
    and ((pf).languages is null or p.languages && (pf).languages)
    and (not (pf).wheelchair or p.wheelchair in ('yes', 'limited'))
    and ((pf).open_hours is null or p.opening_hours = any ((pf).open_hours))
    -- a hashed subplan: one hash of the hits per query, not a scan of the array per place
    and ((pf).q is null or p.id in (select unnest(hits)))
    -- vacancies (kinds already narrowed to vacancy when one of these is set)
    and ((pf).working_time is null or p.map_working_time = any ((pf).working_time))
    and (((pf).german_max is null and not (pf).childcare and not (pf).refugees
          and (pf).start_by is null)
         or exists (
           select 1 from public.vacancy_details v
           where v.place_id = p.id
             and ((pf).german_max is null or v.german_level <= (pf).german_max)
             and (not (pf).childcare or v.childcare_friendly)
             and (not (pf).refugees or v.suitable_for_refugees)
             and ((pf).start_by is null or v.start_date is null or v.start_date <= (pf).start_by)))
    -- support services and learning places
    and (not (pf).free_only
         or exists (select 1 from public.service_details s where s.place_id = p.id and s.cost = 'free'))
    -- events
    and (((pf).event_from is null and (pf).event_to is null)
         or exists (
           select 1 from public.event_details e
           where e.place_id = p.id
             and ((pf).event_from is null or coalesce(e.ends_at, e.starts_at) >= (pf).event_from)
             and ((pf).event_to is null or e.starts_at < (pf).event_to)))
$$;

revoke execute on function
  public.place_matches(int[], float8, float8, float8, float8, public.place_filter, uuid[])
from public;
grant execute on function
  public.place_matches(int[], float8, float8, float8, float8, public.place_filter, uuid[])
to anon, authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- places_filtered: as before, with the hits of the term. Behind places_in_bbox and place_counts.
-- ---------------------------------------------------------------------------------------------

create or replace function public.places_filtered(
  west float8, south float8, east float8, north float8, filters jsonb default '{}'
)
returns table (
  id uuid, kind public.place_kind, title text, lon float8, lat float8, quarter_id text,
  organisation_id uuid, status public.place_status, wheelchair public.wheelchair_access,
  languages text[], is_demo boolean, opening_hours text, working_time public.working_time,
  german_level public.german_level, childcare_friendly boolean, suitable_for_refugees boolean,
  cost public.cost_kind, starts_at timestamptz
)
language plpgsql
stable
security invoker
set search_path = public, extensions
set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
declare
  pf public.place_filter;
  cells int[];
  hits uuid[];
begin
  perform public.assert_bbox(west, south, east, north);
  pf := public.parse_place_filters(filters);
  cells := public.bbox_cells(west, east);
  if pf.q is not null then
    hits := array(select h.id from public.search_hits(pf, cells, west, south, east, north) h);
  end if;

  return query
  select
    p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, p.organisation_id, p.status, p.wheelchair,
    p.languages, p.is_demo, p.opening_hours,
    p.map_working_time, v.german_level, v.childcare_friendly, v.suitable_for_refugees,
    s.cost, p.map_starts_at
  from public.place_matches(cells, west, south, east, north, pf, hits) p
  left join lateral (
    select v.german_level, v.childcare_friendly, v.suitable_for_refugees
    from public.vacancy_details v where v.place_id = p.id and p.kind = 'vacancy' offset 0
  ) v on true
  left join lateral (
    select s.cost from public.service_details s
    where s.place_id = p.id and p.kind in ('support_service', 'learning_place') offset 0
  ) s on true;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- places_in_bbox (exports): the same rows and order as map_places — with a term, by relevance.
-- ---------------------------------------------------------------------------------------------

create or replace function public.places_in_bbox(
  west float8, south float8, east float8, north float8,
  filters jsonb default '{}', max_rows int default 2000
)
returns table (
  id uuid, kind public.place_kind, title text, lon float8, lat float8, quarter_id text,
  organisation_name text, status public.place_status, wheelchair public.wheelchair_access,
  languages text[], is_demo boolean, opening_hours text, working_time public.working_time,
  german_level public.german_level, childcare_friendly boolean, suitable_for_refugees boolean,
  cost public.cost_kind, starts_at timestamptz
)
language plpgsql
stable
security invoker
set search_path = public, extensions
set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
declare
  pf public.place_filter;
begin
  if max_rows is null or max_rows < 1 or max_rows > 10000 then
    raise exception 'invalid max_rows %: must be between 1 and 10000', max_rows using errcode = '22023';
  end if;
  perform public.assert_bbox(west, south, east, north);
  pf := public.parse_place_filters(filters);
  return query
  select f.id, f.kind, f.title, f.lon, f.lat, f.quarter_id, o.name, f.status, f.wheelchair,
         f.languages, f.is_demo, f.opening_hours, f.working_time, f.german_level,
         f.childcare_friendly, f.suitable_for_refugees, f.cost, f.starts_at
  from (
    select f.*, h.rank
    from public.places_filtered(west, south, east, north, filters) f
    left join public.search_hits(pf, public.bbox_cells(west, east), west, south, east, north) h
      on h.id = f.id
    order by h.rank desc nulls last, f.kind, f.title, f.id
    limit max_rows
  ) f
  left join lateral (
    select o.name from public.organisations o where o.id = f.organisation_id offset 0
  ) o on true
  order by f.rank desc nulls last, f.kind, f.title, f.id;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- map_places: as before; with a term ordered by relevance (then kind, title, id).
-- ---------------------------------------------------------------------------------------------

create or replace function public.map_places(
  west float8, south float8, east float8, north float8,
  filters jsonb default '{}', max_rows int default 2000
)
returns table (
  id uuid, kind public.place_kind, title text, lon float8, lat float8, quarter_id text,
  organisation_name text, wheelchair public.wheelchair_access, languages text[],
  is_demo boolean, opening_hours text, working_time public.working_time, starts_at timestamptz
)
language plpgsql
stable
security invoker
set search_path = public, extensions
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
declare
  pf public.place_filter;
  cells int[];
  hit_ids uuid[];
  hit_ranks real[];
begin
  if max_rows is null or max_rows < 1 or max_rows > 10000 then
    raise exception 'invalid max_rows %: must be between 1 and 10000', max_rows using errcode = '22023';
  end if;
  perform public.assert_bbox(west, south, east, north);
  pf := public.parse_place_filters(filters);
  cells := public.bbox_cells(west, east);

  if pf.q is null then
    return query
    select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, o.name, p.wheelchair, p.languages,
           p.is_demo, p.opening_hours, p.map_working_time, p.map_starts_at
    from (
      select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, p.wheelchair, p.languages,
             p.is_demo, p.opening_hours, p.organisation_id, p.map_working_time, p.map_starts_at
      from public.place_matches(cells, west, south, east, north, pf, null) p
      order by p.kind, p.title, p.id
      limit max_rows
    ) p
    left join lateral (
      select o.name from public.organisations o where o.id = p.organisation_id offset 0
    ) o on true
    order by p.kind, p.title, p.id;
    return;
  end if;

  select coalesce(array_agg(h.id), '{}'), coalesce(array_agg(h.rank), '{}')
  into hit_ids, hit_ranks
  from public.search_hits(pf, cells, west, south, east, north) h;

  return query
  select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, o.name, p.wheelchair, p.languages,
         p.is_demo, p.opening_hours, p.map_working_time, p.map_starts_at
  from (
    select p.id, p.kind, p.title, p.lon, p.lat, p.quarter_id, p.wheelchair, p.languages,
           p.is_demo, p.opening_hours, p.organisation_id, p.map_working_time, p.map_starts_at,
           h.rank
    from public.place_matches(cells, west, south, east, north, pf, hit_ids) p
    join unnest(hit_ids, hit_ranks) h(id, rank) on h.id = p.id
    order by h.rank desc, p.kind, p.title, p.id
    limit max_rows
  ) p
  left join lateral (
    select o.name from public.organisations o where o.id = p.organisation_id offset 0
  ) o on true
  order by p.rank desc, p.kind, p.title, p.id;
end
$$;

-- matching_organisations is no longer used (organisation names are matched per word in
-- search_hits).
drop function public.matching_organisations(public.place_filter);
