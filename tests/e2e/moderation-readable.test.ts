import { expect, test } from './helpers';

/**
 * Moderation readable by a person (issue 15, item 0): the review page of an entry shows labels and
 * values in words (no database keys such as working_time or part_time), dates in the reader's
 * format, a small map with the pin in its quarter, and a history in words with people's names.
 */
test.use({ locale: 'de-DE' });

const RAW_KEYS =
	/\b(working_time|hours_per_week|german_level|childcare_friendly|suitable_for_refugees|part_time|full_time|mini_job|vacancy_details|INSERT|UPDATE)\b/;

test('staff read an entry and its history in words', async ({ staffPage: page, request }) => {
	// A published vacancy (asked as the public map asks), with its details.
	const res = await request.get('/api/places?kinds=vacancy&limit=5000');
	expect(res.status()).toBe(200);
	const { features } = (await res.json()) as { features: { id: string }[] };
	expect(features.length).toBeGreaterThan(0);
	const id = features[0].id;

	await page.goto(`/moderation/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	const details = page.getByTestId('details');
	await expect(details.getByText('Arbeitszeit', { exact: true })).toHaveCount(1);
	await expect(details).toContainText(/Vollzeit|Teilzeit|Minijob/);
	const main = (await page.locator('main').innerText()) ?? '';
	expect(main).not.toMatch(RAW_KEYS);
	// Dates as people write them (1. Jan. 2027 / 01.01.2027), never 2027-01-01.
	expect(main).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);

	const locator = page.getByTestId('locator');
	await expect(locator).toBeVisible();
	await expect(locator.locator('circle')).toHaveCount(1);
	expect(await locator.locator('path').count()).toBeGreaterThan(0);

	const audit = page.getByTestId('audit');
	await expect(audit.locator('tbody tr').first()).toBeVisible();
	expect(await audit.innerText()).not.toMatch(/\bplaces\b|[0-9a-f]{8}\b/);
});

test('a confirmation shows in the history with the staff member as a person', async ({
	staffPage: page
}) => {
	await page.goto('/team/aktualitaet');
	const first = page.getByTestId('fresh-list').locator('tbody tr').first();
	const href = (await first.getByRole('link').getAttribute('href'))!;
	await first.getByRole('button', { name: /^Bestätigen/ }).click();
	await expect(page.getByRole('status')).toBeVisible();

	await page.goto(`/moderation/${href.split('/').pop()}`);
	const row = page.getByTestId('audit').locator('tbody tr', { hasText: 'Als aktuell bestätigt' });
	await expect(row).toHaveCount(1);
	// The staff account has a name or at least its role in words, never an id prefix.
	await expect(row.locator('td').nth(1)).not.toHaveText(/^[0-9a-f]{8}/);
	await expect(row.locator('td').nth(1)).not.toBeEmpty();
});
