import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './helpers';

/**
 * Keeping data fresh (issue 15, item 5): on a Monday morning staff open the freshness list, see
 * which entries nobody has confirmed for 6 months (the demo entries were confirmed 2 to 35 weeks
 * ago), and confirm one after a phone call: it leaves the list and its page says it was checked.
 */
test('staff see overdue entries and confirm one', async ({ staffPage: page }) => {
	await page.goto('/team/aktualitaet');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Aktualität der Einträge' })
	).toBeVisible();
	const counts = await page.getByTestId('fresh-counts').textContent();
	const overdue = Number(/(\d+) überfällig/.exec(counts ?? '')?.[1]);
	expect(overdue).toBeGreaterThan(0);

	const rows = page.getByTestId('fresh-list').locator('tbody tr');
	const before = await rows.count();
	const first = rows.first();
	await expect(first).toContainText('überfällig seit');
	const link = first.getByRole('link');
	const title = (await link.textContent())!.trim();
	const href = (await link.getAttribute('href'))!;

	await first.getByRole('button', { name: /^Bestätigen/ }).click();
	await expect(page.getByRole('status')).toContainText('gilt wieder 6 Monate');
	await expect(rows).toHaveCount(before - 1);
	await expect(
		page.getByTestId('fresh-list').getByRole('link', { name: title, exact: true })
	).toHaveCount(0);
	await expect(page.getByTestId('fresh-counts')).toContainText(`${overdue - 1} überfällig`);

	const place = await page.request.get(href);
	expect(place.status()).toBe(200);

	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the freshness list is for staff only', async ({ page }) => {
	const res = await page.goto('/team/aktualitaet');
	// Signed out: sent to sign-in (the /team guard), never the list.
	await expect(page).toHaveURL(/anmelden/);
	expect(res?.status()).toBe(200);
	await expect(page.getByTestId('fresh-list')).toHaveCount(0);
});
