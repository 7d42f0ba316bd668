-- RLS on shortlists: private to the coach (or staff member) who made them; staff read all.
begin;
select plan(22);
select tests.create_fixture();

-- select ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select throws_ok($$select * from public.shortlists$$, '42501', null, 'anon cannot read shortlists');
select tests.act_as('coach');
select is(tests.visible('shortlists'), array['sl_coach'], 'a coach sees only its own lists');
select tests.act_as('coach2');
select is(tests.visible('shortlists'), array['sl_coach2'], 'another coach sees only its own lists');
select tests.act_as('business_a');
select is(tests.visible('shortlists'), '{}'::text[], 'business users see no lists');
select tests.act_as('staff');
select is(tests.visible('shortlists'), array['sl_coach', 'sl_coach2', 'sl_staff'], 'staff see all lists');

-- insert ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select throws_ok($$insert into public.shortlists (owner_id, name) values (gen_random_uuid(), 'Anonym')$$, '42501', null,
  'anon cannot create lists');
select tests.act_as('business_a');
select throws_ok($$insert into public.shortlists (name) values ('Firma')$$, '42501', null,
  'business users cannot create lists');
select tests.act_as('coach');
select lives_ok($$insert into public.shortlists (name, place_ids) values ('Neue Liste', array[tests.id('s_service')])$$,
  'a coach creates a list (owner defaults to the caller)');
select throws_ok($$insert into public.shortlists (owner_id, name) values (tests.id('coach2'), 'Untergeschoben')$$, '42501', null,
  'a coach cannot create a list for another coach');
select tests.act_as('staff');
select lives_ok($$insert into public.shortlists (name) values ('Staff Liste 2')$$, 'staff create their own lists');

-- update ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select throws_ok($$update public.shortlists set name = 'Anonym'$$, '42501', null, 'anon cannot update lists');
select tests.act_as('coach');
select is(tests.affected($$update public.shortlists set name = 'Umbenannt' where id = tests.id('sl_coach')$$), 1::bigint,
  'a coach renames its list');
select is(tests.affected($$update public.shortlists set name = 'Übernommen' where id = tests.id('sl_coach2')$$), 0::bigint,
  'a coach cannot change another coach''s list');
select throws_ok($$update public.shortlists set owner_id = tests.id('coach2') where id = tests.id('sl_coach')$$, '42501', null,
  'a coach cannot hand a list to someone else');
select tests.act_as('business_a');
select is(tests.affected($$update public.shortlists set name = 'Firma' where true$$), 0::bigint, 'business users change no list');
select tests.act_as('staff');
select is(tests.affected($$update public.shortlists set name = 'Staff war hier' where id = tests.id('sl_coach')$$), 0::bigint,
  'staff read but do not change coaches'' lists');

-- delete ---------------------------------------------------------------------------------------
select tests.act_as('anon');
select throws_ok($$delete from public.shortlists$$, '42501', null, 'anon cannot delete lists');
select tests.act_as('coach2');
select is(tests.affected($$delete from public.shortlists where id = tests.id('sl_coach')$$), 0::bigint,
  'a coach cannot delete another coach''s list');
select tests.act_as('business_a');
select is(tests.affected($$delete from public.shortlists where true$$), 0::bigint, 'business users delete no list');
select tests.act_as('staff');
select is(tests.affected($$delete from public.shortlists where id = tests.id('sl_coach2')$$), 0::bigint,
  'staff do not delete coaches'' lists');
select tests.act_as('coach');
select is(tests.affected($$delete from public.shortlists where id = tests.id('sl_coach')$$), 1::bigint,
  'a coach deletes its own list');
select tests.act_as('staff');
select is(tests.visible('shortlists'), array['sl_coach2', 'sl_staff'], 'only the allowed delete happened');

select * from finish();
rollback;
