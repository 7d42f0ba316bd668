/**
 * Issue 13 ("find what fits") on a 360 px phone: filters with one meaning, the text when nothing
 * is found, and the small fixes of point 6.
 */
import type { Page } from '@playwright/test';
import { expect, placesDrawn, test } from './helpers';

test.use({ locale: 'de-DE', viewport: { width: 360, height: 740 } });

const number = async (page: Page, testid: string) =>
	Number((await page.getByTestId(testid).innerText()).replace(/\D/g, ''));

async function openFilters(page: Page) {
	const panel = page.getByTestId('filter-panel');
	if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
	await expect(panel).toHaveAttribute('open', '');
}

test('a vacancy filter shows vacancies only, says so, and its counts match the list', async ({
	page
}) => {
	await page.goto('/?working_time=part_time');
	await expect(page.getByTestId('narrowed')).toContainText('nur Stellenangebote');
	const total = await number(page, 'result-count');
	expect(total).toBeGreaterThan(0);
	const rows = page.getByTestId('place-list').locator('li');
	for (const text of await rows.allInnerTexts()) expect(text).toContain('Stellenangebote');
	await openFilters(page);
	// The numbers beside the choices agree with the list: part-time is what is shown, other kinds
	// would show nothing with this filter.
	expect(await number(page, 'count-wt-part_time')).toBe(total);
	expect(await number(page, 'count-kind-vacancy')).toBe(total);
	expect(await number(page, 'count-kind-employer')).toBe(0);
	await expect(page.getByTestId('vacancy-filters')).toContainText('nur Stellenangebote');

	// Without the vacancy filter the notice goes and employers come back.
	await page.goto('/?wheelchair=1');
	await expect(page.getByTestId('narrowed')).toHaveCount(0);
	await openFilters(page);
	expect(await number(page, 'count-kind-employer')).toBeGreaterThan(0);
});

test('nothing found: a search term alone does not ask for fewer filters', async ({ page }) => {
	await page.goto('/?q=xqzxqz');
	await expect(page.getByTestId('no-results')).toContainText('Nichts gefunden für „xqzxqz“');
	await expect(page.getByTestId('no-results')).not.toContainText('Filter');
	await page.goto('/?q=xqzxqz&wheelchair=1');
	await expect(page.getByTestId('no-results')).toContainText('weniger Filter');
	await page.goto('/?kinds=event&quarters=baumheide&working_time=full_time');
	await expect(page.getByTestId('no-results')).toContainText('Wählen Sie weniger Filter');
});

// ---- point 2: search that forgives --------------------------------------------------------

test('a search with a typo finds the care jobs, in German and in Arabic, at 360 px', async ({
	page
}) => {
	await page.goto('/');
	await page.locator('#q').fill('pflge');
	await page.locator('#q').press('Enter');
	await expect(page).toHaveURL(/q=pflge/);
	const list = page.getByTestId('place-list');
	await expect(list).toContainText('Pflegehelfer/in');
	const total = await number(page, 'result-count');
	expect(total).toBeGreaterThan(0);
	// Every row found is about care ("Pflege" in its title), the typo notwithstanding.
	for (const text of await list.locator('li').allInnerTexts()) expect(text).toMatch(/pflege/i);
	await expect(page.getByTestId('no-results')).toHaveCount(0);

	// Arabic, right to left: an Arabic word finds the German cleaning jobs; nonsense says so.
	await page.goto('/sprache?lang=ar&back=/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.locator('#q').fill('تنظيف');
	await page.locator('#q').press('Enter');
	await expect(page).toHaveURL(/q=/);
	await expect(page.getByTestId('place-list')).toContainText('Reinigungskraft');
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);
	await page.goto('/?q=xqzxqz');
	await expect(page.getByTestId('no-results')).toContainText('«xqzxqz»');
	await expect(page.getByTestId('no-results')).toContainText('تحقق من الكتابة');
});

// ---- point 6: the small fixes ---------------------------------------------------------------

