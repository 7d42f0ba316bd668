-- New organisations and new images wait for moderation (20261201230000_organisation_approval.sql):
-- an organisation a business registers is invisible to the public (place pages, the vacancies'
-- JSON-LD, the map and /api read organisations under the caller's RLS) until staff approve it; a
-- new logo of an approved organisation waits in the organisation's pending change (old and new
-- logo for the moderator), the old logo stays public until then; a new photo sends its place back
-- to 'pending' and goes public with the place's approval.
begin;
select plan(30);
select tests.create_fixture();
select tests.create_business_fixture();

-- A business registers an organisation (as the form does: the row, which makes it the owner, then a logo).
select tests.act_as('business_new');
insert into public.organisations (id, name, website, created_by)
values ('c0000000-0000-4000-8000-0000000000c1', 'Neue Firma GmbH', 'https://neu.example.test', auth.uid());
insert into public.media (id, organisation_id, purpose, content_type, bytes, created_by)
values ('c0000000-0000-4000-8000-0000000000d1', 'c0000000-0000-4000-8000-0000000000c1', 'logo',
        'image/png', '\x89504e470d0a1a0a'::bytea, auth.uid());
select is((select count(*) from public.organisations where id = 'c0000000-0000-4000-8000-0000000000c1'),
  1::bigint, 'its creator sees the new organisation');
select tests.reset_role();
select is((select approved_at from public.organisations where id = 'c0000000-0000-4000-8000-0000000000c1'),
  null, 'a business''s new organisation is not approved');
select is((select jsonb_build_array(previous, proposed ->> 'name', proposed ->> 'website', proposed ->> 'logo')
             from public.organisation_changes
            where organisation_id = 'c0000000-0000-4000-8000-0000000000c1' and status = 'pending'),
  '[{}, "Neue Firma GmbH", "https://neu.example.test", "c0000000-0000-4000-8000-0000000000d1"]'::jsonb,
  'it waits as a pending change with every field new, the logo included');

-- Its place, published by staff: the place is public, the organisation is not.
insert into public.places (id, kind, title, organisation_id, location, status, valid_through)
values ('c0000000-0000-4000-8000-0000000000e1', 'vacancy', 'Lagerhilfe (m/w/d)',
        'c0000000-0000-4000-8000-0000000000c1', st_setsrid(st_makepoint(10.05, 0.05), 4326)::geography,
        'published', current_date + 30);
select tests.act_as('anon');
select is((select count(*) from public.organisations where id = 'c0000000-0000-4000-8000-0000000000c1'),
  0::bigint, 'anon does not see the unapproved organisation');
select is((select public.place_detail('c0000000-0000-4000-8000-0000000000e1') -> 'organisation'), 'null'::jsonb,
  'the place page (and the vacancy''s JSON-LD) names no unapproved organisation');
select is((select count(*) from public.media where id = 'c0000000-0000-4000-8000-0000000000d1'), 0::bigint,
  'anon cannot load its logo');
select tests.act_as('coach');
select is((select count(*) from public.organisations where id = 'c0000000-0000-4000-8000-0000000000c1'),
  0::bigint, 'a coach does not see it either');
select tests.act_as('business_b');
select is((select count(*) from public.organisations where id = 'c0000000-0000-4000-8000-0000000000c1'),
  0::bigint, 'another business does not see it');
select tests.act_as('staff');
select is((select count(*) from public.organisations where id = 'c0000000-0000-4000-8000-0000000000c1'),
  1::bigint, 'staff see it');

-- The business cannot approve itself; edits before the approval follow into the proposal.
select tests.act_as('business_new');
select is(tests.affected($$update public.organisations set approved_at = now(), name = 'Neue Firma GmbH & Co. KG' where id = 'c0000000-0000-4000-8000-0000000000c1'$$),
  1::bigint, 'the business edits its unapproved organisation');
select tests.reset_role();
select is((select approved_at is null and name = 'Neue Firma GmbH & Co. KG' from public.organisations
            where id = 'c0000000-0000-4000-8000-0000000000c1'), true,
  'the edit reached the (unpublished) row, approved_at did not');
select is((select count(*) || ' ' || max(proposed ->> 'name') from public.organisation_changes
            where organisation_id = 'c0000000-0000-4000-8000-0000000000c1' and status = 'pending'),
  '1 Neue Firma GmbH & Co. KG', 'still one pending change, with the edited name');

-- Staff approve: organisation and logo are public.
select tests.act_as('staff');
select ok(private.decide_organisation_change(
  (select id from public.organisation_changes where organisation_id = 'c0000000-0000-4000-8000-0000000000c1' and status = 'pending'),
  true), 'staff approve the new organisation');
select tests.act_as('anon');
select is((select public.place_detail('c0000000-0000-4000-8000-0000000000e1') -> 'organisation' ->> 'name'),
  'Neue Firma GmbH & Co. KG', 'after the approval the place names it');
select is((select count(*) from public.media where id = 'c0000000-0000-4000-8000-0000000000d1'), 1::bigint,
  'and its logo is public');

