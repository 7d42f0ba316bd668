import { expect, test, type Page } from '@playwright/test';
import { isoDay, startMap } from '../e2e/helpers';
import { musterstadtBusiness } from './business';

/**
 * The second region (regions/musterstadt: a synthetic city, its own quarters, stops, timetable,
 * time zone and demo data) built with QK_REGION=musterstadt and served by `node build-musterstadt`
 * on its own embedded database (playwright.region.config.ts). Nothing of Bielefeld may show.
 */
test.use({ locale: 'de-DE' });

test('the map shows the region’s three quarters and its places, no Bielefeld', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await expect(page.getByTestId('result-count')).toContainText('3');
	await expect(page.getByTestId('place-list').locator('li')).toHaveCount(3);
	await expect(page.getByTestId('attribution')).toContainText('Musterstadt');
	await page.getByTestId('map-start').click();
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	const labels = page.getByTestId('quarter-label');
	await expect(labels).toHaveCount(3);
	expect((await labels.allInnerTexts()).sort()).toEqual(['Altstadt', 'Hafen', 'Nordhang']);
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('synthetische Testdaten');
	await page.screenshot({ path: 'reports/screenshots/musterstadt-map.png' });
	expect(await page.content()).not.toContain('Bielefeld');
	// The language menu offers the region's languages, in its order.
	await expect(page.locator('#lang-select option')).toHaveText([
		'Deutsch',
		'English',
		'Українська'
	]);
	expect(errors).toEqual([]);
});

test('a place page in a quarter of the region', async ({ page }) => {
	await page.goto('/');
	const link = page.getByTestId('place-list').getByRole('link', { name: 'Hafenkantine' });
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hafenkantine');
	await expect(page.getByText('Hafen', { exact: true }).first()).toBeVisible();
	await expect(page.getByText('Demo-Daten: dieser Eintrag ist erfunden.')).toBeVisible();
});

test('reachability from one of its stops by tram and bus', async ({ page }) => {
	await page.goto('/erreichbarkeit');
	// on a phone the map starts when asked (a static preview stands in until then)
	await startMap(page);
	// The example stop and the departure time come from region.json.
	await expect(page.getByTestId('origin-search')).toHaveAttribute('placeholder', 'z. B. Rathaus');
	await expect(page.getByTestId('reach-clock')).toHaveValue('09:00');
	await page.getByTestId('origin-search').fill('Hafen Mole');
	await page
		.getByTestId('origin-hits')
		.getByRole('button', { name: /Hafen Mole/ })
		.click();
	await expect(page.getByTestId('origin-status')).toContainText('Hafen Mole');
	await page.getByRole('radio', { name: 'Bus & Stadtbahn' }).check();
	await expect(page.getByTestId('reach-description').locator('li')).toHaveCount(4);
	// All three places are reached, sorted by minutes; the one in the Hafen quarter first.
	const rows = page.getByTestId('reach-list').locator('li');
	await expect(rows).toHaveCount(3);
	const minutes = (await rows.locator('.min').allInnerTexts()).map((t) => Number.parseInt(t));
	expect(
		minutes.every((v) => v > 0 && v <= 45),
		minutes.join(',')
	).toBe(true);
	expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
	await expect(rows.first()).toContainText('Hafenkantine');
	await page.screenshot({ path: 'reports/screenshots/musterstadt-reach.png' });
});

test('filters and search on the region’s data: its quarters, a word, a typo', async ({ page }) => {
	await page.goto('/');
	// The filter panel offers the region's quarters, not Bielefeld's.
	const quarters = await page
		.locator('input[name="quarters"]')
		.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
	expect(quarters.sort()).toEqual(['altstadt', 'hafen', 'nordhang']);
	const list = page.getByTestId('place-list').locator('li');
	await page.goto('/?quarters=hafen');
	await expect(list).toHaveCount(1);
	await expect(list.first()).toContainText('Hafenkantine');
	await page.goto('/?q=Werft');
	await expect(list).toHaveCount(1);
	await expect(list.first()).toContainText('Werft Nordhang');
	// A typo still finds the bakery (trigram similarity, on the embedded database too).
	await page.goto('/?q=B%C3%A4ckerai');
	await expect(list.first()).toContainText('Bäckerei am Rathaus');
	await page.goto('/?q=Bielefeld');
	await expect(list).toHaveCount(0);
});

/** The space form, filled but for its pin (the organisation's location would be the fallback). */
async function fillSpace(page: Page, orgId: string, title: string) {
	await page.goto(`/betrieb/eintrag/neu?typ=space&org=${orgId}`);
	await page.locator('input[name="title"]').fill(title);
	await page.locator('select[name="space_type"]').selectOption('shop');
	await page.locator('input[name="area_m2"]').fill('45');
	await page.locator('input[name="valid_through"]').fill(isoDay(60));
	await page
		.locator('details')
		.filter({ has: page.locator('input[name="lat"]') })
		.locator('summary')
		.click();
	// The organisation's address (Lindenallee 18) puts the empty pin there first (AddressPin).
	await expect(page.locator('input[name="lat"]')).toHaveValue(/^61\./, { timeout: 20_000 });
}

test('the business pin check uses the region’s bounds: Musterstadt accepted, Bielefeld refused', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const { context, orgId, run, storageState } = await musterstadtBusiness(browser, baseURL!, 'pin');
	const page = await context.newPage();
	const title = `Laden am Markt ${run}`;
	await fillSpace(page, orgId, title);
	// The example coordinates in the labels are the region's centre, not another city's.
	const lat = page.getByLabel('Breite (z. B. 61.692)');
	const lon = page.getByLabel('Länge (z. B. 27.226)');
	// A pin in Bielefeld: refused by the server, in German, naming the region; the form is kept.
	await lat.fill('52.0211');
	await lon.fill('8.5325');
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	await expect(page.getByTestId('error-lat')).toHaveText(
		'Diese Koordinaten liegen nicht in Musterstadt. Bitte die Stecknadel neu setzen.'
	);
	await expect(page.locator('input[name="title"]')).toHaveValue(title);
	expect(page.url()).toContain('/betrieb/eintrag/neu');
	// A pin in the Altstadt: accepted.
	await lat.fill('61.6925');
	await lon.fill('27.226');
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	await expect(page.getByTestId('entry-status')).toHaveText('Wird geprüft');
	await expect(page.getByTestId('error-lat')).toHaveCount(0);
	await expect(page.locator('input[name="lat"]')).toHaveValue('61.6925');
	await expect(page.locator('input[name="lon"]')).toHaveValue('27.226');
	expect(await page.content()).not.toContain('Bielefeld');
	await context.close();

	// The same refusal in another of the region's languages (Ukrainian).
	const uk = await browser.newContext({ baseURL, locale: 'uk-UA', storageState });
	const ukPage = await uk.newPage();
	await fillSpace(ukPage, orgId, `${title} uk`);
	await ukPage.locator('input[name="lat"]').fill('52.0211');
	await ukPage.locator('input[name="lon"]').fill('8.5325');
	await ukPage.locator('button[formaction$="/submit"]').click();
	await expect(ukPage.getByTestId('error-lat')).toHaveText(
		'Ці координати не в місті Musterstadt. Поставте позначку заново.'
	);
	await uk.close();
});
