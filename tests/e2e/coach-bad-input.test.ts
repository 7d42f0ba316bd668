/**
 * Bad input in the coach's workspace (issue 12, tests: "a Kita without opening hours, a home
 * outside the region, a profile from a stale link: clear messages, nothing lost") on a 360 px
 * phone, signed in as staff (coaches and staff share /beratung):
 * - a Kita without hours (imported, as a city's list comes): the form says so, the list is worked
 *   out with the assumed hours and says which, the route sheet gets the same hours, a reload
 *   keeps the Kita;
 * - a link with a home outside the region: taken in, the home named as outside, everything else
 *   kept, no list from a wrong start;
 * - stale links: a Kita id that is no longer a place (kept by its position), a route sheet's
 *   older link, an unknown version with unreadable values, a fragment with no profile; each says
 *   what it could not take, nobody on the device is replaced;
 * - this client as a link, opened on another device.
 * No page scrolls sideways; no request carries a home (the fragment never leaves the browser).
 */
import type { Page, Request } from '@playwright/test';
import { expect, importPlacesCsv, noSideScroll, run, test } from './helpers';

test.use({ locale: 'de-DE', viewport: { width: 360, height: 740 } });

/** "Sennestadt Sennestadthaus" 51.94562, 8.58588; the outside home is Munich, 48.13743, 11.57549. */
const NEEDLES = ['51.9456', '8.5858', '48.137', '11.575', '11.57549'];

function importKitaWithoutHours(page: Page, title: string) {
	return importPlacesCsv(page, 'kitas.csv', 'Art;Titel;Adresse;Breitengrad;Längengrad', [
		`Arbeitgeber;${title};Travestraße 12;51,9441;8,5862`
	]);
}

