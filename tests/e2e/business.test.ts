import type { Page } from '@playwright/test';
import { expect, isoDay, outboxLink, run, test } from './helpers';

/**
 * The business flow on the embedded auth provider: sign up (link from the outbox), register an
 * organisation, post a vacancy with one invalid field, fix it, submit; staff approve; the vacancy
 * is on the public map with JobPosting JSON-LD; the business withdraws it and it disappears.
 * Re-runnable on a persistent database: every run uses a new e-mail address and names.
 */
// German pages (the language follows Accept-Language; Playwright's default is en-US).
test.use({ locale: 'de-DE' });

const email = `baeckerei-${run}@example.test`;
const orgName = `Bäckerei Morgenrot ${run}`;
const title = `Verkäufer/in in Teilzeit ${run}`;

async function placeIds(page: Page) {
	const res = await page.request.get('/api/places?kinds=vacancy&limit=5000');
	expect(res.status()).toBe(200);
	const body = (await res.json()) as { features: { id: string }[] };
	return body.features.map((f) => f.id);
}

test('a business posts a vacancy, staff approve it, it is on the map, the business withdraws it', async ({
	page,
	browser,
	staffPage: staff
}) => {
	test.setTimeout(180_000);

	// 1. Sign up as a business.
	await page.goto('/registrieren');
	await page.getByLabel('Ihr Name').fill('Mia Morgenrot');
	await page.getByLabel('E-Mail-Adresse').fill(email);
	await page.getByRole('button', { name: 'Registrieren' }).click();
	await expect(page.getByTestId('form-message')).toContainText('Link zur Bestätigung');

	// 2. The confirmation link from the outbox (staff can read it).
	const link = await outboxLink(staff, email, 'signup');
	// Confirming means choosing the password (nobody can pre-set it by registering first).
	expect(link).toContain('/passwort/neu?token=');

	await page.goto(link);
	await page.locator('input[name="password"]').fill('ein-langes-passwort-42');
	await page.locator('input[name="password_repeat"]').fill('ein-langes-passwort-42');
	await page.getByRole('button', { name: 'Bestätigen und anmelden' }).click();
	await expect(page).toHaveURL(/\/betrieb$/);

	// 3. Register the organisation, located at a known stop.
	await page.getByRole('link', { name: 'Betrieb anlegen' }).click();
	await page.getByLabel('Name des Betriebs').fill(orgName);
	await page.getByLabel('Adresse', { exact: true }).fill('Elbeallee 5');
	await page
		.getByLabel('Haltestelle in der Nähe oder bekannte Adresse')
		.fill('Sennestadt Alsterweg');
	await page.getByLabel('Telefon').fill('0521 123456');
	await page.getByRole('button', { name: 'Betrieb anlegen' }).click();
	await expect(page).toHaveURL(/\/betrieb\?organisation=neu/);
	await expect(page.getByRole('heading', { name: orgName })).toBeVisible();

	// 4. A vacancy with one invalid field: the error shows, everything else is kept.
	await page.getByRole('link', { name: 'Stelle anbieten' }).first().click();
	await page.getByLabel('Titel', { exact: true }).fill(title);
	await page
		.getByLabel('Beschreibung', { exact: true })
		.fill('Brötchen verkaufen, Kaffee kochen, Kundschaft beraten.');
	await page.getByLabel('Arbeitszeit', { exact: true }).selectOption('part_time');
	await page.getByLabel('Stunden pro Woche').fill('20');
	await page.getByLabel('Arbeitszeiten passen zu Kita und Schule').check();
	// a late shift, its end forgotten at first
	await page.getByLabel('Arbeitsbeginn').fill('14:00');
	await page.getByLabel('Auch am Wochenende').check();
	await page.getByLabel('So bewerben Sie sich').fill('Einfach vorbeikommen, Mo–Fr 8–12 Uhr.');
	await page.getByLabel('Sichtbar bis').fill(isoDay(-3));
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	await expect(page.getByTestId('error-valid_through')).toContainText('Vergangenheit');
	await expect(page.getByTestId('error-shift_end')).toContainText('Beginn und Ende');
	await expect(page.getByLabel('Arbeitsbeginn')).toHaveValue('14:00');
	await expect(page.getByLabel('Auch am Wochenende')).toBeChecked();
	await page.getByLabel('Arbeitsende').fill('22:30');
	await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title);
	await expect(page.getByLabel('Stunden pro Woche')).toHaveValue('20');
	await expect(page.getByLabel('So bewerben Sie sich')).toHaveValue(
		'Einfach vorbeikommen, Mo–Fr 8–12 Uhr.'
	);
	await expect(page.getByLabel('Arbeitszeiten passen zu Kita und Schule')).toBeChecked();

	await page.getByLabel('Sichtbar bis').fill(isoDay(30));
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	await expect(page.getByTestId('notice')).toContainText('geprüft');
	await expect(page.getByTestId('entry-status')).toHaveText('Wird geprüft');
	const id = page.url().match(/eintrag\/([0-9a-f-]{36})/)![1];

	// Pending entries are not public (the business itself still sees its own).
	const anon = await (await browser.newContext({ locale: 'de-DE' })).newPage();
	expect((await anon.request.get(`/ort/${id}`)).status()).toBe(404);
	expect(await placeIds(anon)).not.toContain(id);

	// 5. Staff approve the new organisation (not public before) and the vacancy.
	await staff.goto('/moderation');
	const orgChange = staff.getByTestId('organisation-change').filter({ hasText: orgName });
	await orgChange.getByRole('button', { name: 'Freigeben' }).click();
	await expect(staff.getByTestId('organisation-change').filter({ hasText: orgName })).toHaveCount(
		0
	);
	await expect(staff.getByTestId('pending')).toContainText(title);
	await staff.goto(`/moderation/${id}`);
	await expect(staff.getByRole('heading', { level: 1 })).toHaveText(title);
	await staff.getByRole('button', { name: 'Freigeben' }).click();
	await expect(staff).toHaveURL(/erledigt=approved/);

	// 6. On the public map, with JobPosting JSON-LD on its page.
	expect(await placeIds(anon)).toContain(id);
	await anon.goto(`/ort/${id}`);
	await expect(anon.getByRole('heading', { level: 1 })).toHaveText(title);
	const ld = await anon.locator('script[type="application/ld+json"]').first().textContent();
	const posting = JSON.parse(ld ?? '{}');
	expect(posting['@type']).toBe('JobPosting');
	expect(posting.title).toBe(title);
	expect(posting.hiringOrganization.name).toBe(orgName);
	expect(posting.employmentType).toContain('PART_TIME');
	await expect(anon.getByTestId('place-shift')).toHaveText('14:00–22:30 Uhr, auch am Wochenende');

	// 7. The business withdraws it: gone from the map and its page.
	await page.goto(`/betrieb/eintrag/${id}`);
	await expect(page.getByTestId('entry-status')).toHaveText('Veröffentlicht');
	await page.getByRole('button', { name: 'Zurückziehen' }).click();
	await expect(page.getByTestId('entry-status')).toHaveText('Zurückgezogen');
	expect(await placeIds(anon)).not.toContain(id);
	expect((await anon.request.get(`/ort/${id}`)).status()).toBe(404);
});

test('bad input is refused with a clear message and nothing is stored', async ({
	page,
	request
}) => {
	// Protected areas send strangers to the sign-in page.
	await page.goto('/betrieb');
	await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fbetrieb/);

	// Sign-up without JavaScript-side checks: oversize name, script tag, bad e-mail, short password.
	await page.goto('/registrieren');
	await page.getByLabel('Ihr Name').fill('x'.repeat(130));
	await page.getByLabel('E-Mail-Adresse').fill('keine-adresse');
	await page.getByRole('button', { name: 'Registrieren' }).click();
	await expect(page.getByTestId('error-display_name')).toContainText('höchstens 120');
	await expect(page.getByTestId('error-email')).toContainText('gültige E-Mail');

	// A forged session cookie is just "not signed in", never an error.
	const res = await request.get('/betrieb', {
		headers: { cookie: 'qk_session=eyJhbGciOiJub25lIn0.e30.' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
});
