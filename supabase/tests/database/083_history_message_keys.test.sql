-- History lines the system writes are keys with parameters, not German text
-- (20261204100000_history_message_keys.sql): renewals store valid_until {date}; staff may record a
-- system line; a business records none; unknown keys and non-object parameters are refused. Every role.
begin;
select plan(13);
select tests.create_fixture();
select tests.create_business_fixture();

create function pg_temp.ins(key text, params text default '{}') returns text language sql as $$
  select format($q$insert into public.moderation_events (place_id, decision, message_key, message_params, actor)
    values (tests.id('a_pub'), %L, %L, %L::jsonb, auth.uid())$q$,
    case when auth.uid() = tests.id('staff') then 'approved' else 'submitted' end, key, params)
$$;

select tests.act_as('business_a');
select is((select private.renew_place(tests.id('a_expired'), 30)), current_date + 30, 'business A renews');
select results_eq(
  $$select comment, message_key, message_params ->> 'date' from public.moderation_events
     where place_id = tests.id('a_expired') and decision = 'renewed'$$,
  $$values (null::text, 'valid_until'::text, to_char(current_date + 30, 'YYYY-MM-DD'))$$,
  'the renewal is stored as valid_until with an ISO date, no German sentence');
select tests.rls('moderation_events', 'insert', throws_ok(pg_temp.ins('staff_created'), '42501', null,
  'business A cannot record a system line'));
select tests.rls('moderation_events', 'insert', lives_ok(pg_temp.ins(null),
  'business A still records its submission'));
select tests.act_as('business_b');
select tests.rls('moderation_events', 'insert', throws_ok(pg_temp.ins('valid_until', '{"date":"2030-01-01"}'),
  '42501', null, 'business B cannot either'));
select tests.act_as('coach');
select tests.rls('moderation_events', 'insert', throws_ok(pg_temp.ins('staff_edited'), '42501', null,
  'a coach cannot'));
select tests.act_as('anon');
select tests.rls('moderation_events', 'insert', throws_ok(pg_temp.ins('staff_edited'), '42501', null,
  'anon cannot'));

select tests.act_as('staff');
select is((select private.staff_renew_place(tests.id('s_course'), current_date + 100)), current_date + 100,
  'staff renew a staff entry');
select results_eq(
  $$select comment, message_key, message_params ->> 'date' from public.moderation_events
     where place_id = tests.id('s_course') and decision = 'renewed'$$,
  $$values (null::text, 'valid_until'::text, to_char(current_date + 100, 'YYYY-MM-DD'))$$,
  'staff''s renewal too');
select tests.rls('moderation_events', 'insert', lives_ok(pg_temp.ins('staff_created'),
  'staff record a system line'));
select throws_ok(pg_temp.ins('gültig bis'), '23514', null, 'an unknown key is refused');
select throws_ok(pg_temp.ins('valid_until', '["2030-01-01"]'), '23514', null,
  'parameters are an object');
select is((select count(*) from public.audit_log where table_name = 'moderation_events'
            and new_values ->> 'message_key' = 'valid_until'), 2::bigint,
  'the audit log keeps the key, so the moderation history words it too');

select * from finish();
rollback;
