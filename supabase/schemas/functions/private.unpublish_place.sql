create or replace function private.unpublish_place(target uuid, reason text) returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  done uuid;
begin
  if not private.is_staff() then
    raise exception 'unpublish_place: only staff' using errcode = '42501';
  end if;
  reason := btrim(coalesce(reason, ''));
  if char_length(reason) < 3 or char_length(reason) > 2000 then
    raise exception 'unpublish_place: a reason of 3 to 2000 characters is needed' using errcode = '22023';
  end if;
  update public.places set status = 'archived'
   where id = target and status = 'published'
  returning id into done;
  if done is null then
    raise exception 'unpublish_place: only published entries can be unpublished' using errcode = '22023';
  end if;
  -- the enum value was added in this migration: cast from text so the body compiles before commit
  insert into public.moderation_events (place_id, decision, comment, actor)
  values (target, 'unpublished'::text::public.moderation_decision, reason, auth.uid());
end
$$;
