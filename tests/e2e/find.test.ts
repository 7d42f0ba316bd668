/**
 * Issue 13 ("find what fits") on a 360 px phone: filters with one meaning, the text when nothing
 * is found, and the small fixes of point 6.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ locale: 'de-DE', viewport: { width: 360, height: 740 } });

const number = async (page: Page, testid: string) =>
	Number((await page.getByTestId(testid).innerText()).replace(/\D/g, ''));

async function openFilters(page: Page) {
	const panel = page.getByTestId('filter-panel');
	if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
	await expect(panel).toHaveAttribute('open', '');
}

test('a vacancy filter shows vacancies only, says so, and its counts match the list', async ({
	page
}) => {
	await page.goto('/?working_time=part_time');
	await expect(page.getByTestId('narrowed')).toContainText('nur Stellenangebote');
	const total = await number(page, 'result-count');
	expect(total).toBeGreaterThan(0);
	const rows = page.getByTestId('place-list').locator('li');
	for (const text of await rows.allInnerTexts()) expect(text).toContain('Stellenangebote');
	await openFilters(page);
	// The numbers beside the choices agree with the list: part-time is what is shown, other kinds
	// would show nothing with this filter.
	expect(await number(page, 'count-wt-part_time')).toBe(total);
	expect(await number(page, 'count-kind-vacancy')).toBe(total);
	expect(await number(page, 'count-kind-employer')).toBe(0);
	await expect(page.getByTestId('vacancy-filters')).toContainText('nur Stellenangebote');

	// Without the vacancy filter the notice goes and employers come back.
	await page.goto('/?wheelchair=1');
	await expect(page.getByTestId('narrowed')).toHaveCount(0);
	await openFilters(page);
	expect(await number(page, 'count-kind-employer')).toBeGreaterThan(0);
});

test('nothing found: a search term alone does not ask for fewer filters', async ({ page }) => {
	await page.goto('/?q=xqzxqz');
	await expect(page.getByTestId('no-results')).toContainText('Nichts gefunden für „xqzxqz“');
	await expect(page.getByTestId('no-results')).not.toContainText('Filter');
	await page.goto('/?q=xqzxqz&wheelchair=1');
	await expect(page.getByTestId('no-results')).toContainText('weniger Filter');
	await page.goto('/?kinds=event&quarters=baumheide&working_time=full_time');
	await expect(page.getByTestId('no-results')).toContainText('Wählen Sie weniger Filter');
});
