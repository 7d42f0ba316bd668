create or replace function private.renew_place(target uuid, days int default 60) returns date
language plpgsql
security definer
set search_path = ''
as $$
declare
  new_end date;
begin
  if days is null or days < 1 or days > 180 then
    raise exception 'renew_place: days must be between 1 and 180' using errcode = '22023';
  end if;
  if not private.can_edit_place(target) then
    raise exception 'renew_place: not allowed' using errcode = '42501';
  end if;
  update public.places
     set valid_through = current_date + days
   where id = target and status = 'published'
  returning valid_through into new_end;
  if new_end is null then
    raise exception 'renew_place: only published entries can be renewed' using errcode = '22023';
  end if;
  insert into public.moderation_events (place_id, decision, message_key, message_params, actor)
  values (target, 'renewed', 'valid_until', jsonb_build_object('date', to_char(new_end, 'YYYY-MM-DD')),
          auth.uid());
  return new_end;
end
$$;
