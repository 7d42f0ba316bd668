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
