/**
 * The reachability view on a small phone: a filter from the map, the origin from a stop search,
 * Bus & Stadtbahn arriving by 8:00, bands on the map and in words, the list sorted by minutes, the
 * Demo-Fahrplan banner, the minutes on a place page — and the origin never in a request or in the
 * query string. Screenshots go to reports/screenshots/reach-*.png.
 */
import type { Page, Request } from '@playwright/test';
import { bandLevelsAlongRays, decodePng, expect, startMap, test } from './helpers';

// The service worker on (playwright.config.ts blocks it): its requests are checked too.
test.use({ locale: 'de-DE', viewport: { width: 360, height: 740 }, serviceWorkers: 'allow' });

/** "Sennestadt Sennestadthaus" in regions/bielefeld/static/data/stops.geojson: 51.94562, 8.58588. */
const ORIGIN = { lat: '51.94562', lon: '8.58588' };
/** Any rendering of the origin a request might carry (rounded, truncated, swapped). */
const NEEDLES = ['51.9456', '51.945', '51.946', '8.5858', '8.585', '8.586'];

const shot = (page: Page, name: string) =>
	page.screenshot({ path: `reports/screenshots/reach-${name}.png` });

function leaks(requests: Request[]) {
	return requests.flatMap((r) => {
		const text = `${decodeURIComponent(r.url())}\n${r.postData() ?? ''}`;
		return NEEDLES.filter((n) => text.includes(n)).map((n) => `${n} in ${r.method()} ${r.url()}`);
	});
}

async function minutesOfRows(page: Page) {
	return page
		.getByTestId('reach-list')
		.locator('li')
		.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.minutes ?? ''));
}

test('reachability: stop search, bus arriving by 8:00, bands, sorted list, nothing sent', async ({
	page,
	context
}) => {
	const requests: Request[] = [];
	// Context-wide: the page, its reachability worker and the service worker.
	context.on('request', (r) => requests.push(r));

	await page.goto('/erreichbarkeit?kinds=vacancy&working_time=part_time');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Was erreiche ich ohne Auto?');
	// The demo timetable and the straight-line model are said on screen.
	const banner = page.getByTestId('reach-banner');
	await expect(banner).toContainText('Demo-Fahrplan');
	await expect(banner).toContainText('Luftlinie × 1,3');
	await expect(banner).toContainText('Keine echten Fahrzeiten');
	await expect(page.getByText(/Es gelten die Filter der Karte/)).toBeVisible();
	const filtered = Number(
		(await page.getByText(/Es gelten die Filter der Karte/).innerText()).replace(/\D/g, '')
	);
	expect(filtered).toBeGreaterThan(0);
	await startMap(page);
	await shot(page, 'start');

	// The origin by searching a stop (on the device: no request for the search either).
	await page.getByTestId('origin-search').fill('Sennestadthaus');
	await page
		.getByTestId('origin-hits')
		.getByRole('button', { name: /Sennestadt Sennestadthaus/ })
		.click();
	await expect(page.getByTestId('origin-status')).toContainText('Sennestadt Sennestadthaus');

	await page.getByRole('radio', { name: 'Bus & Stadtbahn' }).check();
	// The figures name the transit model they follow (the manifest's, in the reader's language).
	await expect(page.getByTestId('reach-model')).toContainText(
		'höchstens 8 Fahrzeuge je Weg, 0 s Puffer vor dem ersten und 60 s vor jedem weiteren Einstieg'
	);
	await expect(page.getByTestId('reach-model')).toContainText('bis 400 m (Luftlinie × 1,3)');
	await page.getByRole('radio', { name: 'Ankunft bis' }).check();
	await page.getByTestId('reach-clock').fill('08:00');
	await expect(page.getByText(/wie lange vor 08:00 Uhr/)).toBeVisible();

	// The bands in words: one sentence per band, 10 to 45 minutes.
	const words = page.getByTestId('reach-description').locator('li');
	await expect(words).toHaveCount(4);
	await expect(words.first()).toContainText('Bis 10 Min. erreichbar – Orte:');
	await expect(words.last()).toContainText('Bis 45 Min. erreichbar');
	await expect(words.last()).toContainText(/reicht etwa \d+,\d km weit/);
	// …and drawn on the map.
	await expect(page.getByTestId('map')).toHaveAttribute('data-rendered-bands', /10.*45|45/, {
		timeout: 20_000
	});

	// The list: every filtered place, sorted by minutes ascending, minutes on each row.
	const rows = page.getByTestId('reach-list').locator('li');
	await expect(rows).toHaveCount(Math.min(filtered, 50));
	const mins = await minutesOfRows(page);
	const reached = mins.filter((v) => v !== '').map(Number);
	expect(reached.length).toBeGreaterThan(0);
	expect(reached).toEqual([...reached].sort((a, b) => a - b));
	// Unreachable places (if any) come after all reachable ones.
	expect(mins.slice(0, reached.length).every((v) => v !== '')).toBe(true);
	await expect(rows.first().locator('.min')).toHaveText(`${reached[0]} Min.`);
	await expect(rows.first()).toContainText('Stellenangebote');

	// The origin is in the fragment only.
	const url = new URL(page.url());
	expect(url.hash).toBe(`#von=${ORIGIN.lat},${ORIGIN.lon}`);
	// The query: the filters, then the view's settings (the link is the plan), never the origin.
	expect(url.search).toMatch(/^\?kinds=vacancy&working_time=part_time&mode=transit&/);
	expect(url.searchParams.get('time')).toBe('arrive');
	expect(url.searchParams.get('at')).toBe('08:00');
	for (const n of NEEDLES) expect(url.search).not.toContain(n);

	await page.locator('.map-area').scrollIntoViewIfNeeded();
	await shot(page, 'bands');
	await page.getByRole('heading', { name: 'In Worten' }).scrollIntoViewIfNeeded();
	await shot(page, 'words');
	await page.getByRole('heading', { name: 'Orte nach Fahrzeit' }).scrollIntoViewIfNeeded();
	await shot(page, 'list');
	// Grey-scale: the bands must stay distinguishable without colour (a lightness ramp, darker
	// towards the origin). Measured on the map as the browser draws it in grey: going out from the
	// origin, at least three levels, each lighter than the one before by 15 of 255 or more.
	await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
	await page.getByTestId('reach-description').scrollIntoViewIfNeeded();
	await page.locator('.sheet').evaluate((el) => (el.scrollTop = 0));
	await shot(page, 'greyscale');
	const grey = decodePng(
		await page.getByTestId('map').screenshot({
			scale: 'css',
			path: 'reports/screenshots/reach-greyscale-map.png'
		})
	);
	const { origin, rays } = bandLevelsAlongRays(grey, 32);
	expect(origin, 'the origin marker is on the map').not.toBeNull();
	const readable = rays.filter(([a, b, c]) => c !== undefined && a + 15 <= b && b + 15 <= c);
	expect(
		readable.length,
		`rays from the origin that cross three ever lighter grey levels: ${JSON.stringify(rays.map((r) => r.map(Math.round)))}`
	).toBeGreaterThanOrEqual(rays.length * 0.4);

	// A reload keeps the origin (fragment + this device's storage) and recomputes.
	await page.reload();
	await expect(page.getByTestId('origin-status')).toContainText('Sennestadt Sennestadthaus');
	await expect(page.getByTestId('reach-description').locator('li')).toHaveCount(4);

	// The place page shows the minutes, read from localStorage.
	const firstMinutes = Number((await minutesOfRows(page))[0]);
	await page.getByTestId('reach-list').locator('li a').first().click();
	await expect(page.getByTestId('place-reach')).toContainText(
		`${firstMinutes} Min. von Ihrem Startpunkt`
	);
	await expect(page.getByTestId('place-reach')).toContainText('Bus & Stadtbahn');
	await shot(page, 'place');

	expect(requests.length).toBeGreaterThan(5);
	expect(
		requests.some((r) => r.url().endsWith('/reach/transit.v1.bin')),
		'the worker loaded the timetable'
	).toBe(true);
	expect(leaks(requests)).toEqual([]);
});

