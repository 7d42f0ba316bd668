/**
 * Weekend shifts on the Sunday timetable in the coach's list (issue 12, point 3 "Sunday service";
 * commit 566ffe5), on a phone, signed in as staff (coaches and staff share /beratung):
 * - a client who does not want weekend shifts: the list never downloads the Sunday timetable
 *   (transit-sunday.v1.bin) and says nothing about Sundays;
 * - the same client wanting weekend shifts: the Sunday file is fetched once, the list says which
 *   Sunday timetable it used, and each weekend vacancy is judged on it — the demo seed's
 *   "Kassierer/in" at Frischemarkt Sieker (7:30–12:30, reached on weekdays) has no Sunday bus by 7:30 nor one home after
 *   12:30, so the row has no minutes and counts as not reachable; "Hauswirtschaftskraft in der
 *   Kita" (a walk away) is reached on Sundays too;
 * - data without a Sunday timetable for one feed (the manifest as such a build writes it): the
 *   weekend rows say "Wochenende nicht geprüft" naming that feed, and nothing is downloaded.
 * "Reinigungskraft am Vormittag" (the same hours, no weekend work) is the control: judged on the
 * weekday alone in every case.
 */
import type { Page } from '@playwright/test';
import { coachClient, expect, test } from './helpers';

test.use({ locale: 'de-DE' });

const SUNDAY_FILE = /\/reach\/transit-sunday\.v1\.bin$/;

/** Every request for the Sunday timetable of this page's context (the worker's included). */
function sundayRequests(page: Page) {
	const urls: string[] = [];
	page.context().on('request', (r) => {
		if (SUNDAY_FILE.test(new URL(r.url()).pathname)) urls.push(r.url());
	});
	return urls;
}

/** Works out the list and waits for its rows. */
async function rank(page: Page) {
	const profile = page.getByTestId('coach-profile');
	await profile.getByTestId('coach-rank').click();
	const rows = profile.getByTestId('coach-row');
	await expect(rows.first()).toBeVisible({ timeout: 60_000 });
	return rows;
}

/** The row of the demo seed's vacancy titled exactly `title` of the organisation `org`. */
function row(page: Page, title: string, org: string) {
	return page
		.getByTestId('coach-row')
		.filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) })
		.filter({ hasText: org });
}
const CASHIER = ['Kassierer/in', 'Frischemarkt Sieker'] as const;
const KITCHEN = ['Hauswirtschaftskraft in der Kita', 'Kindertagesstätte Regenbogen'] as const;
const CLEANING = ['Reinigungskraft am Vormittag', 'Reinigungsservice'] as const;

