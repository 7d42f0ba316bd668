create or replace function private.staff_renew_place(target uuid, until date) returns date
language plpgsql
security invoker
set search_path = ''
as $$
declare
  new_end date;
begin
  if not private.is_staff() then
    raise exception 'staff_renew_place: only staff' using errcode = '42501';
  end if;
  if until is null or until <= current_date or until > current_date + 366 then
    raise exception 'staff_renew_place: the date must lie between tomorrow and one year ahead'
      using errcode = '22023';
  end if;
  update public.places set valid_through = until
   where id = target and status = 'published'
     and (valid_from is null or valid_from <= until)
  returning valid_through into new_end;
  if new_end is null then
    raise exception 'staff_renew_place: only published entries can be renewed' using errcode = '22023';
  end if;
  insert into public.moderation_events (place_id, decision, message_key, message_params, actor)
  values (target, 'renewed', 'valid_until', jsonb_build_object('date', to_char(new_end, 'YYYY-MM-DD')),
          auth.uid());
  return new_end;
end
$$;
