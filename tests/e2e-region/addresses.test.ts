import { expect, test } from '@playwright/test';
import { musterstadtAddresses } from '../../scripts/data-build/testing/musterstadt';
import { isoDay, startMap } from '../e2e/helpers';
import { musterstadtAddress, musterstadtBusiness } from './business';

/**
 * The home address is searched on the device (src/lib/addresses): the region's whole index is
 * downloaded once, and no request — URL, header or body, from the page or its workers — carries
 * what was typed or where it is.
 */
test.use({ locale: 'de-DE' });

test('an address with a typo sets the origin; no request carries it', async ({ page }) => {
	const home = musterstadtAddresses().find(
		(a) => a.street === 'Lindenallee' && a.housenumber === '18'
	)!;
	// Every request of the page and of its service worker (which keeps the index for offline use):
	// none may carry the address. The index itself is downloaded once: a page request answered by
	// the worker and the worker's own fetch behind it are one download, so count the responses
	// that came from the network (the worker's, and the page's not answered by the worker).
	const requests: string[] = [];
	page
		.context()
		.on('request', (r) =>
			requests.push(
				`${r.method()} ${r.url()}\n${JSON.stringify(r.headers())}\n${r.postData() ?? ''}`
			)
		);
	const downloads: string[] = [];
	const encodings: string[] = [];
	page.context().on('response', (r) => {
		if (!r.url().includes('/addresses/addresses.v1.bin')) return;
		if (!r.request().serviceWorker() && r.fromServiceWorker()) return;
		downloads.push(r.url());
		encodings.push(r.headers()['content-encoding'] ?? 'none');
	});
	await page.goto('/erreichbarkeit');
	// on a phone the map starts when asked (a static preview stands in until then)
	await startMap(page);
	await expect(page.getByTestId('address-none')).toHaveCount(0);
	await page.getByTestId('origin-search').fill('lindenalle 18');
	const first = page.getByTestId('address-hits').getByRole('button').first();
	await expect(first).toContainText('Lindenallee 18');
	await expect(first).toContainText('50200');
	await expect(first).toContainText('Altstadt');
	await page.screenshot({ path: 'reports/screenshots/musterstadt-address-hits.png' });
	await first.click();
	await expect(page.getByTestId('origin-status')).toContainText('Lindenallee 18');
	// The origin is the address's place, in the fragment only.
	const von = /#.*von=([\d.]+),([\d.]+)/.exec(page.url());
	expect(von, page.url()).not.toBeNull();
	expect(Math.abs(Number(von![1]) - home.lat)).toBeLessThan(2e-5);
	expect(Math.abs(Number(von![2]) - home.lon)).toBeLessThan(2e-5);
	// Travel times from there are computed (on the device, as before).
	await page.getByRole('radio', { name: 'Bus & Stadtbahn' }).check();
	await expect(page.getByTestId('reach-description').locator('li')).toHaveCount(4);
	// A second search with Enter, another spelling.
	await page.getByTestId('origin-search').fill('Hafenstr. 28');
	await expect(page.getByTestId('address-hits').getByRole('button').first()).toContainText(
		'Hafenstraße 28'
	);
	await page.getByTestId('origin-search').press('Enter');
	await expect(page.getByTestId('origin-status')).toContainText('Hafenstraße 28');
	await page.waitForTimeout(500);

	expect(downloads).toHaveLength(1);
	// sent compressed (the pipeline writes .br and .gz beside the file)
	expect(encodings).toEqual([expect.stringMatching(/^(br|gzip)$/)]);
	const hafen = musterstadtAddresses().find(
		(a) => a.street === 'Hafenstraße' && a.housenumber === '28'
	)!;
	const secrets = [
		'lindenalle',
		'Lindenallee',
		'Lindenallee%2018',
		'Hafenstr',
		'Hafenstra%C3%9Fe',
		...[home, hafen].flatMap((a) => [a.lat.toFixed(4), a.lon.toFixed(4)])
	];
	const leaks = requests.filter((r) =>
		secrets.some((s) => r.toLowerCase().includes(s.toLowerCase()))
	);
	expect(leaks).toEqual([]);
});

test('a business pin follows a typed address; a pin far from the address warns', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const { context, orgId, run } = await musterstadtBusiness(browser, baseURL!, 'address');
	const page = await context.newPage();
	const linden = musterstadtAddress('Lindenallee', '18');
	const hafen = musterstadtAddress('Hafenstraße', '28');
	await page.goto(`/betrieb/eintrag/neu?typ=space&org=${orgId}`);
	await page.locator('input[name="title"]').fill(`Schaufenster ${run}`);
	await page.locator('select[name="space_type"]').selectOption('shop');
	await page.locator('input[name="area_m2"]').fill('20');
	await page.locator('input[name="valid_through"]').fill(isoDay(60));
	const lat = page.locator('input[name="lat"]');
	const lon = page.locator('input[name="lon"]');
	const pinAt = async () => ({
		lat: Number(await lat.inputValue()),
		lon: Number(await lon.inputValue())
	});
	// The index keeps coordinates in 1e-5° steps.
	const near = (p: { lat: number; lon: number }, a: { lat: number; lon: number }) =>
		Math.abs(p.lat - a.lat) < 1.1e-5 && Math.abs(p.lon - a.lon) < 1.1e-5;
	const far = page.getByTestId('pin-address-far');
	// The address comes from the organisation (Lindenallee 18): the empty pin goes there.
	await expect(page.locator('input[name="address"]')).toHaveValue('Lindenallee 18');
	await expect.poll(async () => near(await pinAt(), linden), { timeout: 20_000 }).toBe(true);
	// A typed address (another spelling): the pin follows it, no warning.
	await page.locator('input[name="address"]').fill('Hafenstr. 28');
	await expect.poll(async () => near(await pinAt(), hafen), { timeout: 20_000 }).toBe(true);
	await expect(page.getByTestId('pin-status')).toContainText('Stecknadel gesetzt: 61.');
	await expect(far).toHaveCount(0);
	// The pin set by hand about 50 m away: close enough, no warning.
	await page.locator('details').filter({ has: lat }).locator('summary').click();
	await lat.fill(String(hafen.lat + 0.00045));
	await page.waitForTimeout(800);
	await expect(far).toHaveCount(0);
	// About 560 m away: the note names the distance and the address.
	await lat.fill(String(hafen.lat + 0.005));
	await expect(far).toBeVisible();
	const metres = Number(/(\d+) m von „Hafenstraße 28“/.exec((await far.innerText()) ?? '')?.[1]);
	expect(metres).toBeGreaterThan(500);
	expect(metres).toBeLessThan(620);
	// A pin placed by hand stays when the address changes; the note follows the new address.
	await page.locator('input[name="address"]').fill('Lindenallee 18');
	await expect(far).toContainText('„Lindenallee 18“');
	expect(near(await pinAt(), { lat: hafen.lat + 0.005, lon: hafen.lon })).toBe(true);
	await page.screenshot({ path: 'reports/screenshots/musterstadt-pin-address-far.png' });
	// Its button moves the pin to the address; the note goes.
	await far.getByRole('button', { name: 'Stecknadel an die Adresse setzen' }).click();
	await expect.poll(async () => near(await pinAt(), linden)).toBe(true);
	await expect(far).toHaveCount(0);
	// Stored where the address is.
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	await expect(page.getByTestId('entry-status')).toHaveText('Wird geprüft');
	expect(near(await pinAt(), linden)).toBe(true);
	await context.close();
});
