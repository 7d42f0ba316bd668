import type { Page } from '@playwright/test';
import {
	businessWithOrganisation,
	expect,
	formContext,
	isoDay,
	run,
	signInWith,
	test
} from './helpers';

/**
 * Issue 13, point 5 on a 360 px phone: a business says which languages are spoken, how accessible
 * the place is and when it is open; after approval (mailed to the business) the vacancy is found
 * by the map's Arabic + wheelchair filter. Bad input keeps what was typed; a failed draft can be
 * discarded.
 */
test.use({ locale: 'de-DE', viewport: { width: 360, height: 740 } });

const orgName = `Putzteam Sonnenschein ${run}`;
const orgAddress = `Elbeallee ${run.slice(-4)}`;
const title = `Reinigungskraft Facts${run}`;

/**
 * A signed-up business with an organisation located at the stop "Sennestadt Alsterweg", signed in
 * on `page` and on /betrieb. Through the same posts the sign-up and organisation forms send
 * (helpers.ts), not clicked: business.test.ts clicks that whole flow once (these two tests did
 * it again each, ~8 page loads).
 */
async function signUpBusiness(
	page: Page,
	staff: Page,
	baseURL: string,
	email: string,
	orgName: string
) {
	const business = await formContext(baseURL);
	await businessWithOrganisation(business, staff.request, {
		email,
		displayName: 'Derya Sonnenschein',
		password: 'ein-langes-passwort-42',
		organisation: orgName,
		location: { address: orgAddress, query: 'Sennestadt Alsterweg' }
	});
	await signInWith(page, business);
	await business.dispose();
	await page.goto('/betrieb');
	await expect(page.getByRole('heading', { name: orgName })).toBeVisible();
}

test('languages, wheelchair and hours from the form reach the map filters', async ({
	page,
	browser,
	baseURL,
	staffPage: staff
}) => {
	test.setTimeout(240_000);
	const email = `facts-${run}@example.test`;
	await signUpBusiness(page, staff, baseURL!, email, orgName);

	await page.getByRole('link', { name: 'Stelle anbieten' }).first().click();
	// The address starts as the organisation's, and says so.
	await expect(page.getByLabel('Adresse (wird angezeigt)')).toHaveValue(orgAddress);
	await page.getByLabel('Titel', { exact: true }).fill(title);
	await page.getByLabel('So bewerben Sie sich').fill('Bitte anrufen, wir sprechen Arabisch.');
	await page.getByRole('checkbox', { name: 'العربية' }).check();
	await page.getByLabel('Eingang ohne Stufen').selectOption('yes');
	await page.getByLabel('Rollstuhlgerechte Toilette').selectOption('yes');
	// The friendly editor writes OSM syntax into the text field.
	await page.getByRole('button', { name: 'Zeiten hinzufügen' }).click();
	const row = page.getByTestId('hours-row').first();
	await row.getByLabel('von').fill('08:00');
	await row.getByLabel('bis').fill('16:00');
	await row.getByLabel('bis').blur();
	const hours = page.getByLabel('Öffnungszeiten (Schreibweise von OpenStreetMap)');
	await expect(hours).toHaveValue('Mo-Fr 08:00-16:00');
	// No horizontal scrolling on the phone.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	// Bad input (a date in the past): the message shows, everything typed and ticked stays.
	await page.getByLabel('Sichtbar bis').fill(isoDay(-2));
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	await expect(page.getByTestId('error-valid_through')).toContainText('Vergangenheit');
	await expect(page.getByRole('checkbox', { name: 'العربية' })).toBeChecked();
	await expect(page.getByLabel('Eingang ohne Stufen')).toHaveValue('yes');
	await expect(hours).toHaveValue('Mo-Fr 08:00-16:00');
	await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title);

	await page.getByLabel('Sichtbar bis').fill(isoDay(30));
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	await expect(page.getByTestId('entry-status')).toHaveText('Wird geprüft');
	await expect(page.getByTestId('pin-mismatch')).toHaveCount(0);
	const id = page.url().match(/eintrag\/([0-9a-f-]{36})/)![1];

	// Staff approve the organisation, then the vacancy; the business gets a mail.
	await staff.goto('/moderation');
	const change = staff.getByTestId('organisation-change').filter({ hasText: orgName });
	// the pin is one "Ort" row with its point, not two rows of bare degrees
	await expect(change.getByRole('rowheader', { name: 'Ort', exact: true })).toBeVisible();
	await expect(change).not.toContainText('Längengrad');
	await expect(change.locator('ins').filter({ hasText: /^\d+,\d{5}, \d+,\d{5}$/ })).toHaveCount(1);
	await change.getByRole('button', { name: 'Freigeben' }).click();
	await staff.goto(`/moderation/${id}`);
	await expect(staff.getByTestId('pin-mismatch')).toHaveCount(0);
	await staff.getByRole('button', { name: 'Freigeben' }).click();
	await expect(staff).toHaveURL(/erledigt=approved/);
	await staff.goto('/team/postausgang');
	await expect(
		staff.locator(`[data-testid="mail"][data-to="${email}"][data-kind="entry_approved"]`)
	).toHaveCount(1);

	// The map's Arabic + wheelchair filter finds it (list and API agree).
	const anon = await (await browser.newContext({ locale: 'de-DE' })).newPage();
	const api = await anon.request.get(`/api/places?kinds=vacancy&languages=ar&wheelchair=1`);
	const ids = ((await api.json()) as { features: { id: string }[] }).features.map((f) => f.id);
	expect(ids).toContain(id);
	await anon.setViewportSize({ width: 360, height: 740 });
	await anon.goto(`/?languages=ar&wheelchair=1&q=Facts${run}`);
	await expect(anon.getByTestId('place-list')).toContainText(title);
	await anon.goto(`/ort/${id}`);
	await expect(anon.getByTestId('languages')).toContainText('Arabisch');
	await expect(anon.getByTestId('wheelchair')).not.toContainText('unbekannt');
});

