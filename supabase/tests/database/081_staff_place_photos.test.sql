-- Photos of entries without an organisation (20261203400100_staff_place_photos.sql): staff add
-- and remove them; nobody else adds one; everybody sees one with its published place. Every role.
begin;
select plan(12);
select tests.create_fixture();
select tests.create_business_fixture();

create function pg_temp.photo(new_id uuid) returns text language sql as $$
  select format($q$insert into public.media (id, place_id, purpose, content_type, bytes)
    values (%L, tests.id('s_service'), 'photo', 'image/png', '\x89504e470d0a1a0a'::bytea)$q$, new_id)
$$;

select tests.act_as('anon');
select tests.rls('media', 'insert', throws_ok(pg_temp.photo('c0000000-0000-4000-8000-00000000f901'),
  '42501', null, 'anon cannot add a photo to a staff entry'));
select tests.act_as('business_a');
select tests.rls('media', 'insert', throws_ok(pg_temp.photo('c0000000-0000-4000-8000-00000000f902'),
  '42501', null, 'business A cannot'));
select tests.act_as('business_b');
select tests.rls('media', 'insert', throws_ok(pg_temp.photo('c0000000-0000-4000-8000-00000000f903'),
  '42501', null, 'business B cannot'));
select tests.act_as('coach');
select tests.rls('media', 'insert', throws_ok(pg_temp.photo('c0000000-0000-4000-8000-00000000f904'),
  '42501', null, 'a coach cannot'));
select tests.act_as('staff');
select tests.rls('media', 'insert', lives_ok(pg_temp.photo('c0000000-0000-4000-8000-00000000f905'),
  'staff add a photo to a support service without an organisation'));
select throws_ok($$insert into public.media (purpose, content_type, bytes)
  values ('logo', 'image/png', '\x89504e470d0a1a0a'::bytea)$$, '23514', null,
  'a logo still needs its organisation');

select tests.act_as('anon');
select tests.rls('media', 'select', is((select count(*) from public.media
  where id = 'c0000000-0000-4000-8000-00000000f905'), 1::bigint, 'anon sees it with the published place'));
select tests.act_as('business_a');
select tests.rls('media', 'delete', is(tests.affected($$delete from public.media
  where id = 'c0000000-0000-4000-8000-00000000f905'$$), 0::bigint, 'business A cannot remove it'));
select tests.act_as('business_b');
select tests.rls('media', 'delete', is(tests.affected($$delete from public.media
  where id = 'c0000000-0000-4000-8000-00000000f905'$$), 0::bigint, 'business B cannot remove it'));
select tests.act_as('coach');
select tests.rls('media', 'delete', is(tests.affected($$delete from public.media
  where id = 'c0000000-0000-4000-8000-00000000f905'$$), 0::bigint, 'a coach cannot remove it'));
select tests.act_as('staff');
select tests.rls('media', 'delete', is(tests.affected($$delete from public.media
  where id = 'c0000000-0000-4000-8000-00000000f905'$$), 1::bigint, 'staff remove it'));
select tests.act_as('anon');
select is((select count(*) from public.media where id = 'c0000000-0000-4000-8000-00000000f905'), 0::bigint,
  '... and it is gone');

select * from finish();
rollback;
