create function private.delete_expired_shortlists() returns bigint
language sql security definer set search_path = '' as $$
  with gone as (delete from public.shortlists where expires_at <= now() returning 1)
  select count(*) from gone
$$;