test('a failed draft can be discarded; a pin far from the address warns', async ({
	page,
	baseURL,
	staffPage: staff
}) => {
	test.setTimeout(180_000);
	await signUpBusiness(
		page,
		staff,
		baseURL!,
		`discard-${run}@example.test`,
		`Halbfertig GmbH ${run}`
	);
	await page.getByRole('link', { name: 'Stelle anbieten' }).first().click();
	await page.getByLabel('Titel', { exact: true }).fill(`Halbfertig ${run}`);
	await page.getByLabel('Öffnungszeiten (Schreibweise von OpenStreetMap)').fill('immer offen');
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	await expect(page.getByTestId('error-opening_hours')).toContainText('verstehen wir nicht');
	await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(`Halbfertig ${run}`);
	// Opening the form again brings the failed draft back, with a way to throw it away.
	await page.reload();
	await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(`Halbfertig ${run}`);
	await page.getByRole('button', { name: 'Entwurf verwerfen' }).click();
	await expect(page.getByTestId('notice')).toContainText('verworfen');
	await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('');
	await expect(page.getByLabel('Adresse (wird angezeigt)')).toHaveValue(orgAddress);
	await expect(page.getByRole('button', { name: 'Entwurf verwerfen' })).toHaveCount(0);

	// A stop in Baumheide as the place while the address stays the organisation's: saved, but
	// both the business and the moderator see the warning.
	await page.getByLabel('Titel', { exact: true }).fill(`Weit weg ${run}`);
	await page.getByLabel('So bewerben Sie sich').fill('Bitte schriftlich bewerben.');
	await page.getByLabel('Haltestelle oder Adresse', { exact: true }).fill('Heepen Baumheide');
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	await expect(page.getByTestId('pin-mismatch')).toContainText(orgAddress);
	const id = page.url().match(/eintrag\/([0-9a-f-]{36})/)![1];
	await staff.goto(`/moderation/${id}`);
	await expect(staff.getByTestId('pin-mismatch')).toContainText('m von der Adresse');
});
