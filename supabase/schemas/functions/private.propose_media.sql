create or replace function private.propose_media(m public.media) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  o public.organisations;
  pending public.organisation_changes;
  live jsonb;
  current_logo uuid;
begin
  if not private.is_member_of(m.organisation_id) then
    raise exception 'propose_media: not a member' using errcode = '42501';
  end if;
  if m.purpose = 'photo' then
    update public.places p set status = 'pending' where p.id = m.place_id and p.status = 'published';
    return;
  end if;
  select * into o from public.organisations where id = m.organisation_id;
  if o.approved_at is null then
    perform private.record_new_organisation(o);
    return;
  end if;
  select x.id into current_logo from public.media x
   where x.organisation_id = o.id and x.purpose = 'logo' and x.approved_at is not null
   order by x.created_at desc, x.id limit 1;
  live := private.organisation_public_columns(o) || jsonb_build_object('logo', current_logo);
  select * into pending from public.organisation_changes c
   where c.organisation_id = o.id and c.status = 'pending' for update;
  if pending.id is null then
    insert into public.organisation_changes (organisation_id, proposed, previous, proposed_by)
    values (o.id, live || jsonb_build_object('logo', m.id), live, auth.uid());
  else
    -- A logo proposed earlier and not approved is replaced by this one.
    if pending.proposed ? 'logo' and pending.proposed ->> 'logo' is distinct from current_logo::text then
      delete from public.media x where x.id = (pending.proposed ->> 'logo')::uuid and x.approved_at is null;
    end if;
    update public.organisation_changes
       set proposed = proposed || jsonb_build_object('logo', m.id),
           previous = previous || jsonb_build_object('logo', current_logo),
           proposed_by = auth.uid()
     where id = pending.id;
  end if;
end
$$;
