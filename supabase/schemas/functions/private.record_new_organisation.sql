create or replace function private.record_new_organisation(o public.organisations) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  wanted jsonb := private.organisation_public_columns(o);
  logo uuid;
begin
  if not (o.created_by is not distinct from auth.uid() and auth.uid() is not null
          or private.is_member_of(o.id)) then
    raise exception 'record_new_organisation: not a member' using errcode = '42501';
  end if;
  select m.id into logo from public.media m
   where m.organisation_id = o.id and m.purpose = 'logo' order by m.created_at desc, m.id limit 1;
  if logo is not null then
    wanted := wanted || jsonb_build_object('logo', logo);
  end if;
  update public.organisation_changes c set proposed = wanted, proposed_by = auth.uid()
   where c.organisation_id = o.id and c.status = 'pending';
  if not found then
    insert into public.organisation_changes (organisation_id, proposed, previous, proposed_by)
    values (o.id, wanted, '{}'::jsonb, auth.uid());
  end if;
end
$$;
