-- The place page's photos (/ort/<id>, src/lib/server/places/photos.ts): the page asks for the
-- approved photos of its place under the caller's claims, and media_select_visible decides. A photo
-- of a staff-kept entry is public with its published, current place only: not with a draft, not
-- with an expired entry, never before approval. Every role.
begin;
select plan(12);
select tests.create_fixture();
select tests.create_business_fixture();

-- Two more staff-kept entries (no organisation): a draft and an expired one.
insert into public.places (id, kind, title, description, location, status, valid_from, valid_through,
  wheelchair, languages, created_by) values
  ('c0000000-0000-4000-8000-00000000f9a1', 'public_space', 'Quartiersgarten im Entwurf', 'Entwurf.',
   st_point(10.02, 0.061, 4326)::geography, 'draft', null, null, 'unknown', '{de}', tests.id('staff')),
  ('c0000000-0000-4000-8000-00000000f9a2', 'learning_place', 'Abgelaufener Kurs', 'Vorbei.',
   st_point(10.02, 0.062, 4326)::geography, 'published', current_date - 30, current_date - 1,
   'unknown', '{de}', tests.id('staff'));
insert into public.media (id, place_id, purpose, content_type, bytes, created_by) values
  ('c0000000-0000-4000-8000-00000000f9b1', tests.id('s_service'), 'photo', 'image/png', '\x89504e47', tests.id('staff')),
  ('c0000000-0000-4000-8000-00000000f9b2', tests.id('s_service'), 'photo', 'image/png', '\x89504e47', tests.id('staff')),
  ('c0000000-0000-4000-8000-00000000f9b3', 'c0000000-0000-4000-8000-00000000f9a1', 'photo', 'image/png', '\x89504e47', tests.id('staff')),
  ('c0000000-0000-4000-8000-00000000f9b4', 'c0000000-0000-4000-8000-00000000f9a2', 'photo', 'image/png', '\x89504e47', tests.id('staff'));
-- One photo of the published service and the draft's photo wait for approval.
update public.media set approved_at = null
 where id in ('c0000000-0000-4000-8000-00000000f9b2', 'c0000000-0000-4000-8000-00000000f9b3');

-- What the place page asks, for one place.
create function pg_temp.page_photos(place uuid) returns text[] language sql as $$
  select coalesce(array_agg(right(id::text, 2) order by id), '{}') from public.media
   where place_id = place and purpose = 'photo' and approved_at is not null
$$;
-- Every photo of the three places the caller may see at all.
create function pg_temp.any_photos() returns text[] language sql as $$
  select coalesce(array_agg(right(id::text, 2) order by id), '{}') from public.media
   where id in ('c0000000-0000-4000-8000-00000000f9b1', 'c0000000-0000-4000-8000-00000000f9b2',
                'c0000000-0000-4000-8000-00000000f9b3', 'c0000000-0000-4000-8000-00000000f9b4')
$$;

select tests.act_as('anon');
select tests.rls('media', 'select', is(pg_temp.any_photos(), array['b1'],
  'anon sees only the approved photo of the published service'));
select is(pg_temp.page_photos(tests.id('s_service')), array['b1'], 'anon: the service''s page shows it');
select is(pg_temp.page_photos('c0000000-0000-4000-8000-00000000f9a1'), '{}'::text[], 'anon: nothing of a draft');
select is(pg_temp.page_photos('c0000000-0000-4000-8000-00000000f9a2'), '{}'::text[], 'anon: nothing of an expired entry');
select tests.act_as('business_a');
select tests.rls('media', 'select', is(pg_temp.any_photos(), array['b1'], 'business A sees what the public sees'));
select tests.act_as('business_b');
select tests.rls('media', 'select', is(pg_temp.any_photos(), array['b1'], 'business B too'));
select tests.act_as('coach');
select tests.rls('media', 'select', is(pg_temp.any_photos(), array['b1'], 'a coach too'));
select tests.act_as('staff');
select tests.rls('media', 'select', is(pg_temp.any_photos(), array['b1', 'b2', 'b3', 'b4'], 'staff see every photo'));
select is(pg_temp.page_photos(tests.id('s_service')), array['b1'],
  'staff: the page shows approved photos only');

-- Publishing the draft approves its photo; then the public sees it on the page.
update public.places set status = 'published' where id = 'c0000000-0000-4000-8000-00000000f9a1';
select isnt((select approved_at from public.media where id = 'c0000000-0000-4000-8000-00000000f9b3'), null,
  'publishing approves the waiting photo');
select tests.act_as('anon');
select is(pg_temp.page_photos('c0000000-0000-4000-8000-00000000f9a1'), array['b3'],
  'anon: the published garden''s page shows its photo');
select is(pg_temp.page_photos('c0000000-0000-4000-8000-00000000f9a2'), '{}'::text[],
  'anon: still nothing of the expired entry');

select * from finish();
rollback;
