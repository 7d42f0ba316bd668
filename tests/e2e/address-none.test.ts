/**
 * Bielefeld ships no address index yet (no OSM extract on the project's machines): the origin
 * search says plainly that streets and addresses come once the city builds its data, in the
 * reader's language, and the stop search works as before. Arabic on a 360 px phone: the note
 * wraps inside the panel.
 */
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 360, height: 740 } });

for (const [lang, words] of [
	['de', 'Straßen und Adressen erscheinen hier, sobald Bielefeld'],
	['ar', 'ستظهر الشوارع والعناوين هنا']
] as const) {
	test(`no address index: the search says so (${lang}), stops still found`, async ({
		page,
		context
	}) => {
		await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: lang, url: 'http://127.0.0.1' }]);
		const requests: string[] = [];
		context.on('request', (r) => requests.push(r.url()));
		await page.goto('/erreichbarkeit');
		const note = page.getByTestId('address-none');
		await expect(note).toContainText(words);
		await page.getByTestId('origin-search').fill('Sennestadthaus');
		await expect(page.getByTestId('origin-hits').getByRole('button').first()).toContainText(
			'Sennestadthaus'
		);
		await expect(page.getByTestId('address-hits')).toHaveCount(0);
		const box = await note.boundingBox();
		expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
		await page.screenshot({ path: `reports/screenshots/address-none-${lang}.png` });
		expect(requests.filter((u) => u.includes('/addresses/'))).toEqual([]);
	});
}
