import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
	businessAccount,
	expect,
	formContext,
	importPlacesCsv,
	isoDay,
	noSideScroll,
	run,
	signInWith,
	test,
	titlesOnMap
} from './helpers';

/**
 * Staff manage every entry (issue 15, item 0) on a 360 px phone: an old list of places comes in by
 * import (one vacancy already past its end date), staff find them in /team/eintraege by kind,
 * status and title, renew the expired one to a date they choose (it is public again), take the
 * other off the map with a reason (gone from /api/places), and a missing reason keeps the form
 * with a German error. Re-runnable on a kept database: titles carry a run id.
 */
test.use({ locale: 'de-DE', viewport: { width: 360, height: 740 } });

const de = (iso: string) => iso.split('-').reverse().join('.');

function importPlaces(page: Page, tag: string) {
	return importPlacesCsv(
		page,
		'alte-liste.csv',
		'Art;Titel;Adresse;Breitengrad;Längengrad;Arbeitszeit;Gültig bis',
		[
			`Stelle;Küchenhilfe Kantine ${tag};Elbeallee 30;51,9434;8,5864;Teilzeit;${de(isoDay(30))}`,
			`Stelle;Erntehelfer Sommer ${tag};Elbeallee 32;51,9435;8,5865;Minijob;${de(isoDay(-2))}`
		]
	);
}

