import { expect, test } from '@playwright/test';
import { musterstadtAddresses } from '../../scripts/data-build/testing/musterstadt';

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
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
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
