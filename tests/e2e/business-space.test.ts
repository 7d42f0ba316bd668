import type { Page } from '@playwright/test';
import { businessAccount, expect, formContext, isoDay, run, signInWith, test } from './helpers';

/**
 * A space offer by a business on the embedded auth provider: the organisation's pin is set on the
 * small map (after coordinates outside Bielefeld are refused); a vacant shop with a text file
 * disguised as a PNG and a date in the past shows both errors next to their fields and keeps what
 * was typed; fixed and submitted, it waits for staff and is not on the public map until approved.
 * Re-runnable on a persistent database: every run uses a new e-mail address and names.
 */
// German pages (the language follows Accept-Language; Playwright's default is en-US).
test.use({ locale: 'de-DE' });

const email = `laden-${run}@example.test`;
const orgName = `Nachbarschaftsladen ${run}`;
const title = `Leeres Ladenlokal an der Elbeallee ${run}`;

/** 1×1 transparent PNG. */
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64'
);

async function spaceIds(page: Page) {
	const res = await page.request.get('/api/places?kinds=vacant_space&limit=5000');
	expect(res.status()).toBe(200);
	const body = (await res.json()) as { features: { id: string }[] };
	return body.features.map((f) => f.id);
}

test('a business offers a vacant shop: photo and date errors in place, pending until approved', async ({
	page,
	browser,
	baseURL,
	staffPage: staff
}) => {
	test.setTimeout(240_000);

	// Signed up through the forms' posts (business.test.ts clicks the sign-up and its link).
	const business = await formContext(baseURL!);
	await businessAccount(business, staff.request, {
		email,
		displayName: 'Lale Laden',
		password: 'ein-langes-passwort-43'
	});
	await signInWith(page, business);
	await business.dispose();
	await page.goto('/betrieb');

	// The organisation: coordinates outside Bielefeld are refused, the name is kept.
	await page.getByRole('link', { name: 'Betrieb anlegen' }).click();
	await page.getByLabel('Name des Betriebs').fill(orgName);
	await page.getByText('Stecknadel setzen (Karte oder Koordinaten)').click();
	await page.getByLabel('Breite (z. B. 52.02)').fill('48.137');
	await page.getByLabel('Länge (z. B. 8.53)').fill('11.575');
	await page.getByRole('button', { name: 'Betrieb anlegen' }).click();
	await expect(page.getByTestId('error-lat')).toContainText('nicht in Bielefeld');
	await expect(page.getByLabel('Name des Betriebs')).toHaveValue(orgName);

	// A tap on the small map sets the pin inside the programme area instead.
	const map = page.getByTestId('pin-picker').getByTestId('map');
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await map.scrollIntoViewIfNeeded();
	const box = (await map.boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.getByTestId('pin-status')).toContainText('Stecknadel gesetzt: 5');
	await expect(page.getByTestId('error-lat')).toHaveCount(0);
	const lat = Number(await page.getByLabel('Breite (z. B. 52.02)').inputValue());
	const lon = Number(await page.getByLabel('Länge (z. B. 8.53)').inputValue());
	expect(lat).toBeGreaterThan(51.91);
	expect(lat).toBeLessThan(52.12);
	expect(lon).toBeGreaterThan(8.37);
	expect(lon).toBeLessThan(8.67);
	await page.getByRole('button', { name: 'Betrieb anlegen' }).click();
	await expect(page).toHaveURL(/\/betrieb\?organisation=neu/);
	await expect(page.getByRole('heading', { name: orgName })).toBeVisible();

	// The space offer with a text file named .png and a date in the past.
	await page.getByRole('link', { name: 'Raum / Schaufenster' }).first().click();
	await page.getByLabel('Titel', { exact: true }).fill(title);
	await page
		.getByLabel('Beschreibung', { exact: true })
		.fill('Helles Ladenlokal mit Schaufenster, 45 m², sofort frei.');
	await page.getByLabel('Art', { exact: true }).selectOption('shop');
	await page.getByLabel('Fläche (m²)').fill('45');
	await page.getByLabel('Kostenlose Zwischennutzung möglich').check();
	await page.getByLabel('Welche Nutzungen sind willkommen?').fill('Sprachcafé, Ausstellung');
	// The organisation has a pin but no address: the entry needs one of its own.
	await page.getByLabel('Adresse (wird angezeigt)').fill('Elbeallee 12');
	await page.getByLabel(/^Fotos/).setInputFiles({
		name: 'schaufenster.png',
		mimeType: 'image/png',
		buffer: Buffer.from('Das ist kein Bild, nur Text.\n')
	});
	await page.getByLabel('Sichtbar bis').fill(isoDay(-2));
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();

	await expect(page.getByTestId('error-valid_through')).toContainText('Vergangenheit');
	await expect(page.getByTestId('error-photos')).toContainText('JPEG, PNG oder WebP');
	await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title);
	await expect(page.getByLabel('Beschreibung', { exact: true })).toHaveValue(
		'Helles Ladenlokal mit Schaufenster, 45 m², sofort frei.'
	);
	await expect(page.getByLabel('Fläche (m²)')).toHaveValue('45');
	await expect(page.getByLabel('Adresse (wird angezeigt)')).toHaveValue('Elbeallee 12');
	await expect(page.getByLabel('Kostenlose Zwischennutzung möglich')).toBeChecked();
	await expect(page.getByLabel('Welche Nutzungen sind willkommen?')).toHaveValue(
		'Sprachcafé, Ausstellung'
	);

	// Fixed: a real PNG and a date ahead.
	await page.getByLabel(/^Fotos/).setInputFiles({
		name: 'schaufenster.png',
		mimeType: 'image/png',
		buffer: PNG
	});
	await page.getByLabel('Sichtbar bis').fill(isoDay(45));
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	await expect(page.getByTestId('notice')).toContainText('geprüft');
	await expect(page.getByTestId('entry-status')).toHaveText('Wird geprüft');
	const id = page.url().match(/eintrag\/([0-9a-f-]{36})/)![1];

	// Pending: not public.
	const anon = await (await browser.newContext({ locale: 'de-DE' })).newPage();
	expect(await spaceIds(anon)).not.toContain(id);
	expect((await anon.request.get(`/ort/${id}`)).status()).toBe(404);

	// Staff approve: now on the public map.
	await staff.goto(`/moderation/${id}`);
	await expect(staff.getByRole('heading', { level: 1 })).toHaveText(title);
	await staff.getByRole('button', { name: 'Freigeben' }).click();
	await expect(staff).toHaveURL(/erledigt=approved/);
	expect(await spaceIds(anon)).toContain(id);
});