test('staff list, renew an expired entry and unpublish a vacancy', async ({
	staffPage: page
}, testInfo) => {
	test.setTimeout(120_000);
	// Its own tag: the run id is the worker's, and staff-data imports places in the same worker.
	const tag = `${run}entries${testInfo.project.name}`;
	await importPlaces(page, tag);
	// The expired one is not on the public map.
	expect(await titlesOnMap(page, tag)).toEqual([`Küchenhilfe Kantine ${tag}`]);

	// Find the expired entry by kind, status and title.
	await page.goto('/team/eintraege');
	await expect(page.getByRole('heading', { level: 1, name: 'Alle Einträge' })).toBeVisible();
	await page.getByLabel('Titel enthält').fill(tag);
	await page.getByLabel('Art', { exact: true }).selectOption('vacancy');
	await page.getByLabel('Status', { exact: true }).selectOption('expired');
	await page.getByRole('button', { name: 'Anzeigen' }).click();
	await expect(page).toHaveURL(/status=expired/);
	const entries = page.getByTestId('staff-entry');
	await expect(entries).toHaveCount(1);
	await expect(entries.first()).toContainText(`Erntehelfer Sommer ${tag}`);
	await expect(entries.first().getByTestId('entry-status')).toHaveText('Abgelaufen');
	await noSideScroll(page);

	// A date in the past is refused in German, the typed date stays.
	await entries.first().getByText('Verlängern', { exact: true }).click();
	const until = entries.first().getByLabel('Neues Ende (gültig bis)');
	await until.fill(isoDay(-1));
	await entries.first().getByRole('button', { name: 'Jetzt verlängern' }).click();
	await expect(entries.first().getByTestId('entry-error')).toHaveText(
		'Bitte ein Datum nach heute wählen.'
	);
	await expect(until).toHaveValue(isoDay(-1));
	await until.fill(isoDay(90));
	await entries.first().getByRole('button', { name: 'Jetzt verlängern' }).click();
	await expect(page.getByTestId('entry-notice')).toContainText('Verlängert bis');
	await expect(entries).toHaveCount(0); // no longer expired
	expect(await titlesOnMap(page, tag)).toEqual([
		`Erntehelfer Sommer ${tag}`,
		`Küchenhilfe Kantine ${tag}`
	]);

	// Unpublish the other vacancy: without a reason first.
	await page.goto(
		`/team/eintraege?status=published&suche=${encodeURIComponent(`Küchenhilfe Kantine ${tag}`)}`
	);
	await expect(entries).toHaveCount(1);
	await entries.first().getByText('Vom Netz nehmen', { exact: true }).click();
	const reason = entries.first().getByLabel('Begründung (der Betrieb sieht sie)');
	await reason.fill('ok');
	await entries.first().getByRole('button', { name: 'Jetzt vom Netz nehmen' }).click();
	await expect(entries.first().getByTestId('entry-error')).toHaveText(
		'Bitte mindestens 3 Zeichen eingeben.'
	);
	await expect(reason).toHaveValue('ok');
	await reason.fill('Die Stelle ist laut Anruf vom Betrieb besetzt.');
	await entries.first().getByRole('button', { name: 'Jetzt vom Netz nehmen' }).click();
	await expect(page.getByTestId('entry-notice')).toHaveText(
		'Der Eintrag ist nicht mehr auf der Karte.'
	);
	expect(await titlesOnMap(page, tag)).toEqual([`Erntehelfer Sommer ${tag}`]);

	// In the list as archived, with the reason.
	await page.goto(`/team/eintraege?status=archived&suche=${encodeURIComponent(tag)}`);
	await expect(entries).toHaveCount(1);
	await expect(entries.first()).toContainText('Die Stelle ist laut Anruf vom Betrieb besetzt.');
	await noSideScroll(page);
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('staff create a support service (published at once) and edit it; bad input is kept', async ({
	staffPage: page
}, testInfo) => {
	test.setTimeout(90_000);
	// Its own tag: the first test's imported titles carry `${run}${project}`.
	const tag = `svc${run}${testInfo.project.name}`;
	const title = `Schuldnerberatung im Stadtteilbüro ${tag}`;
	await page.goto('/team/eintraege');
	await page.getByTestId('new-support_service').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neu: Beratungsangebot');

	// Bad input first: a title too short, a broken e-mail, no location. Nothing is stored, every
	// field keeps what was typed, the errors are in German beside their fields.
	await page.getByLabel('Titel', { exact: true }).fill('Ab');
	await page.getByLabel('Für wen?').fill('Alle aus Sennestadt mit Schulden');
	await page.getByLabel('Kosten', { exact: true }).selectOption('free');
	await page.getByLabel('Bitte mitbringen').fill('Ausweis\nKontoauszüge');
	await page.getByLabel('Termin nötig').check();
	await page.getByLabel('E-Mail', { exact: true }).fill('keine-adresse');
	await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
	await expect(page.getByTestId('error-title')).toHaveText('Bitte mindestens 3 Zeichen eingeben.');
	await expect(page.getByTestId('error-contact_email')).toHaveText(
		'Bitte eine gültige E-Mail-Adresse eingeben.'
	);
	await expect(page.getByLabel('Für wen?')).toHaveValue('Alle aus Sennestadt mit Schulden');
	await expect(page.getByLabel('Bitte mitbringen')).toHaveValue('Ausweis\nKontoauszüge');
	await expect(page.getByLabel('Termin nötig')).toBeChecked();
	await expect(page.getByLabel('E-Mail', { exact: true })).toHaveValue('keine-adresse');
	// (the forgiving search may also offer the first test's titles: only ours count)
	const ours = async () => (await titlesOnMap(page, tag)).filter((t) => t.includes(tag));
	expect(await ours()).toEqual([]);

	// Fixed: published at once, on the public map.
	await page.getByLabel('Titel', { exact: true }).fill(title);
	await page.getByLabel('E-Mail', { exact: true }).fill('beratung@example.org');
	await page.getByLabel('Haltestelle oder Adresse').fill('Sennestadt Alsterweg');
	await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
	await expect(page).toHaveURL(/\/team\/eintraege\/[0-9a-f-]{36}\?veroeffentlicht=1/);
	await expect(page.getByTestId('notice')).toHaveText(
		'Veröffentlicht. Der Eintrag ist auf der Karte.'
	);
	await expect(page.getByTestId('entry-status')).toHaveText('Veröffentlicht');
	expect(await ours()).toEqual([title]);
	const id = /eintraege\/([0-9a-f-]{36})/.exec(page.url())![1];
	const place = await page.request.get(`/ort/${id}`);
	expect(place.status()).toBe(200);
	expect(await place.text()).toContain('Alle aus Sennestadt mit Schulden');

	// Edit: the form shows what was stored; a change stays published.
	await expect(page.getByLabel('Bitte mitbringen')).toHaveValue('Ausweis\nKontoauszüge');
	await page.getByLabel('Kosten', { exact: true }).selectOption('reduced');
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page.getByTestId('notice')).toBeVisible();
	await expect(page.getByLabel('Kosten', { exact: true })).toHaveValue('reduced');
	await expect(page.getByTestId('entry-status')).toHaveText('Veröffentlicht');
	await noSideScroll(page);
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the entry list in Arabic on a phone: right to left, no side scrolling', async ({
	staffPage: page
}) => {
	await page.goto('/sprache?lang=ar&back=/team/eintraege');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1, name: 'كل الإدخالات' })).toBeVisible();
	await noSideScroll(page);
	await page.screenshot({ path: 'reports/screenshots/staff-entries-ar.png', fullPage: false });
});

test('the entry list is for staff only: sign-in first, a business account gets 403', async ({
	page,
	staffPage: staff,
	browser,
	baseURL
}) => {
	await page.goto('/team/eintraege');
	await expect(page).toHaveURL(/anmelden/);
	await expect(page.getByTestId('staff-entry')).toHaveCount(0);

	const other = await browser.newContext({ baseURL, locale: 'de-DE' });
	const bizEmail = `entries-biz-${run}@example.test`;
	// Signed up through the forms' posts (business.test.ts clicks the sign-up).
	const bizApi = await formContext(baseURL!);
	await businessAccount(bizApi, staff.request, {
		email: bizEmail,
		displayName: 'Kiosk am Markt',
		password: 'kiosk-passwort-lang-1'
	});
	const biz = await other.newPage();
	await signInWith(biz, bizApi);
	await bizApi.dispose();
	const res = await biz.goto('/team/eintraege');
	expect(res?.status()).toBe(403);
	await expect(biz.getByTestId('staff-entry')).toHaveCount(0);
	await other.close();
});
