-- RLS on legal_pages (Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache: everyone reads,
-- staff edit) and accessibility_feedback (anyone reports a barrier; only staff read and handle).
begin;
select plan(48);
select tests.create_fixture();

select tests.rls('legal_pages', 'select', is((select count(*) from public.legal_pages where lang = 'de'), 4::bigint, 'German defaults for all four pages ship with the schema'));

-- legal_pages ---------------------------------------------------------------------------------
select tests.act_as('anon');
select tests.rls('legal_pages', 'select', is((select count(*) from public.legal_pages where lang = 'de'), 4::bigint, 'anon reads the legal pages'));
select tests.rls('legal_pages', 'insert', throws_ok($$insert into public.legal_pages (slug, lang, title, body) values ('impressum', 'en', 'Imprint', 'x')$$, '42501', null, 'anon cannot add a page'));
select tests.rls('legal_pages', 'update', throws_ok($$update public.legal_pages set body = 'gehackt'$$, '42501', null, 'anon cannot edit'));
select tests.rls('legal_pages', 'delete', throws_ok($$delete from public.legal_pages$$, '42501', null, 'anon cannot delete'));
select tests.act_as('business_a');
select tests.rls('legal_pages', 'select', is((select count(*) from public.legal_pages where lang = 'de'), 4::bigint, 'business A reads them'));
select tests.rls('legal_pages', 'insert', throws_ok($$insert into public.legal_pages (slug, lang, title, body) values ('impressum', 'en', 'Imprint', 'x')$$, '42501', null, 'business A cannot add a page'));
select tests.rls('legal_pages', 'update', is(tests.affected($$update public.legal_pages set body = 'gehackt'$$), 0::bigint, 'business A edits nothing'));
select tests.rls('legal_pages', 'delete', is(tests.affected($$delete from public.legal_pages$$), 0::bigint, 'business A deletes nothing'));
select tests.act_as('business_b');
select tests.rls('legal_pages', 'insert', throws_ok($$insert into public.legal_pages (slug, lang, title, body) values ('impressum', 'en', 'Imprint', 'x')$$, '42501', null, 'business B cannot add a page'));
select tests.rls('legal_pages', 'update', is(tests.affected($$update public.legal_pages set body = 'gehackt'$$), 0::bigint, 'business B edits nothing'));
select tests.rls('legal_pages', 'delete', is(tests.affected($$delete from public.legal_pages$$), 0::bigint, 'business B deletes nothing'));
select tests.act_as('coach');
select tests.rls('legal_pages', 'select', is((select count(*) from public.legal_pages where lang = 'de'), 4::bigint, 'a coach reads them'));
select tests.rls('legal_pages', 'insert', throws_ok($$insert into public.legal_pages (slug, lang, title, body) values ('impressum', 'en', 'Imprint', 'x')$$, '42501', null, 'a coach cannot add a page'));
select tests.rls('legal_pages', 'update', is(tests.affected($$update public.legal_pages set body = 'gehackt'$$), 0::bigint, 'a coach edits nothing'));
select tests.rls('legal_pages', 'delete', is(tests.affected($$delete from public.legal_pages$$), 0::bigint, 'a coach deletes nothing'));
select tests.act_as('staff');
select tests.rls('legal_pages', 'insert', lives_ok($$insert into public.legal_pages (slug, lang, title, body, updated_by) values ('impressum', 'en', 'Legal notice', 'Provider: …', auth.uid())$$, 'staff add a translation'));
select tests.rls('legal_pages', 'update', is(tests.affected($$update public.legal_pages set body = body || ' Stand: heute', updated_by = auth.uid() where slug = 'impressum' and lang = 'de'$$), 1::bigint, 'staff edit a page'));
select tests.rls('legal_pages', 'update', throws_ok($$update public.legal_pages set body = 'x', updated_by = tests.id('coach') where slug = 'impressum' and lang = 'de'$$, '42501', null, 'staff cannot edit in someone else''s name'));
select tests.rls('legal_pages', 'delete', is(tests.affected($$delete from public.legal_pages where slug = 'impressum' and lang = 'en'$$), 1::bigint, 'staff delete a translation'));
select tests.rls('legal_pages', 'insert', throws_ok($$insert into public.legal_pages (slug, lang, title, body, updated_by) values ('agb', 'de', 'AGB', 'x', auth.uid())$$, '23514', null, 'only the four legal pages'));
select tests.rls('legal_pages', 'update', throws_ok($$update public.legal_pages set video_url = 'javascript:alert(1)', updated_by = auth.uid() where slug = 'leichte-sprache'$$, '23514', null, 'a video address is https:// or a path'));
select tests.rls('audit_log', 'select', is((select count(*) from public.audit_log where table_name = 'legal_pages' and actor = tests.id('staff')), 3::bigint, 'every change is in the audit log with the staff member'));
select tests.act_as('service_role');
select tests.rls('legal_pages', 'update', lives_ok($$update public.legal_pages set title = title$$, 'service_role writes'));

