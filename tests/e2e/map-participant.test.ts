/**
 * The participant's map on a phone (and desktop): filters with counts, URL state, place pages with
 * JSON-LD, Arabic right-to-left, a keyboard-only path, axe-core and offline. Screenshots go to
 * reports/screenshots for the issue note.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { mkdirSync, writeFileSync } from 'node:fs';

test.use({ locale: 'de-DE' });

const shot = (page: Page, name: string, project: string) =>
	page.screenshot({ path: `reports/screenshots/${name}-${project}.png` });

async function mapReady(page: Page) {
	// MapLibre starts on the first interaction with the map (a link with a view starts it on idle):
	// until then a static preview stands in for it.
	await expect(page.getByTestId('map-preview')).toBeVisible();
	// The start button only exists once the page has hydrated: wait for it (or for the map, which
	// a link with a view starts by itself) instead of looking once right after the load event.
	const start = page.getByTestId('map-start');
	await expect(start.or(page.getByTestId('map')).first()).toBeVisible({ timeout: 30_000 });
	if (await start.isVisible()) await start.click({ timeout: 5_000 }).catch(() => {});
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

async function openFilters(page: Page) {
	const panel = page.getByTestId('filter-panel');
	if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
	await expect(panel).toHaveAttribute('open', '');
}

async function resultCount(page: Page) {
	return Number((await page.getByTestId('result-count').innerText()).replace(/\D/g, ''));
}

test('filter: the counts, the list and the URL change together @layout', async ({ page }, info) => {
	await page.goto('/');
	await mapReady(page);
	const before = await resultCount(page);
	expect(before).toBeGreaterThan(100);
	await openFilters(page);
	const vacancies = Number(await page.getByTestId('count-kind-vacancy').innerText());
	expect(vacancies).toBeGreaterThan(0);
	expect(vacancies).toBeLessThan(before);

	const started = Date.now();
	await page.getByRole('checkbox', { name: /Stellenangebote/ }).check();
	await expect(page).toHaveURL(/kinds=vacancy/);
	await expect.poll(() => resultCount(page)).toBe(vacancies);
	const elapsed = Date.now() - started;
	// The kind's own count stays (counted without its own filter), the others still show theirs.
	await expect(page.getByTestId('count-kind-vacancy')).toHaveText(String(vacancies));
	await expect(page.getByTestId('active-filters')).toContainText('1');
	const rows = page.getByTestId('place-list').locator('li');
	await expect(rows.first()).toContainText('Stellenangebote');
	for (const text of await rows.allInnerTexts()) expect(text).toContain('Stellenangebote');

	// A second filter narrows further: childcare-friendly vacancies.
	const childcare = Number(await page.getByTestId('count-childcare').innerText());
	await page.getByRole('checkbox', { name: /Kinderbetreuung/ }).check();
	await expect(page).toHaveURL(/childcare_friendly=1/);
	await expect.poll(() => resultCount(page)).toBe(childcare);
	await shot(page, 'map-filtered', info.project.name);

	mkdirSync('reports/bench-web', { recursive: true });
	writeFileSync(
		`reports/bench-web/filter-demo-${info.project.name}.json`,
		JSON.stringify({ places: before, filterApplyMs: elapsed }, null, 2)
	);
	info.annotations.push({ type: 'filter-apply-ms', description: String(elapsed) });
});

test('a deep link restores the same filters, view and selection @layout', async ({
	page
}, info) => {
	const link = '/?kinds=employer,support_service&wheelchair=1&map=14/52.0065/8.5670';
	await page.goto(link);
	await mapReady(page);
	await openFilters(page);
	await expect(page.getByRole('checkbox', { name: /Arbeitgeber/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /Beratung & Hilfe/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /Rollstuhl/ })).toBeChecked();
	await expect(page).toHaveURL(/map=14\/52\.00650\/8\.56700/);
	const first = await page.getByTestId('place-list').locator('li a').first().innerText();

	// Select a place: the URL carries it, and the same link opens with it selected.
	await page.getByTestId('place-list').locator('li').first().getByRole('button').click();
	await expect(page).toHaveURL(/place=[0-9a-f-]{36}/);
	await expect(page.getByTestId('selected-place')).toContainText(first);
	// The map flew to the place; the link follows the view.
	await expect(page).toHaveURL(/map=15\.5\//);
	const inView = await page.getByTestId('in-view-count').innerText();
	const shared = page.url();

	const other = await page.context().newPage();
	await other.goto(shared);
	await mapReady(other);
	await expect(other.getByTestId('selected-place')).toContainText(first);
	await openFilters(other);
	await expect(other.getByRole('checkbox', { name: /Rollstuhl/ })).toBeChecked();
	await expect(other.getByTestId('in-view-count')).toHaveText(inView);
	await shot(other, 'map-deeplink', info.project.name);
});

test('bad URL parameters are ignored with a notice, the page still works', async ({ page }) => {
	const response = await page.goto('/?kinds=vacancy,casino&map=abc&german_level_max=Z9');
	expect(response?.status()).toBe(200);
	await expect(page.getByTestId('notice')).toContainText('kinds=casino');
	await expect(page.getByTestId('notice')).toContainText('map=abc');
	await openFilters(page);
	await expect(page.getByRole('checkbox', { name: /Stellenangebote/ })).toBeChecked();
	await expect(page.getByTestId('result-count')).not.toHaveText('Gefunden: 0');
});

test('a vacancy page shows what to do, with JobPosting JSON-LD', async ({ page }, info) => {
	await page.goto('/?kinds=vacancy');
	const link = page.getByTestId('place-list').locator('li a').first();
	const title = await link.innerText();
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByText('Demo-Daten: dieser Eintrag ist erfunden.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Das Wichtigste' })).toBeVisible();
	await expect(page.getByTestId('wheelchair')).not.toBeEmpty();
	const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
	const posting = JSON.parse(jsonLd ?? '{}');
	expect(posting['@type']).toBe('JobPosting');
	expect(posting.title).toBe(title);
	expect(posting.hiringOrganization?.name).toBeTruthy();
	expect(posting.jobLocation?.geo?.latitude).toBeGreaterThan(51);
	await shot(page, 'place-vacancy', info.project.name);
});

test('a place page works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
	const page = await context.newPage();
	await page.goto('/?kinds=support_service');
	const link = page.getByTestId('place-list').locator('li a').first();
	const title = await link.innerText();
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByRole('link', { name: /Anrufen/ }).first()).toHaveAttribute(
		'href',
		/^tel:/
	);
	await context.close();
});

test('Arabic is right-to-left, and the choice is remembered @layout', async ({ page }, info) => {
	await page.goto('/');
	await page.getByLabel('Sprache').selectOption('ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.getByRole('button', { name: 'بحث' })).toBeVisible();
	await mapReady(page);
	await shot(page, 'map-arabic', info.project.name);
	// Another page, same language, same URL scheme.
	await page.getByTestId('place-list').locator('li a').first().click();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByText('العودة إلى الخريطة')).toBeVisible();
	await shot(page, 'place-arabic', info.project.name);
	const direction = await page.locator('main').evaluate((el) => getComputedStyle(el).direction);
	expect(direction).toBe('rtl');
});

test('the language switch answers before the app has started', async ({ page }) => {
	// A cheap phone can take seconds to start the app: a language chosen before then must count.
	// The app's own JavaScript never arrives here; the switch still changes the language.
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	await page.goto('/');
	await page.getByLabel('Sprache').selectOption('tr');
	await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
	await expect(page.getByLabel('Dil')).toHaveValue('tr');
});

test('keyboard only: from the start page to a phone number @layout', async ({ page }) => {
	await page.goto('/?kinds=support_service');
	await mapReady(page);
	let onPlace = false;
	for (let i = 0; i < 60 && !onPlace; i++) {
		await page.keyboard.press('Tab');
		onPlace = await page.evaluate(
			() => document.activeElement?.getAttribute('href')?.startsWith('/ort/') ?? false
		);
	}
	expect(onPlace).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/ort\//);
	let onPhone = false;
	for (let i = 0; i < 30 && !onPhone; i++) {
		await page.keyboard.press('Tab');
		onPhone = await page.evaluate(
			() => document.activeElement?.getAttribute('href')?.startsWith('tel:') ?? false
		);
	}
	expect(onPhone).toBe(true);
	// The focus is visible: an outline is drawn.
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).not.toBe('none');
});

/**
 * Every main page once, the map page in both layouts: on the phone the map page with its bottom
 * sheet and open filters, in German and in Arabic (right to left); on the desktop the map page with
 * its side panel (a vacancy filter and "open now"), a place page and the accessibility statement.
 * (Before, both projects checked all five pages: 23 + 23 s on a quiet machine, the static pages
 * the same markup twice.)
 */
