create or replace function private.confirm_place(target uuid) returns timestamptz
language plpgsql
security definer
set search_path = ''
as $$
declare
  at timestamptz;
begin
  if not (private.is_staff() or private.can_edit_place(target)) then
    raise exception 'confirm_place: not allowed' using errcode = '42501';
  end if;
  perform set_config('qk.confirm_place', target::text, true);
  update public.places set confirmed_at = now()
   where id = target and status = 'published'
  returning confirmed_at into at;
  perform set_config('qk.confirm_place', '', true);
  if at is null then
    raise exception 'confirm_place: only published entries can be confirmed' using errcode = '22023';
  end if;
  insert into public.moderation_events (place_id, decision, actor)
  values (target, 'confirmed', auth.uid());
  return at;
end
$$;
