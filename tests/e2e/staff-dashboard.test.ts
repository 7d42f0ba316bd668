import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './helpers';

/**
 * Staff dashboard (issue 15, item 6): before writing the quarterly report to the funder, staff
 * open the overview, read the figures per quarter, and download a table as CSV.
 */
test('staff see the figures and download a table as CSV', async ({ staffPage: page }, info) => {
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