test('reachability: walking speed shown and adjustable, map tap sets the origin', async ({
	page,
	context
}) => {
	const requests: Request[] = [];
	context.on('request', (r) => requests.push(r));
	await page.goto('/erreichbarkeit');
	await startMap(page);
	await page.getByRole('radio', { name: 'Zu Fuß' }).check();
	const speed = page.getByTestId('speed-walk');
	await expect(speed).toHaveValue('4.5');
	await expect(page.getByText('Gehtempo: 4,5 km/h')).toBeVisible();

	// Tap the middle of the map: the origin is set there (and lands in the fragment only).
	// A tap on a place selects it instead, and other tests may have added places (a business's
	// pin at the map centre): try a few spots until one is free of places.
	const box = (await page.getByTestId('map').boundingBox())!;
	const status = page.getByTestId('origin-status');
	for (const [fx, fy] of [
		[0.5, 0.5],
		[0.3, 0.7],
		[0.7, 0.3],
		[0.25, 0.25],
		[0.75, 0.75]
	]) {
		await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
		try {
			await expect(status).toContainText('Punkt auf der Karte', { timeout: 3_000 });
			break;
		} catch {
			// a place was under this spot; the next one
		}
	}
	await expect(status).toContainText('Punkt auf der Karte');
	await expect(page).toHaveURL(/#von=\d+\.\d{5},\d+\.\d{5}$/);
	const words = page.getByTestId('reach-description').locator('li');
	await expect(words).toHaveCount(4);
	const tenAt45 = await words.first().innerText();

	// Slower walking (e.g. with a stroller): the 10-minute area shrinks.
	await speed.fill('2.5');
	await expect(page.getByText('Gehtempo: 2,5 km/h')).toBeVisible();
	await expect(words.first()).not.toHaveText(tenAt45);
	const km = (s: string) => Number(/etwa (\d+,\d) km/.exec(s)?.[1].replace(',', '.') ?? NaN);
	expect(km(await words.first().innerText())).toBeLessThan(km(tenAt45));

	const hash = new URL(page.url()).hash;
	const [lat, lon] = hash.replace('#von=', '').split(',');
	for (const r of requests) {
		const text = `${r.url()}\n${r.postData() ?? ''}`;
		expect(text).not.toContain(lat.slice(0, 6));
		expect(text).not.toContain(lon.slice(0, 5));
	}
});
