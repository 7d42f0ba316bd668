/**
 * The coach's workspace (issue 12): staff invite a coach, the coach chooses a password and lands
 * on /beratung, keeps two clients under pseudonyms on the device, gives one a home (a stop search,
 * on the device), German A2 and a Kita whose weekday hours come from the place; a reload keeps
 * them; the ranked list with trip chains via the Kita and one itinerary (computed in the worker);
 * its route sheet opens beside it; one tap forgets them all. Nobody else gets in (sign-in first, a business account 403 in
 * its language), and no request carries the home.
 */
import type { Page, Request } from '@playwright/test';
import { businessAccount, expect, formContext, outboxLink, run, signInWith, test } from './helpers';

// The service worker on (playwright.config.ts blocks it): its requests are checked too.
test.use({ locale: 'de-DE', serviceWorkers: 'allow' });

/** "Sennestadt Sennestadthaus": 51.94562, 8.58588. */
const NEEDLES = ['51.9456', '51.945', '51.946', '8.5858', '8.585', '8.586'];

async function linkFromOutbox(staff: Page, email: string, kind: string) {
	const href = await outboxLink(staff, email, kind);
	expect(href).toContain('/passwort/neu?token=');
	return href;
}

async function choosePassword(page: Page, link: string, button: RegExp) {
	await page.goto(link);
	await page.locator('input[name="password"]').fill('coach-passwort-lang-1');
	await page.locator('input[name="password_repeat"]').fill('coach-passwort-lang-1');
	await page.getByRole('button', { name: button }).click();
}

