import { expect, test, type Page } from '@playwright/test';

/**
 * The region's own basemap (regions/musterstadt/static/basemap, built by npm run data:basemap):
 * at street zoom the map shows street names from our tiles, drawn with our glyphs, and the page
 * asks no other host for anything (no tile, glyph or font server learns who looks where).
 */
test.use({ locale: 'de-DE' });

/** What the page asks other hosts for, the glyph files it loads and its uncaught errors. */
function watch(page: Page) {
	const seen = { foreign: [] as string[], glyphs: [] as string[], errors: [] as string[] };
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol.startsWith('http') && !['127.0.0.1', 'localhost'].includes(url.hostname))
			seen.foreign.push(r.url());
		if (url.pathname.startsWith('/glyphs/')) seen.glyphs.push(url.pathname);
	});
	page.on('pageerror', (e) => seen.errors.push(e.message));
	return seen;
}

/** Starts the map, waits until it has drawn the street `name`; returns the streets it drew. */
async function streetsWith(page: Page, name: string) {
	const start = page.getByTestId('map-start');
	// A view in the link may start the map by itself, and the button goes while it is clicked.
	if (await start.isVisible()) await start.click({ timeout: 5_000 }).catch(() => {});
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect
		.poll(async () => (await map.getAttribute('data-rendered-streets')) ?? '', {
			timeout: 30_000
		})
		.toContain(name);
	return ((await map.getAttribute('data-rendered-streets')) ?? '').split('|');
}

test('street labels at z16 from our own tiles and glyphs, no request to another host', async ({
	page
}) => {
	const { foreign, glyphs, errors } = watch(page);
	// Elbeallee between Große Straße and Kirchgasse, at street zoom.
	await page.goto('/?map=16/61.6822/27.2213');
	const streets = await streetsWith(page, 'Elbeallee');
	// Only streets of the view: the northern rows are a kilometre away.
	expect(streets).not.toContain('Höhenweg');
	expect(glyphs.some((g) => g === '/glyphs/noto-sans/0-255.pbf')).toBe(true);
	// A German reader loads no Arabic glyphs.
	expect(glyphs.filter((g) => /\/(1536|64256|65024)-/.test(g))).toEqual([]);
	await expect(page.getByTestId('basemap-note')).toHaveCount(0);
	await page.screenshot({ path: 'reports/screenshots/musterstadt-basemap-z16.png' });
	expect(foreign).toEqual([]);
	expect(errors).toEqual([]);
});

test('the archive is a static file that answers range requests with 206', async ({ request }) => {
	const head = await request.get('/basemap/basemap.v1.pmtiles', {
		headers: { Range: 'bytes=0-126' }
	});
	expect(head.status()).toBe(206);
	expect(head.headers()['content-range']).toMatch(/^bytes 0-126\/\d+$/);
	const body = await head.body();
	expect(body.length).toBe(127);
	expect(body.subarray(0, 7).toString('latin1')).toBe('PMTiles');
	expect(body[7]).toBe(3);
});

test('offline after one visit: the quarter’s streets at z15 from the ranges the worker kept', async ({
	page,
	context
}) => {
	test.setTimeout(180_000);
	// The middle of the Altstadt at z15 (Lindenallee is one of its streets).
	const view = '/?map=15/61.6924/27.2261';
	await page.goto(view);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
	// Under the worker's control: it keeps the page, and the map's first use of the archive
	// makes it keep the areas' ranges in the background.
	await page.reload();
	await streetsWith(page, 'Lindenallee');
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const cache = await caches.open('basemap-v1');
					const hit = await cache.match('/basemap/basemap.v1.pmtiles?offline=index');
					return hit ? ((await hit.json()) as { zooms: number[]; ranges: unknown[] }) : null;
				}),
			{ timeout: 60_000 }
		)
		.toMatchObject({ zooms: [12, 16] });

	await context.setOffline(true);
	await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
	// Really offline: the server is out of reach for the page.
	expect(
		await page.evaluate(() =>
			fetch('/healthz').then(
				() => 'online',
				() => 'offline'
			)
		)
	).toBe('offline');
	const failed: string[] = [];
	page.on('requestfailed', (r) => {
		if (r.url().includes('/basemap/')) failed.push(r.url());
	});
	await page.reload();
	const streets = await streetsWith(page, 'Lindenallee');
	expect(streets).toContain('Rathausring');
	await page.screenshot({ path: 'reports/screenshots/musterstadt-basemap-offline-z15.png' });
	expect(failed).toEqual([]);
	await context.setOffline(false);
});

test.describe('in Arabic', () => {
	test.use({ locale: 'ar' });

	test('street names from name:ar, shaped by MapLibre with our Arabic glyphs', async ({ page }) => {
		const { foreign, glyphs, errors } = watch(page);
		// Marktstraße (name:ar شارع السوق in the extract) at street zoom.
		await page.goto('/?map=16/61.6890/27.2261');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		// Arabic is not one of the region's menu languages, but the page is in it: the menu says so.
		await expect(page.locator('#lang-select')).toHaveValue('ar');
		await streetsWith(page, 'شارع السوق');
		// The shaped letters (presentation forms B) came from our own glyph file.
		await expect.poll(() => glyphs).toContain('/glyphs/noto-sans/65024-65279.pbf');
		await page.screenshot({ path: 'reports/screenshots/musterstadt-basemap-ar-z16.png' });
		// The basemap's credit in Arabic too (region.json gives it per language), none in German.
		const credits = page.locator('.maplibregl-ctrl-attrib-inner');
		await expect(credits).toContainText('بيانات اختبار اصطناعية');
		await expect(credits).not.toContainText('synthetische');
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
	});
});
