create or replace function public.place_search_i18n(translations jsonb, easy_german text)
returns tsvector
language sql
immutable
parallel safe
as $$
  select jsonb_to_tsvector('simple'::regconfig, coalesce(translations, '{}'), '["string"]'::jsonb)
         || to_tsvector('simple'::regconfig, coalesce(easy_german, ''))
$$;
