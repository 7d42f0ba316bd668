create or replace function private.place_search_sync() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'DELETE' or new.status <> 'published' then
    delete from public.place_search where place_id = coalesce(new.id, old.id);
    if tg_op = 'DELETE' then
      return old;
    end if;
    return new;
  end if;
  insert into public.place_search as s (place_id, cell, lat, lon, quarter_id, organisation_id, search,
                                        search_i18n, search_text)
  values (new.id, new.cell, new.lat, new.lon, new.quarter_id, new.organisation_id, new.search,
          public.place_search_i18n(new.translations, new.easy_german),
          public.place_search_text(new.title, new.translations))
  on conflict (place_id) do update
    set cell = excluded.cell, lat = excluded.lat, lon = excluded.lon,
        quarter_id = excluded.quarter_id, organisation_id = excluded.organisation_id,
        search = excluded.search, search_i18n = excluded.search_i18n,
        search_text = excluded.search_text;
  return new;
end
$$;
