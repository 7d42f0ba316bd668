create or replace function private.decide_organisation_change(change_id uuid, approve boolean, note text default null)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  c public.organisation_changes;
  logo uuid;
begin
  if not private.is_staff() then
    raise exception 'decide_organisation_change: staff only' using errcode = '42501';
  end if;
  select * into c from public.organisation_changes where id = change_id and status = 'pending' for update;
  if c.id is null then
    return false;
  end if;
  logo := nullif(c.proposed ->> 'logo', '')::uuid;
  if approve then
    update public.organisations o set
      name = c.proposed ->> 'name',
      kind = (c.proposed ->> 'kind')::public.organisation_kind,
      description = c.proposed ->> 'description',
      address = c.proposed ->> 'address',
      location = case when c.proposed ->> 'lon' is null or c.proposed ->> 'lat' is null then null
        else extensions.st_setsrid(extensions.st_makepoint((c.proposed ->> 'lon')::float8,
                                                           (c.proposed ->> 'lat')::float8), 4326)::extensions.geography end,
      contact_email = c.proposed ->> 'contact_email',
      contact_phone = c.proposed ->> 'contact_phone',
      website = c.proposed ->> 'website',
      approved_at = coalesce(o.approved_at, now())
    where o.id = c.organisation_id;
    if logo is not null and exists (select 1 from public.media m where m.id = logo) then
      update public.media set approved_at = coalesce(approved_at, now()) where id = logo;
      delete from public.media m
       where m.organisation_id = c.organisation_id and m.purpose = 'logo' and m.id <> logo;
    end if;
  elsif logo is not null then
    delete from public.media m where m.id = logo and m.approved_at is null;
  end if;
  update public.organisation_changes
     set status = case when approve then 'approved' else 'rejected' end::public.organisation_change_status,
         decided_by = auth.uid(), decided_at = now(), comment = nullif(btrim(note), '')
   where id = change_id;
  return true;
end
$$;
