create or replace function private.freshness_interval() returns interval
language sql immutable set search_path = '' as $$ select interval '6 months' $$;
