create or replace function public.region_time_zone() returns text
language sql
stable
set search_path = ''
as $$
  select coalesce((select s.time_zone from public.region_settings s), current_setting('TimeZone'))
$$;
