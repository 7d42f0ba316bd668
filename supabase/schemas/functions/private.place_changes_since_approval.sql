create or replace function private.place_changes_since_approval(target uuid)
returns table (table_name text, field text, approved jsonb, current jsonb)
language sql
stable
security definer
set search_path = ''
as $$
  with since as (
    select max(e.created_at) as at from public.moderation_events e
     where e.place_id = target and e.decision = 'approved'
  ),
  changes as (
    select a.table_name, k.field, a.id, a.old_values -> k.field as old_value, a.new_values -> k.field as new_value
      from public.audit_log a
      cross join since
      cross join lateral unnest(a.changed_columns) k(field)
     where since.at is not null
       and a.row_id = target::text and a.action = 'UPDATE' and a.at >= since.at
       and a.table_name in ('places', 'vacancy_details', 'space_details', 'service_details', 'event_details')
       -- bookkeeping and columns derived from others (the location's lon/lat/cell, map copies)
       and k.field not in ('status', 'updated_at', 'quarter_id', 'search', 'lon', 'lat', 'cell')
       and k.field not like 'map\_%'
  )
  select c.table_name, c.field,
         (array_agg(c.old_value order by c.id))[1],
         (array_agg(c.new_value order by c.id desc))[1]
    from changes c
   where private.is_staff() or private.can_edit_place(target)
   group by c.table_name, c.field
  having (array_agg(c.old_value order by c.id))[1] is distinct from (array_agg(c.new_value order by c.id desc))[1]
   order by c.table_name, c.field
$$;
