create or replace function private.places_approve_media() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.media set approved_at = now()
   where place_id = new.id and approved_at is null;
  return null;
end
$$;
