-- 100,000 generated published places in and around the three quarters, for load tests only.
-- Needs the demo seed first (quarters and organisations). Deterministic (setseed).
set search_path = public, extensions;
select setseed(0.42);
insert into public.places (kind, title, description, location, address, opening_hours, wheelchair,
                           languages, status, organisation_id, is_demo)
select
  (array['vacancy','employer','vacant_space','support_service','learning_place','event','public_space'])[1 + (i % 7)]::public.place_kind,
  (array['Lagerhelfer/in','Verkäufer/in','Pflegehelfer/in','Bäckerei','Beratung','Sprachcafé','Werkstatt','Reinigungskraft'])[1 + (i % 8)] || ' ' || i,
  'Generierter Eintrag ' || i || ' für Lasttests: Arbeit, Beratung und Räume im Quartier.',
  st_setsrid(st_makepoint(8.50 + random() * 0.16, 51.91 + random() * 0.17), 4326)::geography,
  'Teststraße ' || (i % 200) || ', 33689 Bielefeld',
  case when i % 3 = 0 then 'Mo-Fr 09:00-17:00' when i % 3 = 1 then 'Mo-Sa 08:00-20:00; PH off' else null end,
  (array['yes','limited','no','unknown'])[1 + (i % 4)]::public.wheelchair_access,
  case when i % 5 = 0 then array['de','tr'] when i % 5 = 1 then array['de','ar'] else array['de'] end,
  'published',
  (select id from public.organisations order by id offset (i % 20) limit 1),
  true
from generate_series(1, 100000) i;

insert into public.vacancy_details (place_id, working_time, german_level, childcare_friendly, suitable_for_refugees)
select p.id,
  (array['full_time','part_time','mini_job'])[1 + (abs(hashtext(p.id::text)) % 3)]::public.working_time,
  (array['none','A1','A2','B1','B2'])[1 + (abs(hashtext(p.title)) % 5)]::public.german_level,
  abs(hashtext(p.id::text)) % 2 = 0,
  abs(hashtext(p.id::text)) % 3 = 0
from public.places p
where p.kind = 'vacancy' and not exists (select 1 from public.vacancy_details v where v.place_id = p.id);

insert into public.service_details (place_id, cost)
select p.id, (array['free','reduced','paid'])[1 + (abs(hashtext(p.id::text)) % 3)]::public.cost_kind
from public.places p
where p.kind in ('support_service', 'learning_place')
  and not exists (select 1 from public.service_details s where s.place_id = p.id);

-- Vacuum as well: the visibility map lets the map query use index-only scans, as it can on a
-- database that autovacuum keeps.
vacuum analyze;
