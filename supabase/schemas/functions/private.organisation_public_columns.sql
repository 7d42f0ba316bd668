create or replace function private.organisation_public_columns(o public.organisations) returns jsonb
language sql
immutable
set search_path = ''
as $$
  select jsonb_build_object(
    'name', o.name,
    'kind', o.kind,
    'description', o.description,
    'address', o.address,
    'lon', round(extensions.st_x(o.location::extensions.geometry)::numeric, 6),
    'lat', round(extensions.st_y(o.location::extensions.geometry)::numeric, 6),
    'contact_email', o.contact_email,
    'contact_phone', o.contact_phone,
    'website', o.website
  )
$$;
