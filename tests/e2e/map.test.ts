import { expect, test } from './helpers';

test.use({ locale: 'de-DE' });

test('the map page shows the three quarters, the places, the demo label and the attribution @layout', async ({
	page
}, testInfo) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');

	// Server-rendered list: useful before the map arrives (the first 50 rows, more on demand).
	const found = Number((await page.getByTestId('result-count').innerText()).replace(/\D/g, ''));
	expect(found).toBeGreaterThanOrEqual(150);
	const rows = page.getByTestId('place-list').locator('li');
	expect(await rows.count()).toBe(50);
	await expect(page.getByTestId('demo-badge')).toHaveText('Demo-Daten');
	await expect(page.getByTestId('attribution')).toContainText('© Stadt Bielefeld');
	await expect(page.getByTestId('attribution')).toContainText('OpenStreetMap');

	// A static preview of the quarters and places stands in for the map until the first
	// interaction with it; then MapLibre starts.
	await expect(page.getByTestId('map-preview')).toBeVisible();
	await page.getByTestId('map-start').click();
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	const labels = page.getByTestId('quarter-label');
	await expect(labels).toHaveCount(3);
	expect((await labels.allInnerTexts()).sort()).toEqual([
		'Baumheide',
		'Sennestadt',
		'Sieker-Mitte'
	]);
	// The places layer really drew features on the canvas.
	await expect
		.poll(async () => Number(await map.getAttribute('data-rendered-places')), { timeout: 30_000 })
		.toBeGreaterThan(50);
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Stadt Bielefeld');
	// No basemap built for this region yet: the (i) says so, nothing covers the map.
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText(
		'Straßen und Häuser erscheinen auf der Karte'
	);

	const shot = testInfo.outputPath(`map-${testInfo.project.name}.png`);
	await page.screenshot({ path: shot, fullPage: false });
	await page.screenshot({ path: `reports/screenshots/map-${testInfo.project.name}.png` });
	await testInfo.attach('map', { path: shot, contentType: 'image/png' });
	expect(errors).toEqual([]);
});

test('a place page is server-rendered and shareable', async ({ page }) => {
	await page.goto('/');
	// The list keeps its order when the map arrives (it re-sorts only once the map is moved).
	const first = page.getByTestId('place-list').locator('a').first();
	const title = await first.innerText();
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByText('Demo-Daten: dieser Eintrag ist erfunden.')).toBeVisible();
});

test('bad input gets a clear 4xx, never a stack trace', async ({ request }) => {
	const bad = await request.get('/api/places?bbox=9,52,8,51');
	expect(bad.status()).toBe(400);
	expect(await bad.text()).toContain('bbox');
	const kind = await request.get('/api/places?kinds=casino');
	expect(kind.status()).toBe(400);
	const place = await request.get('/ort/not-a-uuid');
	expect(place.status()).toBe(400);
	const missing = await request.get('/ort/00000000-0000-4000-8000-000000000000');
	expect(missing.status()).toBe(404);
	expect(await missing.text()).not.toMatch(/at .*\.js:\d+/);
});