test('coach: invited, keeps clients with a home and a Kita on the device only', async ({
	page,
	context,
	staffPage: staff,
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const requests: Request[] = [];
	context.on('request', (r) => requests.push(r));

	// Not signed in: to the sign-in page first.
	await page.goto('/beratung');
	await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fberatung/);

	// Staff invite a coach; the coach chooses a password and lands in the workspace.
	const email = `coach-${run}@example.test`;
	await staff.goto('/team');
	await staff.getByLabel('E-Mail-Adresse').fill(email);
	await staff.getByLabel('Rolle').selectOption('coach');
	await staff.getByRole('button', { name: 'Einladen' }).click();
	await expect(staff.getByRole('status')).toBeVisible();
	await choosePassword(page, await linkFromOutbox(staff, email, 'invite'), /^Passwort speichern$/);
	await expect(page).toHaveURL(/\/beratung$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Beratung');

	// Two clients under pseudonyms; a taken pseudonym is refused with a message.
	const pseudonym = page.getByTestId('coach-pseudonym');
	await pseudonym.fill('Klientin Rose');
	await pseudonym.press('Enter');
	await pseudonym.fill('Klientin Rose');
	await pseudonym.press('Enter');
	await expect(page.getByRole('alert')).toContainText('Pseudonym');
	await pseudonym.fill('Klient Tulpe');
	await pseudonym.press('Enter');
	await expect(page.getByTestId('coach-clients').getByRole('button')).toHaveCount(2);
	await page.getByRole('button', { name: 'Klientin Rose' }).click();
	const profile = page.getByTestId('coach-profile');
	await expect(profile.getByRole('heading', { name: /^Profil:/ })).toContainText('Klientin Rose');

	// Home by a stop search (on the device), German A2, part-time, Kita with its hours.
	await profile.getByTestId('origin-search').fill('Sennestadthaus');
	await profile
		.getByTestId('origin-hits')
		.getByRole('button', { name: /Sennestadt Sennestadthaus/ })
		.click();
	await expect(profile.getByTestId('origin-status')).toContainText('Sennestadthaus');
	await profile.getByTestId('coach-german').selectOption('A2');
	await profile.getByRole('checkbox', { name: 'Teilzeit' }).check();
	await profile.getByTestId('coach-kita').selectOption({ label: 'Kita Sonnenblume' });
	await expect(profile.getByTestId('kita-opens')).toHaveValue('07:00');
	await expect(profile.getByTestId('kita-closes')).toHaveValue('16:30');

	// A reload keeps everything (this device's storage), nothing went to the server.
	await page.reload();
	await page.getByRole('button', { name: 'Klientin Rose' }).click();
	await expect(profile.getByTestId('origin-status')).toContainText('Sennestadthaus');
	await expect(profile.getByTestId('coach-german')).toHaveValue('A2');
	await expect(profile.getByTestId('kita-closes')).toHaveValue('16:30');

	// The ranked list: trip chains via the Kita for every offer, worked out on the device.
	await profile.getByTestId('coach-rank').click();
	const rows = profile.getByTestId('coach-row');
	await expect(rows.first()).toBeVisible({ timeout: 30_000 });
	expect(await rows.count()).toBeGreaterThan(10);
	await expect(rows.first().getByTestId('coach-minutes')).toContainText(
		/Hin \d+ min · zurück \d+ min/
	);
	// the best rows first: nothing blocking at the top, and what does not fit is said
	expect(await rows.first().getAttribute('data-blocking')).toBe('0');
	const problems = profile.getByTestId('coach-problem');
	await expect(problems.filter({ hasText: 'nötig, sie hat A2' }).first()).toBeVisible();
	await expect(
		problems.filter({ hasText: /Kita schließt 16:30, Schicht endet/ }).first()
	).toBeVisible();
	// an itinerary for the first row: home → Kita → work and back, step by step
	await rows.first().getByTestId('coach-route').click();
	const trip = profile.getByTestId('coach-trip');
	await expect(trip.getByTestId('trip-segment')).toHaveCount(4);
	await expect(trip).toContainText('Kind in der Kita abgeben');
	await expect(trip.getByTestId('trip-step').first()).toContainText(/\d\d:\d\d/);
	await expect(trip.getByText(/Spätestens los um \d\d:\d\d/).first()).toBeVisible();
	// its route sheet opens beside the workspace: the place in the path, the home in the fragment
	const sheetLink = trip.getByTestId('coach-sheet');
	await expect(sheetLink).toHaveAttribute(
		'href',
		/^\/laufzettel\/[0-9a-f-]{36}#h=51\.94562,8\.58588&m=walk\.transit&k=[\d.,]+&ko=07:00&kc=16:30&kn=Kita\+Sonnenblume&l=de$/
	);
	const title = await rows.first().getByRole('heading', { level: 3 }).innerText();
	const [sheetPage] = await Promise.all([context.waitForEvent('page'), sheetLink.click()]);
	await expect(sheetPage.getByTestId('sheet-place')).toHaveText(title, { timeout: 60_000 });
	await expect(sheetPage.getByTestId('sheet-there')).toContainText('Kind in der Kita abgeben');
	// (left open: its requests are checked below)

	const stored = await page.evaluate(() => localStorage.getItem('qk.coach.clients.v1'));
	expect(stored).toContain('51.94562');
	for (const r of requests) {
		const text = `${decodeURIComponent(r.url())}\n${JSON.stringify(await r.allHeaders())}\n${r.postData() ?? ''}`;
		for (const n of NEEDLES) expect(text, `${r.method()} ${r.url()}`).not.toContain(n);
	}

	// One tap forgets every client on this device.
	await page.getByTestId('coach-clear').click();
	await expect(page.getByTestId('coach-clients')).toHaveCount(0);
	expect(await page.evaluate(() => localStorage.getItem('qk.coach.clients.v1'))).toBe('[]');

	// A business account gets a 403 in its language (English here).
	const other = await browser.newContext({ baseURL, locale: 'en-GB' });
	const bizEmail = `coach-biz-${run}@example.test`;
	// Signed up through the forms' posts (business.test.ts clicks the sign-up).
	const bizApi = await formContext(baseURL!);
	await businessAccount(bizApi, staff.request, {
		email: bizEmail,
		displayName: 'Laden',
		password: 'coach-passwort-lang-1'
	});
	const biz = await other.newPage();
	await signInWith(biz, bizApi);
	await bizApi.dispose();
	const res = await biz.goto('/beratung');
	expect(res?.status()).toBe(403);
	await expect(biz.getByText('This area is for coaches and project staff only.')).toBeVisible();
	await other.close();
});