test('axe-core finds no violations on the main pages @layout', async ({ page }, info) => {
	test.setTimeout(180_000);
	const analyze = (tags: string[]) => new AxeBuilder({ page }).withTags(tags).analyze();
	const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
	let pages: string[];
	if (info.project.name === 'phone') pages = ['/'];
	else {
		const res = await page.request.get('/api/places?kinds=vacancy&limit=1');
		expect(res.status()).toBe(200);
		const { features } = (await res.json()) as { features: { id: string }[] };
		expect(features.length).toBeGreaterThan(0);
		pages = ['/?kinds=vacancy&open=now', '/barrierefreiheit', `/ort/${features[0].id}`];
	}
	for (const url of pages) {
		await page.goto(url);
		if (url.startsWith('/?') || url === '/') {
			await mapReady(page);
			await openFilters(page);
		} else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const result = await analyze(wcag);
		const summary = result.violations.map(
			(v) => `${url}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`
		);
		expect(summary).toEqual([]);
	}
	if (info.project.name !== 'phone') return;
	// And in Arabic, on the phone.
	await page.goto('/sprache?lang=ar&back=/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await mapReady(page);
	const ar = await analyze(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']);
	expect(ar.violations.map((v) => v.id)).toEqual([]);
});

test.describe('under the service worker', () => {
	// On for this test (playwright.config.ts blocks it by default).
	test.use({ serviceWorkers: 'allow' });

	test('offline: the app shell and the last places come from the cache, with a banner', async ({
		page,
		context
	}, info) => {
		test.skip(info.project.name !== 'phone', 'once is enough');
		await page.goto('/');
		await mapReady(page);
		await page.evaluate(async () => {
			const reg = await navigator.serviceWorker.ready;
			return reg.active?.state;
		});
		// Load once more under the service worker's control so the page is in its cache.
		await page.reload();
		await mapReady(page);
		await context.setOffline(true);
		await page.reload();
		await expect(page.getByTestId('offline-banner')).toBeVisible();
		await expect(page.getByTestId('place-list').locator('li').first()).toBeVisible();
		await mapReady(page);
		await shot(page, 'map-offline', info.project.name);
		await context.setOffline(false);
	});
});
