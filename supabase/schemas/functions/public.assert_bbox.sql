create or replace function public.assert_bbox(west float8, south float8, east float8, north float8)
returns void
language plpgsql
immutable
set search_path = public, extensions
as $$
begin
  if west is null or south is null or east is null or north is null then
    raise exception 'invalid bbox: west, south, east and north are required'
      using errcode = '22023';
  end if;
  if west < -180 or east > 180 or south < -90 or north > 90 then
    raise exception 'invalid bbox (%, %, %, %): coordinates out of range (lon -180..180, lat -90..90)',
      west, south, east, north using errcode = '22023';
  end if;
  if west >= east or south >= north then
    raise exception 'invalid bbox (%, %, %, %): west must be < east and south < north',
      west, south, east, north using errcode = '22023';
  end if;
end
$$;