test('the legend stays below the header and closes with Escape and a tap outside', async ({
	page
}) => {
	await page.goto('/');
	const legend = page.getByTestId('legend');
	const summary = legend.locator('summary');
	await summary.click();
	await expect(legend).toHaveAttribute('open', '');
	const header = (await page.locator('header.site-header').boundingBox())!;
	const box = (await summary.boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
	const whole = (await legend.boundingBox())!;
	expect(whole.y).toBeGreaterThanOrEqual(header.y + header.height);
	await page.keyboard.press('Escape');
	await expect(legend).not.toHaveAttribute('open', '');
	await summary.click();
	await expect(legend).toHaveAttribute('open', '');
	await page.getByRole('heading', { level: 1 }).click();
	await expect(legend).not.toHaveAttribute('open', '');
});

test('the quarter buttons are not cut off at 360 px', async ({ page }) => {
	await page.goto('/');
	for (const name of ['Sennestadt', 'Sieker-Mitte', 'Baumheide', 'Alle drei Quartiere']) {
		const button = page.getByRole('button', { name: new RegExp(name) }).first();
		const box = (await button.boundingBox())!;
		expect(box.x, name).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, name).toBeLessThanOrEqual(360);
		// The whole label is drawn (no clipped text inside the button).
		expect(await button.evaluate((b) => b.scrollWidth <= b.clientWidth + 1), name).toBe(true);
	}
});

test('a vacancy at its employer’s spot is not hidden under the employer’s marker', async ({
	page,
	request
}) => {
	// Frischemarkt Sieker: the employer and its vacancies share one address in the demo data.
	const [lon, lat] = [8.560619, 52.008972];
	const d = 0.00001;
	const fc = await (
		await request.get(`/api/places?bbox=${lon - d},${lat - d},${lon + d},${lat + d}`)
	).json();
	const group: { id: string; kind: string; title: string }[] = fc.features.map(
		(f: { properties: { id: string; kind: string; title: string } }) => f.properties
	);
	expect(group.map((g) => g.kind)).toContain('vacancy');
	expect(group.map((g) => g.kind)).toContain('employer');

	await page.goto(`/?map=17/${lat}/${lon}`);
	const map = await placesDrawn(page);
	const canvas = (await map.locator('canvas').boundingBox())!;
	const { spotOffset } = await import('../../src/lib/map/places-geojson');
	// Each place of the spot can be tapped on its own (they sit on a small circle).
	for (const [i, place] of group.entries()) {
		const [dx, dy] = spotOffset(i, group.length);
		await page.mouse.click(canvas.x + canvas.width / 2 + dx, canvas.y + canvas.height / 2 + dy);
		await expect(page.getByTestId('selected-place'), place.title).toContainText(place.title);
	}
});

test('the home page has an h1 and an intro, and its list starts with every kind', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Arbeit, Räume und Hilfe in Ihrem Quartier'
	);
	await expect(page.locator('.intro')).toContainText('Stellen, Betriebe');
	const rows = await page.getByTestId('place-list').locator('li').allInnerTexts();
	const labels = [
		'Stellenangebote',
		'Arbeitgeber',
		'Leerstand',
		'Beratung',
		'Lernorte',
		'Termine',
		'Öffentliche'
	];
	const kinds = new Set(rows.slice(0, 7).map((r) => labels.find((l) => r.includes(l))));
	expect(kinds.size).toBeGreaterThanOrEqual(5);
});

test('the reachability entry is labelled on a phone, next to brand and language', async ({
	page
}) => {
	await page.goto('/');
	const reach = page.getByTestId('nav-reach');
	await expect(reach).toContainText('Wege');
	await expect(reach).toHaveAccessibleName(/Erreichbarkeit/);
	const header = page.locator('header.site-header');
	expect(await header.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
	const brand = (await page.locator('header .brand').boundingBox())!;
	const r = (await reach.boundingBox())!;
	const lang = (await page.getByTestId('language-switch').boundingBox())!;
	expect(brand.x + brand.width).toBeLessThanOrEqual(r.x + 1);
	expect(r.x + r.width).toBeLessThanOrEqual(lang.x + 1);
});

test('a business finds the way to registration from the map', async ({ page }) => {
	await page.goto('/');
	const link = page.getByTestId('business-link');
	await expect(link).toHaveText('Für Betriebe: Stelle oder Raum eintragen');
	await link.click();
	await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fbetrieb/);
	await expect(page.locator('a[href^="/registrieren"]').first()).toBeVisible();
});

test('404 and 403 pages are translated, inside the layout, with a way back', async ({ page }) => {
	const missing = await page.goto('/gibt-es-nicht');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
	await expect(page.getByTestId('nav-reach')).toBeVisible();
	await page.getByTestId('error-to-map').click();
	await expect(page).toHaveURL(/\/$/);

	const forbidden = await page.goto('/kein-zugang');
	expect(forbidden?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugang');
	await expect(page.getByTestId('error-to-map')).toBeVisible();

	// Arabic, right to left.
	await page.goto('/sprache?lang=ar&back=/gibt-es-nicht');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
	await expect(page.getByTestId('error-to-map')).toHaveText('إلى الخريطة');
});
