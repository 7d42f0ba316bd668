-- The audit trail: every change to business tables is recorded by trigger with the real actor;
-- nobody writes, changes or deletes audit rows directly; staff read all, others their own actions.
begin;
select plan(26);
select tests.create_fixture();
select tests.create_business_fixture();

select tests.act_as('business_a');
select is(tests.affected($$update public.places set title = 'Backstubenhilfe (Teilzeit)' where id = tests.id('a_draft')$$),
  1::bigint, 'business A edits its draft');
select tests.act_as('staff');
select is(
  (select array[actor::text, action, array_to_string(changed_columns, ','), new_values ->> 'title', old_values ->> 'title']
     from public.audit_log where table_name = 'places' and row_id = tests.id('a_draft')::text and action = 'UPDATE'
     order by id desc limit 1),
  array[tests.id('business_a')::text, 'UPDATE', 'title', 'Backstubenhilfe (Teilzeit)', 'Backstubenhilfe in Vollzeit'],
  'the audit row says who, what and which column changed, old and new value');
select ok(
  (select at between now() - interval '1 minute' and now() + interval '1 minute'
     from public.audit_log where row_id = tests.id('a_draft')::text order by id desc limit 1),
  '... and when');

select tests.act_as('business_b');
select is(tests.affected($$update public.space_details set area_m2 = 90 where place_id = tests.id('b_draft')$$),
  1::bigint, 'business B edits a detail row');
select tests.act_as('staff');
select lives_ok($$insert into public.moderation_events (place_id, decision, comment) values (tests.id('b_pending'), 'rejected', 'Kein Angebot im Quartier.')$$,
  'staff reject with a comment');
select tests.act_as('staff');
select is(
  (select count(*) from public.audit_log where table_name = 'space_details' and row_id = tests.id('b_draft')::text
     and actor = tests.id('business_b') and changed_columns = array['area_m2']),
  1::bigint, 'detail changes are audited too');
select is(
  (select count(*) from public.audit_log where table_name = 'moderation_events' and actor = tests.id('staff')
     and new_values ->> 'comment' = 'Kein Angebot im Quartier.'),
  1::bigint, 'moderation decisions are audited with the staff member');
select is(
  (select count(*) from public.audit_log where table_name = 'media' and new_values ? 'bytes'),
  0::bigint, 'image bytes are never copied into the audit trail');

-- select -----------------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('audit_log', 'select', throws_ok($$select count(*) from public.audit_log$$, '42501', null, 'anon cannot read the audit trail'));
select tests.act_as('business_a');
select tests.rls('audit_log', 'select', is((select count(*) from public.audit_log where actor is distinct from tests.id('business_a')), 0::bigint,
  'business A sees only its own actions'));
select tests.rls('audit_log', 'select', ok((select count(*) from public.audit_log where actor = tests.id('business_a')) >= 1, '... which it does see'));
select tests.act_as('business_b');
select tests.rls('audit_log', 'select', is((select count(*) from public.audit_log where row_id = tests.id('a_draft')::text), 0::bigint,
  'business B cannot read the trail of A''s draft'));
select tests.act_as('coach');
select tests.rls('audit_log', 'select', is((select count(*) from public.audit_log), 0::bigint, 'a coach (who changed nothing) sees nothing'));

-- insert / update / delete: never directly --------------------------------------------------------
select tests.act_as('anon');
select tests.rls('audit_log', 'insert', throws_ok($$insert into public.audit_log (table_name, row_id, action) values ('places', 'x', 'DELETE')$$, '42501', null, 'anon cannot insert'));
select tests.rls('audit_log', 'update', throws_ok($$update public.audit_log set actor = null$$, '42501', null, 'anon cannot update'));
select tests.rls('audit_log', 'delete', throws_ok($$delete from public.audit_log$$, '42501', null, 'anon cannot delete'));
select tests.act_as('business_a');
select tests.rls('audit_log', 'insert', throws_ok($$insert into public.audit_log (table_name, row_id, action) values ('places', 'x', 'DELETE')$$, '42501', null, 'business A cannot forge audit rows'));
select tests.rls('audit_log', 'update', throws_ok($$update public.audit_log set actor = null$$, '42501', null, 'business A cannot change audit rows'));
select tests.rls('audit_log', 'delete', throws_ok($$delete from public.audit_log$$, '42501', null, 'business A cannot delete audit rows'));
select tests.act_as('business_b');
select tests.rls('audit_log', 'insert', throws_ok($$insert into public.audit_log (table_name, row_id, action) values ('places', 'x', 'DELETE')$$, '42501', null, 'business B cannot insert'));
select tests.rls('audit_log', 'delete', throws_ok($$delete from public.audit_log$$, '42501', null, 'business B cannot delete'));
select tests.act_as('coach');
select tests.rls('audit_log', 'insert', throws_ok($$insert into public.audit_log (table_name, row_id, action) values ('places', 'x', 'DELETE')$$, '42501', null, 'a coach cannot insert'));
select tests.rls('audit_log', 'update', throws_ok($$update public.audit_log set actor = null$$, '42501', null, 'a coach cannot update'));
select tests.act_as('staff');
select tests.rls('audit_log', 'insert', throws_ok($$insert into public.audit_log (table_name, row_id, action) values ('places', 'x', 'DELETE')$$, '42501', null, 'staff cannot insert'));
select tests.rls('audit_log', 'update', throws_ok($$update public.audit_log set actor = null$$, '42501', null, 'staff cannot change the trail'));
select tests.rls('audit_log', 'delete', throws_ok($$delete from public.audit_log$$, '42501', null, 'staff cannot delete the trail'));

select * from finish();
rollback;
