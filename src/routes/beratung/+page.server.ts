/**
 * The coach's workspace (issue 12): for coaches and staff only; everybody else gets a translated
 * 403. The server hands out public data only — the Kitas and schools to pick from with their
 * opening hours. The client profile (home, needs) stays on the coach's device.
 *
 * The map's filters apply (point 5): the same URL query as the map and the reachability view
 * (`?kinds=vacancy&working_time=part_time`, url-parse.ts), read leniently, narrow the offers to
 * the places the map would show with them (placesPageData: one SQL definition, place_matches),
 * and their counts feed the map's filter panel on the page.
 */
import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { getLocale } from '$lib/i18n/paraglide/runtime';
import { parseMapQuery } from '$lib/places/url-parse';
import { mapQueryToParams } from '$lib/places/url-state';
import { placesPageData } from '$lib/server/places/page-data';
import type { Offer } from './ranking';
import type { PageServerLoad } from './$types';

/** A place that takes children: a Kita, a day nursery, a school or an after-school club. */
const CHILDCARE = '(kita|kinderta|kindergarten|krippe|schule|hort)';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = locals.user;
	if (!user) redirect(303, `/anmelden?weiter=${encodeURIComponent(url.pathname + url.search)}`);
	if (!user.roles.some((r) => r === 'coach' || r === 'staff')) error(403, m.coach_forbidden());
	const childcare = await locals.db.query<{
		id: string;
		title: string;
		lon: number;
		lat: number;
		opening_hours: string | null;
	}>(
		`select id, title, lon, lat, opening_hours from public.places
		  where status = 'published' and kind in ('employer', 'learning_place', 'support_service', 'public_space')
		    and title ~* $1
		  order by title limit 200`,
		[CHILDCARE]
	);
	// What can fit a client: published vacancies (with their working time, German level and
	// shift times), courses and learning places, support services. Public data only.
	const offers = await locals.db.query<Offer>(
		`select p.id, p.kind, p.title, p.translations, p.lon, p.lat, p.address, o.name as organisation, p.opening_hours,
		        p.languages, p.contact_phone, p.contact_email, p.website,
		        v.working_time, v.hours_per_week::float8 as hours_per_week, v.german_level,
		        to_char(v.shift_start, 'HH24:MI') as shift_start, to_char(v.shift_end, 'HH24:MI') as shift_end,
		        coalesce(v.weekend_work, false) as weekend_work,
		        coalesce(v.childcare_friendly, false) as childcare_friendly,
		        coalesce(v.how_to_apply, s.application_process) as how_to_apply
		   from public.places p
		   left join public.organisations o on o.id = p.organisation_id
		   left join public.vacancy_details v on v.place_id = p.id
		   left join public.service_details s on s.place_id = p.id
		  where p.status = 'published' and p.kind in ('vacancy', 'learning_place', 'support_service')
		    and (p.valid_from is null or p.valid_from <= current_date)
		    and (p.valid_through is null or p.valid_through >= current_date)
		  order by p.kind, p.title
		  limit 2000`
	);
	// the filters only: a map position or a selected place in the link is not one
	const { query: full, ignored } = parseMapQuery(url.searchParams);
	const query = { filters: full.filters, open: full.open };
	const map = await placesPageData(locals, query, getLocale());
	const shown = new Set(map.places.map((p) => p.id));
	return {
		childcare,
		offers: mapQueryToParams(query).size ? offers.filter((o) => shown.has(o.id)) : offers,
		filters: { query, ignored, counts: map.counts, total: map.total, openCount: map.openCount }
	};
};
