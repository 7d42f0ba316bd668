-- Shift times of a vacancy (issue 12, points 2 and 3): when the work starts and ends on a working
-- day and whether it includes weekends, so a coach's trip chains can check the real time of day
-- both ways (the first bus before an early shift, the last one after a late shift, Sunday
-- service). Both times or neither: a vacancy without them says "hours unknown" rather than a
-- guess. An end before the start is a night shift ending the next morning. RLS is the table's
-- (visible with the place, writable by whoever may edit it).

set search_path = public, extensions;

alter table public.vacancy_details
  add column shift_start time without time zone,
  add column shift_end time without time zone,
  add column weekend_work boolean not null default false,
  add constraint vacancy_shift_both check ((shift_start is null) = (shift_end is null)),
  add constraint vacancy_shift_not_empty check (shift_start is null or shift_start <> shift_end);

comment on column public.vacancy_details.shift_start is 'start of the shift on a working day (local time); null: not given';
comment on column public.vacancy_details.shift_end is 'end of the shift (before shift_start: the next morning); null: not given';
comment on column public.vacancy_details.weekend_work is 'the work includes Saturdays or Sundays';