select tests.act_as('business_b');
select tests.rls('legal_pages', 'select', is((select count(*) from public.legal_pages where lang = 'de'), 4::bigint, 'business B reads them'));
select tests.act_as('staff');
select tests.rls('legal_pages', 'select', is((select count(*) from public.legal_pages where lang = 'de'), 4::bigint, 'staff read them'));
-- accessibility_feedback: the server writes reports (service_role); staff read and handle them ---
select tests.act_as('service_role');
select lives_ok($$insert into public.accessibility_feedback (page, message) values ('/ort/abc', 'Der Kontrast der Knöpfe ist zu schwach.'), ('/betrieb', 'Das Formular liest der Screenreader nicht vor.')$$, 'the server stores reports (as service_role)');
select throws_ok($$insert into public.accessibility_feedback (page, message) values ('/', 'kurz')$$, '23514', null, 'a report says something (at least 5 characters)');

select tests.act_as('anon');
select tests.rls('accessibility_feedback', 'select', throws_ok($$select count(*) from public.accessibility_feedback$$, '42501', null, 'anon cannot read reports'));
select tests.rls('accessibility_feedback', 'insert', throws_ok($$insert into public.accessibility_feedback (page, message) values ('/', 'Direkt in die Tabelle')$$, '42501', null, 'anon holds no write privilege (the server writes reports)'));
select tests.rls('accessibility_feedback', 'update', throws_ok($$update public.accessibility_feedback set status = 'closed'$$, '42501', null, 'anon cannot change reports'));
select tests.rls('accessibility_feedback', 'delete', throws_ok($$delete from public.accessibility_feedback$$, '42501', null, 'anon cannot delete reports'));
select tests.act_as('business_a');
select tests.rls('accessibility_feedback', 'select', is((select count(*) from public.accessibility_feedback), 0::bigint, 'business A reads no reports'));
select tests.rls('accessibility_feedback', 'insert', throws_ok($$insert into public.accessibility_feedback (page, message) values ('/', 'Direkt in die Tabelle')$$, '42501', null, 'business A does not write reports directly'));
select tests.rls('accessibility_feedback', 'update', is(tests.affected($$update public.accessibility_feedback set status = 'closed'$$), 0::bigint, 'business A changes no report'));
select tests.rls('accessibility_feedback', 'delete', is(tests.affected($$delete from public.accessibility_feedback$$), 0::bigint, 'business A deletes no report'));
select tests.act_as('business_b');
select tests.rls('accessibility_feedback', 'select', is((select count(*) from public.accessibility_feedback), 0::bigint, 'business B reads no reports'));
select tests.rls('accessibility_feedback', 'insert', throws_ok($$insert into public.accessibility_feedback (page, message) values ('/', 'Direkt in die Tabelle')$$, '42501', null, 'business B does not write reports directly'));
select tests.rls('accessibility_feedback', 'update', is(tests.affected($$update public.accessibility_feedback set status = 'closed'$$), 0::bigint, 'business B changes no report'));
select tests.rls('accessibility_feedback', 'delete', is(tests.affected($$delete from public.accessibility_feedback$$), 0::bigint, 'business B deletes no report'));
select tests.act_as('coach');
select tests.rls('accessibility_feedback', 'select', is((select count(*) from public.accessibility_feedback), 0::bigint, 'a coach reads no reports'));
select tests.rls('accessibility_feedback', 'insert', throws_ok($$insert into public.accessibility_feedback (page, message) values ('/', 'Direkt in die Tabelle')$$, '42501', null, 'a coach does not write reports directly'));
select tests.rls('accessibility_feedback', 'update', is(tests.affected($$update public.accessibility_feedback set status = 'closed'$$), 0::bigint, 'a coach changes no report'));
select tests.rls('accessibility_feedback', 'delete', is(tests.affected($$delete from public.accessibility_feedback$$), 0::bigint, 'a coach deletes no report'));
select tests.act_as('staff');
select tests.rls('accessibility_feedback', 'select', is((select count(*) from public.accessibility_feedback where page in ('/ort/abc', '/betrieb')), 2::bigint, 'staff read the reports'));
select tests.rls('accessibility_feedback', 'insert', throws_ok($$insert into public.accessibility_feedback (page, message) values ('/', 'Direkt in die Tabelle')$$, '42501', null, 'staff do not write reports directly either'));
select tests.rls('accessibility_feedback', 'update', is(tests.affected($$update public.accessibility_feedback set status = 'answered' where page = '/ort/abc'$$), 1::bigint, 'staff mark a report answered'));
select tests.rls('accessibility_feedback', 'delete', is(tests.affected($$delete from public.accessibility_feedback where page = '/betrieb'$$), 1::bigint, 'staff delete a report'));

select * from finish();
rollback;
