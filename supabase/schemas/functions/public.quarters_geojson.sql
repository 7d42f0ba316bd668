create or replace function public.quarters_geojson() returns jsonb
language sql
stable
security invoker
set search_path = public, extensions
as $$
  select jsonb_build_object(
    'type', 'FeatureCollection',
    'features', coalesce(
      jsonb_agg(
        jsonb_build_object(
          'type', 'Feature',
          'id', q.id,
          'geometry', st_asgeojson(q.boundary, 6)::jsonb,
          'properties', jsonb_build_object('id', q.id, 'name', q.name, 'approximate', q.approximate)
        )
        order by q.id
      ),
      '[]'::jsonb
    )
  )
  from public.quarters q
$$;
