/**
 * The coach's workspace (issue 12): for coaches and staff only; everybody else gets a translated
 * 403. The server hands out public data only — the Kitas and schools to pick from with their
 * opening hours. The client profile (home, needs) stays on the coach's device.
 */
import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/** A place that takes children: a Kita, a day nursery, a school or an after-school club. */
const CHILDCARE = '(kita|kinderta|kindergarten|krippe|schule|hort)';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = locals.user;
	if (!user) redirect(303, `/anmelden?weiter=${encodeURIComponent(url.pathname)}`);
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
	return { childcare };
};
