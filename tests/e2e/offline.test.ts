/**
 * Offline for real (issue 13, point 4) on the production build with its service worker, on a
 * 360 px phone: after one visit the filters and the search run on the phone with the server's
 * results (src/lib/places/device; the same semantics are compared case by case in
 * tests/integration/device-filter.test.ts).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, startMap, test } from './helpers';

// The service worker on (playwright.config.ts blocks it by default).
test.use({ locale: 'de-DE', viewport: { width: 360, height: 740 }, serviceWorkers: 'allow' });

const number = async (page: Page, testid: string) =>
	Number((await page.getByTestId(testid).innerText()).replace(/\D/g, ''));

/** One visit under the service worker's control, with the device snapshot in its cache. */
async function visitOnce(page: Page) {
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
	await page.reload();
	await expect
		.poll(() =>
			page.evaluate(async () =>
				Boolean(await (await caches.open('device-v1')).match('/api/places/device'))
			)
		)
		.toBe(true);
}

async function search(page: Page, q: string) {
	await page.locator('#q').fill(q);
	await page.locator('#q').press('Enter');
	await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q).replace(/%20/g, '\\+')}`));
}

async function offline(context: BrowserContext, page: Page) {
	await context.setOffline(true);
	await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
}

test('offline, filters and search run on the phone with the server’s results', async ({
	page,
	context
}) => {
	// Online first: what the server finds.
	await page.goto('/?q=pflge');
	const typo = await number(page, 'result-count');
	expect(typo).toBeGreaterThan(0);
	await page.goto('/?working_time=part_time');
	const partTime = await number(page, 'result-count');
	expect(partTime).toBeGreaterThan(0);
	await page.goto('/');
	const all = await number(page, 'result-count');
	await visitOnce(page);

	await offline(context, page);
	await expect(page.getByTestId('offline-banner')).toBeVisible();
	// The search forgives on the phone as on the server.
	await search(page, 'pflge');
	await expect(page.getByTestId('result-count')).toContainText(String(typo));
	await expect(page.getByTestId('place-list')).toContainText('Pflegehelfer/in');
	expect(typo).toBeLessThan(all);
	// A term that finds nothing says so.
	await search(page, 'xqzxqz');
	await expect(page.getByTestId('no-results')).toContainText('xqzxqz');
	// A filter from a link opened offline: the page is the cached map, the list the device's.
	await page.goto('/?working_time=part_time');
	await expect(page.getByTestId('result-count')).toContainText(String(partTime));
	await expect(page.getByTestId('narrowed')).toContainText('nur Stellenangebote');
	for (const text of await page.getByTestId('place-list').locator('li').allInnerTexts())
		expect(text).toContain('Stellenangebote');

	// Online again: the server's answer for the same URL.
	await context.setOffline(false);
	await expect(page.getByTestId('offline-banner')).toBeHidden();
	await expect(page.getByTestId('result-count')).toContainText(String(partTime));
});

test('offline, a page not saved on the phone is the offline page inside the layout, translated', async ({
	page,
	context
}) => {
	await visitOnce(page);
	await offline(context, page);
	await page.goto('/impressum');
	await expect(page.getByTestId('offline-page')).toContainText('Keine Verbindung');
	await expect(page.locator('header.site-header')).toBeVisible();
	await context.setOffline(false);

	// In Arabic: the worker keeps its offline page in the language of the pages it sees.
	await page.goto('/sprache?lang=ar&back=/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect
		.poll(() =>
			page.evaluate(async () => {
				const kept = await (await caches.open('device-v1')).match('/offline');
				return kept?.headers.get('content-language');
			})
		)
		.toBe('ar');
	await offline(context, page);
	// A place never opened on this phone.
	await page.goto('/ort/00000000-0000-4000-8000-00000000ffff');
	const offlinePage = page.getByTestId('offline-page');
	await expect(offlinePage).toContainText('لا يوجد اتصال');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	// At its own address, with its styles (served at /ort/<id> its relative links missed them).
	expect(new URL(page.url()).pathname).toBe('/offline');
	expect(
		await page.evaluate(() =>
			[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
				(link) => link.sheet !== null
			)
		)
	).not.toContain(false);
	await expect(page.getByTestId('language-switch')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.screenshot({ path: 'reports/screenshots/offline-page-ar.png' });
	// The way back to the map works offline.
	await page.getByTestId('offline-to-map').click();
	await expect(page.getByTestId('place-list').locator('li').first()).toBeVisible();
	await context.setOffline(false);
	await page.goto('/sprache?lang=de&back=/');
});

test('offline, the reachability view works after one visit', async ({ page, context }) => {
	await visitOnce(page);
	await page.goto('/erreichbarkeit');
	await expect(page.getByTestId('reach-banner')).toContainText('Demo-Fahrplan');
	await startMap(page);
	// The travel-time artifacts are kept by the worker.
	await expect
		.poll(() =>
			page.evaluate(async () => (await (await caches.open('reach-v1')).keys()).map((r) => r.url))
		)
		.toEqual(expect.arrayContaining([expect.stringMatching(/\/reach\/manifest\.json/)]));

	await offline(context, page);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Was erreiche ich ohne Auto?');
	await page.getByTestId('origin-search').fill('Sennestadthaus');
	await page
		.getByTestId('origin-hits')
		.getByRole('button', { name: /Sennestadt Sennestadthaus/ })
		.click();
	await page.getByRole('radio', { name: 'Bus & Stadtbahn' }).check();
	const words = page.getByTestId('reach-description').locator('li');
	await expect(words).toHaveCount(4);
	await expect(words.first()).toContainText('Bis 10 Min. erreichbar');
	const minutes = await page
		.getByTestId('reach-list')
		.locator('li')
		.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.minutes ?? ''));
	expect(minutes.filter((v) => v !== '').length).toBeGreaterThan(0);
	await page.screenshot({ path: 'reports/screenshots/offline-reach.png' });
	await context.setOffline(false);
});

test('offline, "open at" stays within the days the phone knows and says so', async ({
	page,
	context
}) => {
	const day = (offset: number) => {
		// The region's calendar day (Europe/Berlin), as the snapshot counts them.
		const d = new Date(Date.now() + offset * 86_400_000);
		return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(d);
	};
	await visitOnce(page);
	await offline(context, page);
	// Within the range: a list, no notice; the picker bounded and the bound said.
	await page.goto(`/?open=at&open_at=${day(5)}T10:30`);
	await expect(page.getByTestId('open-at-range')).toContainText('Ohne Verbindung');
	const input = page.locator('input[name="open_at"]');
	await expect(input).toHaveAttribute('max', new RegExp(`^${day(13)}T23:45$`));
	await expect(page.getByTestId('open-beyond')).toHaveCount(0);
	expect(await number(page, 'result-count')).toBeGreaterThan(0);
	// Beyond it (an old link): said, not silently empty.
	await page.goto(`/?open=at&open_at=${day(30)}T10:30`);
	await expect(page.getByTestId('open-beyond')).toContainText('nur bis');
});
