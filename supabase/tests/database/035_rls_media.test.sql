-- RLS on media: logos public, photos with their place; members upload for their organisation.
begin;
select plan(25);
select tests.create_fixture();
select tests.create_business_fixture();

select tests.act_as('anon');
select tests.rls('media', 'select', is(tests.visible_bids('media', array['logo_a', 'photo_a_pub', 'photo_b_draft']), array['logo_a', 'photo_a_pub'],
  'anon sees logos and photos of published places, not of drafts'));
select tests.act_as('business_a');
select tests.rls('media', 'select', is(tests.visible_bids('media', array['logo_a', 'photo_a_pub', 'photo_b_draft']), array['logo_a', 'photo_a_pub'],
  'business A cannot see the photo of B''s draft'));
select tests.act_as('business_b');
select tests.rls('media', 'select', is(tests.visible_bids('media', array['logo_a', 'photo_a_pub', 'photo_b_draft']), array['logo_a', 'photo_a_pub', 'photo_b_draft'],
  'business B sees its own draft''s photo'));
select tests.act_as('coach');
select tests.rls('media', 'select', is(tests.visible_bids('media', array['logo_a', 'photo_a_pub', 'photo_b_draft']), array['logo_a', 'photo_a_pub'],
  'a coach sees what the public sees'));
select tests.act_as('staff');
select tests.rls('media', 'select', is(tests.visible_bids('media', array['logo_a', 'photo_a_pub', 'photo_b_draft']), array['logo_a', 'photo_a_pub', 'photo_b_draft'],
  'staff see everything'));

select tests.act_as('anon');
select tests.rls('media', 'insert', throws_ok($$insert into public.media (organisation_id, purpose, content_type, bytes, created_by) values (tests.id('org_a'), 'logo', 'image/png', '\x89', tests.id('business_a'))$$,
  '42501', null, 'anon cannot upload'));
select tests.act_as('business_a');
select tests.rls('media', 'insert', lives_ok($$insert into public.media (organisation_id, place_id, purpose, content_type, bytes) values (tests.id('org_a'), tests.id('a_draft'), 'photo', 'image/webp', '\x52494646')$$,
  'business A uploads a photo for its draft'));
select tests.rls('media', 'insert', throws_ok($$insert into public.media (organisation_id, purpose, content_type, bytes) values (tests.id('org_b'), 'logo', 'image/png', '\x89')$$,
  '42501', null, 'business A cannot upload B''s logo'));
select tests.rls('media', 'insert', throws_ok($$insert into public.media (organisation_id, place_id, purpose, content_type, bytes) values (tests.id('org_a'), tests.id('b_draft'), 'photo', 'image/png', '\x89')$$,
  '42501', null, 'business A cannot attach a photo to B''s place'));
select tests.rls('media', 'insert', throws_ok($$insert into public.media (organisation_id, purpose, content_type, bytes) values (tests.id('org_a'), 'logo', 'image/svg+xml', '\x3c737667')$$,
  '23514', null, 'SVG (may carry script) is refused by the database too'));
select tests.rls('media', 'insert', throws_ok($$insert into public.media (organisation_id, purpose, content_type, bytes) values (tests.id('org_a'), 'logo', 'image/png', decode(repeat('00', 2097153), 'hex'))$$,
  '23514', null, 'images over 2 MB are refused'));
select tests.act_as('business_b');
select tests.rls('media', 'insert', lives_ok($$insert into public.media (organisation_id, purpose, content_type, bytes) values (tests.id('org_b'), 'logo', 'image/jpeg', '\xffd8ff')$$,
  'business B uploads its logo'));
select tests.act_as('coach');
select tests.rls('media', 'insert', throws_ok($$insert into public.media (organisation_id, purpose, content_type, bytes) values (tests.id('org_a'), 'logo', 'image/png', '\x89')$$,
  '42501', null, 'a coach cannot upload'));
select tests.act_as('staff');
select tests.rls('media', 'insert', lives_ok($$insert into public.media (organisation_id, purpose, content_type, bytes) values (tests.id('org_a'), 'logo', 'image/png', '\x89504e47')$$,
  'staff upload for any organisation'));

select tests.act_as('anon');
select tests.rls('media', 'update', throws_ok($$update public.media set alt = 'x'$$, '42501', null, 'anon cannot update'));
select tests.rls('media', 'delete', throws_ok($$delete from public.media$$, '42501', null, 'anon cannot delete'));
select tests.act_as('business_a');
select tests.rls('media', 'update', throws_ok($$update public.media set alt = 'Logo'$$, '42501', null, 'images are replaced, not updated (business A)'));
select tests.rls('media', 'delete', is(tests.affected($$delete from public.media where id = tests.bid('photo_b_draft')$$), 0::bigint, 'business A cannot delete B''s photo'));
select tests.rls('media', 'delete', is(tests.affected($$delete from public.media where id = tests.bid('logo_a')$$), 1::bigint, 'business A deletes its logo'));
select tests.act_as('business_b');
select tests.rls('media', 'update', throws_ok($$update public.media set alt = 'x'$$, '42501', null, 'business B cannot update'));
select tests.rls('media', 'delete', is(tests.affected($$delete from public.media where id = tests.bid('photo_a_pub')$$), 0::bigint, 'business B cannot delete A''s photo'));
select tests.act_as('coach');
select tests.rls('media', 'update', throws_ok($$update public.media set alt = 'x'$$, '42501', null, 'a coach cannot update'));
select tests.rls('media', 'delete', is(tests.affected($$delete from public.media where true$$), 0::bigint, 'a coach deletes nothing'));
select tests.act_as('staff');
select tests.rls('media', 'update', throws_ok($$update public.media set alt = 'x'$$, '42501', null, 'staff cannot update either'));
select tests.rls('media', 'delete', is(tests.affected($$delete from public.media where id = tests.bid('photo_b_draft')$$), 1::bigint, 'staff delete any image'));

select * from finish();
rollback;
