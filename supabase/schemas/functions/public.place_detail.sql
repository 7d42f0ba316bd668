create or replace function public.place_detail(place_id uuid) returns jsonb
language sql
stable
security invoker
set search_path = public, extensions
as $$
  select
    (to_jsonb(p) - 'search' - 'location' - 'created_by')
    || jsonb_build_object(
      'lon', st_x(p.location::geometry),
      'lat', st_y(p.location::geometry),
      'organisation', (
        select jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'website', o.website)
        from public.organisations o where o.id = p.organisation_id
      ),
      'quarter_name', (select q.name from public.quarters q where q.id = p.quarter_id),
      'details', case
        when p.kind = 'vacancy' then
          (select to_jsonb(d) - 'place_id' from public.vacancy_details d where d.place_id = p.id)
        when p.kind = 'vacant_space' then
          (select to_jsonb(d) - 'place_id' from public.space_details d where d.place_id = p.id)
        when p.kind in ('support_service', 'learning_place') then
          (select to_jsonb(d) - 'place_id' from public.service_details d where d.place_id = p.id)
        when p.kind = 'event' then
          (select to_jsonb(d) - 'place_id' from public.event_details d where d.place_id = p.id)
      end
    )
  from public.places p
  where p.id = place_detail.place_id
$$;
