create or replace function private.business_entry_kind(k public.place_kind) returns boolean
language sql
immutable
set search_path = ''
as $$
  select k in ('employer', 'vacancy', 'vacant_space', 'event')
$$;