test('coach: a Kita without hours, a home outside the region and stale links', async ({
	staffPage: page,
	browser,
	baseURL,
	staffState
}, testInfo) => {
	test.setTimeout(240_000);
	// Its own tag: staff-entries' titles carry `${run}${project}` and would see this Kita.
	const tag = `${run}kita${testInfo.project.name}`;
	const kitaTitle = `Kita Pusteblume ${tag}`;
	const requests: Request[] = [];
	page.context().on('request', (r) => requests.push(r));
	const shot = (name: string) =>
		page.screenshot({ path: `reports/screenshots/coach-bad-${name}.png`, fullPage: true });

	await importKitaWithoutHours(page, kitaTitle);

	// --- A Kita without opening hours
	await page.goto('/beratung');
	await page.getByTestId('coach-pseudonym').fill('Klientin Mohn');
	await page.getByTestId('coach-pseudonym').press('Enter');
	const profile = page.getByTestId('coach-profile');
	// No map on this page: the home's hint does not ask for a tap on one.
	await expect(profile).toContainText('Adresse oder Haltestelle');
	await expect(profile).not.toContainText('auf die Karte');
	await profile.getByTestId('origin-search').fill('Sennestadthaus');
	await profile
		.getByTestId('origin-hits')
		.getByRole('button', { name: /Sennestadt Sennestadthaus/ })
		.click();
	await profile.getByTestId('coach-german').selectOption('A2');
	await profile.getByTestId('coach-kita').selectOption({ label: kitaTitle });
	await expect(profile.getByTestId('kita-opens')).toHaveValue('');
	await expect(profile.getByText('keine Öffnungszeiten bekannt')).toBeVisible();
	// the list is worked out all the same, with the assumption said above it
	await profile.getByTestId('coach-rank').click();
	await expect(profile.getByTestId('coach-rank-kita-assumed')).toHaveText(
		'Öffnungszeiten der Kita unbekannt: gerechnet mit 07:00–16:30 (angenommen). Bitte bei der Kita erfragen und oben eintragen.'
	);
	const rows = profile.getByTestId('coach-row');
	await expect(rows.first()).toBeVisible({ timeout: 60_000 });
	await rows.first().getByTestId('coach-route').click();
	const trip = profile.getByTestId('coach-trip');
	await expect(trip.getByTestId('trip-segment')).toHaveCount(4);
	await expect(trip).toContainText('Kind in der Kita abgeben');
	const sheetHref = await trip.getByTestId('coach-sheet').getAttribute('href');
	expect(sheetHref).toMatch(
		/#h=51\.94562,8\.58588&m=walk\.transit&k=[\d.,]+&ko=07:00&kc=16:30&kn=Kita\+Pusteblume/
	);
	await noSideScroll(page);
	await shot('kita-no-hours');
	// nothing lost: a reload keeps the Kita, its empty hours and the rest
	await page.reload();
	await page.getByRole('button', { name: 'Klientin Mohn' }).click();
	await expect(profile.getByTestId('coach-kita')).toHaveValue(/[0-9a-f-]{36}/);
	await expect(profile.getByTestId('kita-opens')).toHaveValue('');
	await expect(profile.getByTestId('coach-german')).toHaveValue('A2');
	// entered hours end the assumption
	await profile.getByTestId('kita-opens').fill('07:30');
	await profile.getByTestId('kita-closes').fill('15:00');
	await expect(profile.getByTestId('coach-rank-kita-assumed')).toHaveCount(0);

	// --- A link with a home outside the region: taken in, the home named, the rest kept
	const taken = page.getByTestId('coach-link-taken');
	const problems = taken.getByTestId('coach-link-problem');
	await page.goto(
		'/beratung#v=2&n=Klientin+Fern&h=48.13743,11.57549&hn=M%C3%BCnchen&g=B1&w=part_time&s=early'
	);
	await expect(taken.getByRole('status')).toHaveText(
		'Profil „Klientin Fern“ aus dem Link übernommen und auf diesem Gerät gespeichert.'
	);
	await expect(problems).toHaveText([
		'Das Zuhause dieser Klientin liegt außerhalb von Bielefeld. Bitte ein Zuhause im Gebiet wählen; alles andere im Profil bleibt erhalten.'
	]);
	await expect(page).toHaveURL(/\/beratung$/); // the fragment is gone: a reload takes nobody twice
	await expect(profile.getByRole('heading', { name: /^Profil:/ })).toContainText('Klientin Fern');
	await expect(profile.getByTestId('coach-home-outside')).toContainText('außerhalb von Bielefeld');
	await expect(profile.getByTestId('coach-german')).toHaveValue('B1');
	await expect(profile.getByRole('checkbox', { name: 'Teilzeit' })).toBeChecked();
	await expect(profile.getByTestId('coach-rank')).toHaveCount(0);
	await expect(page.getByTestId('coach-clients').getByRole('button')).toHaveCount(2);
	await noSideScroll(page);
	await shot('home-outside');
	// choosing a home in the area ends it; the rest is still there
	await profile.getByTestId('origin-search').fill('Sennestadthaus');
	await profile
		.getByTestId('origin-hits')
		.getByRole('button', { name: /Sennestadt Sennestadthaus/ })
		.click();
	await expect(profile.getByTestId('coach-home-outside')).toHaveCount(0);
	await expect(profile.getByTestId('coach-rank')).toBeVisible();
	await expect(profile.getByTestId('coach-german')).toHaveValue('B1');

	// --- A stale link: its Kita is no longer a place; kept by its position, and said
	await page.goto(
		'/beratung#v=2&n=Klientin+Mohn&h=51.94562,8.58588&k=00000000-0000-4000-8000-000000000000&kp=51.94000,8.58000&ko=07:30&kc=16:00&kn=Kita+Alte+Post&g=A1'
	);
	await expect(taken.getByRole('status')).toContainText('„Klientin Mohn (2)“');
	await expect(problems).toHaveText([
		'Die Kita „Kita Alte Post“ aus dem Link steht nicht mehr in der Liste der Orte. Sie ist mit Lage und Öffnungszeiten aus dem Link übernommen; bitte prüfen.'
	]);
	await expect(profile.getByTestId('coach-kita').locator('option:checked')).toHaveText(
		'Kita Alte Post'
	);
	await expect(profile.getByTestId('kita-opens')).toHaveValue('07:30');
	// the first Klientin Mohn is untouched
	await page.getByRole('button', { name: 'Klientin Mohn', exact: true }).click();
	await expect(profile.getByTestId('kita-opens')).toHaveValue('07:30');
	await expect(profile.getByTestId('kita-closes')).toHaveValue('15:00');
	await expect(profile.getByTestId('coach-german')).toHaveValue('A2');

	// --- An older link (a route sheet's, no version): home and Kita taken, the rest asked for
	await page.goto(`/beratung${sheetHref!.slice(sheetHref!.indexOf('#'))}`);
	await expect(taken.getByRole('status')).toContainText('„Aus Link“');
	await expect(problems).toHaveText([/von einem Laufzettel oder aus einer älteren Version/]);
	await expect(profile.getByTestId('origin-status')).toContainText('Start:');
	await expect(profile.getByTestId('kita-closes')).toHaveValue('16:30');

	// --- An unknown version with values this app cannot read
	await page.goto('/beratung#v=9&n=Klientin+Neu&m=walk.teleport&g=Z9&w=part_time&q=1');
	await expect(problems).toHaveText([
		'Dieser Link stammt aus einer anderen Version der Karte. Übernommen ist, was lesbar war; bitte das Profil prüfen.',
		'Einige Angaben im Link waren nicht lesbar und sind weggelassen.'
	]);
	await expect(profile.getByRole('checkbox', { name: 'Teilzeit' })).toBeChecked();
	await noSideScroll(page);
	await shot('stale-link');

	// --- A fragment with no profile: said, nobody added or changed
	const before = await page.getByTestId('coach-clients').getByRole('button').count();
	await page.goto('/beratung#foo=bar');
	await expect(page.getByTestId('coach-link-garbled')).toHaveText(
		'Dieser Link enthält kein lesbares Profil. Die Profile auf diesem Gerät sind unverändert.'
	);
	await expect(page.getByTestId('coach-clients').getByRole('button')).toHaveCount(before);

	// --- This client as a link, opened on another device: the same profile
	await page.getByRole('button', { name: 'Klientin Fern' }).click();
	await profile.getByTestId('coach-link-make').click();
	const link = await profile.getByTestId('coach-profile-link').inputValue();
	expect(link).toMatch(/\/beratung#v=2&n=Klientin\+Fern&h=51\.94562,8\.58588&/);
	await noSideScroll(page);
	const other = await browser.newContext({
		baseURL,
		locale: 'de-DE',
		storageState: staffState,
		viewport: { width: 360, height: 740 }
	});
	other.on('request', (r) => requests.push(r));
	const phone = await other.newPage();
	await phone.goto(link);
	await expect(phone.getByTestId('coach-link-taken').getByRole('status')).toContainText(
		'„Klientin Fern“'
	);
	await expect(phone.getByTestId('coach-link-problem')).toHaveCount(0);
	await expect(phone.getByTestId('coach-german')).toHaveValue('B1');
	await expect(phone.getByTestId('origin-status')).toContainText('Sennestadthaus');

	// No request carried a home: not in a URL, header or body.
	for (const r of requests) {
		const text = `${decodeURIComponent(r.url())}\n${JSON.stringify(await r.allHeaders())}\n${r.postData() ?? ''}`;
		for (const n of NEEDLES) expect(text, `${r.method()} ${r.url()}`).not.toContain(n);
	}
	await other.close();
});