test('coach: weekend shifts judged on Sunday service, the Sunday file loaded only for them', async ({
	staffPage: page
}) => {
	test.setTimeout(180_000);
	const asked = sundayRequests(page);
	const profile = await coachClient(page, 'Klientin Linde');

	// --- No weekend wishes: no Sunday timetable downloaded, nothing said about Sundays
	await rank(page);
	const cashier = row(page, ...CASHIER);
	await expect(cashier).toHaveCount(1);
	await expect(cashier.getByTestId('coach-minutes')).toHaveText(
		/^Hin \d+ min · zurück \d+ min, von Tür zu Tür$/
	);
	await expect(cashier).toContainText('Wochenende – nicht gewählt');
	await expect(profile.getByTestId('coach-rank-sunday')).toHaveCount(0);
	await expect(profile.getByTestId('coach-rows')).not.toContainText(/[Ss]onntags/);
	await expect(profile.getByTestId('coach-rows')).not.toContainText('Wochenende nicht geprüft');
	const weekdayMinutes = await cashier.getByTestId('coach-minutes').innerText();
	// a vacancy of the same hours without weekend work (the control below)
	const cleaning = row(page, ...CLEANING);
	const cleaningMinutes = await cleaning.getByTestId('coach-minutes').innerText();
	expect(cleaningMinutes).toMatch(/^Hin \d+ min · zurück \d+ min/);
	expect(asked).toEqual([]);

	// --- She works weekends: the Sunday timetable is fetched, and weekend rows are judged on it
	await profile.getByRole('checkbox', { name: 'Wochenende', exact: true }).check();
	await rank(page);
	await expect(profile.getByTestId('coach-rank-sunday')).toHaveText(
		'Wochenendschichten mit dem Demo-Sonntagsfahrplan geprüft'
	);
	expect(asked).toHaveLength(1);
	// reached on weekdays, but on the demo Sunday the first bus is too late and the last too early
	await expect(cashier).toContainText('Wochenende geht');
	await expect(cashier).toContainText('Sonntags kein Bus und keine Bahn, die bis 07:30 ankommen');
	await expect(cashier).toContainText(
		'Sonntags nach Schichtende 12:30 keine Verbindung mehr nach Hause'
	);
	// the combined minutes: the worse day counts, so no way at all
	await expect(cashier.getByTestId('coach-minutes')).toHaveText(
		'Hin – min · zurück – min, von Tür zu Tür'
	);
	expect(weekdayMinutes).not.toContain('–');
	expect(Number(await cashier.getAttribute('data-blocking'))).toBeGreaterThanOrEqual(2);
	// a walk away: reached on Sundays as well, and high in the list
	const kitchen = row(page, ...KITCHEN);
	await expect(kitchen).toContainText('Auch sonntags: Verbindung hin und zurück');
	await expect(kitchen).toHaveAttribute('data-blocking', '0');
	await expect(kitchen.getByTestId('coach-minutes')).toHaveText(
		/^Hin \d+ min · zurück \d+ min, von Tür zu Tür$/
	);
	await expect(profile.getByTestId('coach-rows')).not.toContainText('Wochenende nicht geprüft');
	// the same hours without weekend work: still judged on the weekday alone
	await expect(cleaning.getByTestId('coach-minutes')).toHaveText(cleaningMinutes);
	await expect(cleaning).not.toContainText(/[Ss]onntags/);

	// once is enough: another list of hers does not fetch it again
	await profile.getByRole('checkbox', { name: 'Teilzeit' }).check();
	await rank(page);
	await expect(profile.getByTestId('coach-rank-sunday')).toBeVisible();
	expect(asked).toHaveLength(1);
});

test('coach: without Sunday data for a feed, weekend rows say so and name it', async ({
	staffPage: page
}) => {
	test.setTimeout(120_000);
	// the manifest as a build writes it when one feed's calendar has no service on the Sunday
	await page.context().route('**/reach/manifest.json', async (route) => {
		const res = await route.fetch();
		const manifest = await res.json();
		delete manifest.files.sunday;
		manifest.sunday = {
			date: '2026-12-06',
			feeds: [
				{ name: 'demo', status: 'service', trips: 538 },
				{ name: 'Regionalbahn', status: 'no-data', trips: 0 }
			]
		};
		await route.fulfill({ response: res, json: manifest });
	});
	const asked = sundayRequests(page);
	const profile = await coachClient(page, 'Klientin Ahorn');
	await profile.getByRole('checkbox', { name: 'Wochenende', exact: true }).check();
	await rank(page);
	const cashier = row(page, ...CASHIER);
	await expect(cashier).toContainText(
		'Wochenende nicht geprüft: Für Regionalbahn fehlen Sonntagsdaten im Fahrplan'
	);
	await expect(cashier).not.toContainText(/Sonntags kein|Auch sonntags/);
	await expect(profile.getByTestId('coach-rank-sunday')).toHaveCount(0);
	// a vacancy without weekend hours is not marked
	const cleaning = row(page, ...CLEANING);
	await expect(cleaning.getByTestId('coach-minutes')).toHaveText(/^Hin \d+ min · zurück \d+ min/);
	await expect(cleaning).not.toContainText('Wochenende nicht geprüft');
	expect(asked).toEqual([]);
});
