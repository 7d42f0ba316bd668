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
