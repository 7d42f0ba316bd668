import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './helpers';

/**
 * Staff dashboard (issue 15, item 6): before writing the quarterly report to the funder, staff
 * open the overview, read the figures per quarter, and download a table as CSV.
 */
test('staff see the figures and download a table as CSV @layout', async ({
	staffPage: page
}, info) => {
	if (info.project.name === 'phone') await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('/team');
	await page.getByRole('link', { name: 'Übersicht', exact: true }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Übersicht für Berichte' })
	).toBeVisible();

	const quarters = page.getByTestId('dash-quarters');
	await expect(quarters.locator('tbody tr')).toHaveCount(4);
	const total = Number(await quarters.locator('tfoot td').last().textContent());
	expect(total).toBeGreaterThan(0);
	await expect(page.getByTestId('dash-queue')).toBeVisible();
	await expect(page.getByTestId('dash-stale')).toContainText('veröffentlichte Einträge');

	const download = page.waitForEvent('download');
	await page
		.getByRole('link', { name: /^CSV herunterladen: Veröffentlichte Einträge nach/ })
		.click();
	const file = await (await download).path();
	const lines = readFileSync(file, 'utf8')
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toBe('quarter_id;quarter_name;kind;n;licence');
	const sum = lines.slice(1).reduce((s, l) => s + Number(l.split(';')[3]), 0);
	expect(sum).toBe(total);
	expect(lines[1]).toContain('Datenlizenz Deutschland');

	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the dashboard and its CSV are for staff only', async ({ page }) => {
	await page.goto('/team/uebersicht');
	await expect(page).toHaveURL(/anmelden/);
	const res = await page.request.get('/team/uebersicht/csv/quarters', { maxRedirects: 0 });
	expect(res.status()).not.toBe(200);
});

/**
 * The accessibility picture: staff start the computation (in the browser's reach worker), watch
 * it finish, see the heat map with its legend and the chart per quarter, and download the cells.
 */
test('staff compute the accessibility picture and download it @layout', async ({
	staffPage: page
}, info) => {
	test.setTimeout(120_000);
	if (info.project.name === 'phone') await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('/team/uebersicht');
	const intro = await page.getByText(/Für jede der \d+ Rasterzellen/).textContent();
	const cells = Number(/jede der (\d+) Rasterzellen/.exec(intro ?? '')?.[1]);
	expect(cells).toBeGreaterThan(20);

	await page.getByRole('button', { name: 'Erreichbarkeit berechnen' }).click();
	await expect(page.getByTestId('access-status')).toContainText(`Fertig: ${cells} Zellen`, {
		timeout: 90_000
	});
	await expect(page.getByText('Demo-Fahrplan bzw. Luftlinie')).toBeVisible();
	const legend = page.getByTestId('heat-legend');
	await expect(legend).toContainText('Erreichbare Stellen in 30 Minuten');
	await expect(legend.locator('li')).not.toHaveCount(0);
	await expect(page.getByTestId('access-chart')).toBeVisible();
	const stats = page.getByTestId('access-stats').locator('tbody tr');
	await expect(stats).toHaveCount(3);
	// The map draws the cells.
	await expect
		.poll(
			async () => Number(await page.getByTestId('map').last().getAttribute('data-rendered-heat')),
			{
				timeout: 30_000
			}
		)
		.toBeGreaterThan(0);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Zellen als CSV herunterladen' }).click();
	const file = await (await download).path();
	const lines = readFileSync(file, 'utf8')
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toBe('cell_id;quarter;lon;lat;vacancies_30min;licence');
	expect(lines).toHaveLength(cells + 1);
	const counts = lines.slice(1).map((l) => Number(l.split(';')[4]));
	expect(counts.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
	expect(Math.max(...counts)).toBeGreaterThan(0);
	expect(lines[1]).toContain('Demo-Fahrplan');
	expect(lines[1]).toContain('Datenlizenz Deutschland');
	// The cells' sums per quarter match the table's cell counts.
	const perQuarter = new Map<string, number>();
	for (const l of lines.slice(1))
		perQuarter.set(l.split(';')[1], (perQuarter.get(l.split(';')[1]) ?? 0) + 1);
	expect(perQuarter.size).toBe(3);

	const png = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Karte und Diagramm als PNG herunterladen' }).click();
	const pngBytes = readFileSync(await (await png).path());
	expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');

	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});