-- A rejected new organisation stays invisible.
select tests.act_as('business_new');
insert into public.organisations (id, name, created_by)
values ('c0000000-0000-4000-8000-0000000000c2', 'Briefkastenfirma', auth.uid());
select tests.act_as('staff');
select ok(private.decide_organisation_change(
  (select id from public.organisation_changes where organisation_id = 'c0000000-0000-4000-8000-0000000000c2' and status = 'pending'),
  false, 'Kein Betrieb im Quartier.'), 'staff reject another new organisation');
select tests.act_as('anon');
select is((select count(*) from public.organisations where id = 'c0000000-0000-4000-8000-0000000000c2'),
  0::bigint, 'a rejected organisation stays invisible');

-- Staff and seeds are not held back.
select tests.act_as('staff');
insert into public.organisations (id, name) values ('c0000000-0000-4000-8000-0000000000c3', 'Stadtbibliothek');
select tests.act_as('anon');
select is((select count(*) from public.organisations where id = 'c0000000-0000-4000-8000-0000000000c3'),
  1::bigint, 'an organisation staff create is public at once');

-- A new logo of an approved organisation (org_a, approved logo logo_a) waits.
select tests.act_as('business_a');
insert into public.media (id, organisation_id, purpose, content_type, bytes, created_by)
values ('c0000000-0000-4000-8000-0000000000d2', tests.id('org_a'), 'logo', 'image/png',
        '\x89504e470d0a1a0a00'::bytea, auth.uid());
select tests.act_as('anon');
select is((select array_agg(id::text order by id) from public.media where organisation_id = tests.id('org_a') and purpose = 'logo'),
  array[tests.bid('logo_a')::text], 'anon still gets the approved logo only');
select tests.reset_role();
select is((select jsonb_build_array(previous ->> 'logo', proposed ->> 'logo') from public.organisation_changes
            where organisation_id = tests.id('org_a') and status = 'pending'),
  jsonb_build_array(tests.bid('logo_a'), 'c0000000-0000-4000-8000-0000000000d2'),
  'the pending change holds the old and the new logo (the moderator sees both)');
select tests.act_as('staff');
select ok(private.decide_organisation_change(
  (select id from public.organisation_changes where organisation_id = tests.id('org_a') and status = 'pending'), true),
  'staff approve the new logo');
select tests.act_as('anon');
select is((select array_agg(id::text) from public.media where organisation_id = tests.id('org_a') and purpose = 'logo'),
  array['c0000000-0000-4000-8000-0000000000d2'], 'now the new logo is public and the old one is gone');

-- A rejected logo is removed, the approved one stays.
select tests.act_as('business_a');
insert into public.media (id, organisation_id, purpose, content_type, bytes, created_by)
values ('c0000000-0000-4000-8000-0000000000d3', tests.id('org_a'), 'logo', 'image/png',
        '\x89504e470d0a1a0a0000'::bytea, auth.uid());
select tests.act_as('staff');
select ok(private.decide_organisation_change(
  (select id from public.organisation_changes where organisation_id = tests.id('org_a') and status = 'pending'), false),
  'staff reject the next logo');
select tests.reset_role();
select is((select array_agg(id::text) from public.media where organisation_id = tests.id('org_a') and purpose = 'logo'),
  array['c0000000-0000-4000-8000-0000000000d2'], 'the rejected logo is deleted, the approved one kept');

-- A new photo of a published place sends the place back to moderation.
select tests.act_as('business_a');
insert into public.media (id, organisation_id, place_id, purpose, content_type, bytes, created_by)
values ('c0000000-0000-4000-8000-0000000000d4', tests.id('org_a'), tests.id('a_pub'), 'photo', 'image/png',
        '\x89504e470d0a1a0a'::bytea, auth.uid());
select tests.reset_role();
select is((select status::text from public.places where id = tests.id('a_pub')), 'pending',
  'a new photo puts the published place back to pending');
select tests.act_as('anon');
select is((select count(*) from public.media where id = 'c0000000-0000-4000-8000-0000000000d4'), 0::bigint,
  'the new photo is not public');
select tests.act_as('staff');
select is(tests.affected($$update public.places set status = 'published' where id = tests.id('a_pub')$$), 1::bigint,
  'staff approve the place');
select tests.act_as('anon');
select is((select count(*) from public.media where id in ('c0000000-0000-4000-8000-0000000000d4', tests.bid('photo_a_pub'))),
  2::bigint, 'the new photo is public with the place, beside the old one');

-- Nobody held back can set approved_at on an image, nor call the helpers for someone else's row.
select tests.act_as('business_b');
select throws_ok($$select private.propose_media(m) from public.media m where m.id = 'c0000000-0000-4000-8000-0000000000d4'$$,
  '42501', null, 'business B cannot propose org A''s image');
select throws_ok($$select private.record_new_organisation(o) from public.organisations o where o.id = tests.id('org_a')$$,
  '42501', null, 'business B cannot record a change for org A');

select * from finish();
rollback;
