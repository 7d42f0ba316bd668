/** What the web benches open: a staff account for the coach's page and a coach's link. */

/** Started as QK_BOOTSTRAP_STAFF with the bench server. */
export const STAFF = 'bench-staff@quartierkarte.test:bench-staff-passwort-1';

/** "Sennestadt Sennestadthaus" (static/data/stops.geojson): a home, in the fragment only. */
export const HOME = '51.94562,8.58588';

/** A coach's link for a client: part-time vacancies, Bus & Stadtbahn arriving by 08:00. */
export const REACH_LINK = `/erreichbarkeit?kinds=vacancy&working_time=part_time&mode=transit&time=arrive&at=08:00#von=${HOME}`;

/** Signs the bootstrap staff account in through the password form; its cookies as one header. */
export async function staffCookie(base) {
	const [email, password] = STAFF.split(/:(.*)/s);
	const res = await fetch(`${base}/anmelden?/password`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email, password, weiter: '' })
	});
	const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
	if (res.status !== 303 || !cookies.length) throw new Error(`staff sign-in: ${res.status}`);
	return cookies.join('; ');
}
