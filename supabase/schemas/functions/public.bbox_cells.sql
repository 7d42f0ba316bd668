create or replace function public.bbox_cells(west float8, east float8)
returns int[]
language plpgsql
stable
set search_path = public, extensions
as $$
declare
  c0 int := floor(west * 100)::int;
  c1 int := floor(east * 100)::int;
begin
  if c1 - c0 <= 256 then
    return array(select generate_series(c0, c1));
  end if;
  return array(select distinct p.cell from public.places p where p.cell between c0 and c1);
end
$$;
