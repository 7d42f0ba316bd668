/**
 * The map's filters on the coach's list (issue 12, point 5 "Filters of the map apply"), on a
 * phone, signed in as staff: the map's own filter panel on /beratung narrows the ranked list (of
 * the demo seed's two "Kassierer/in", the full-time one at Markt & Mehr goes with "Teilzeit", the
 * part-time one at Frischemarkt Sieker stays), the URL takes the map's query (`?working_time=part_time`), the profile
 * link carries it beside the profile in the fragment, and opened in a new browser context the list
 * is narrowed the same way. No request carries the home.
 */
import type { Page, Request } from '@playwright/test';
import { coachClient, expect, test } from './helpers';

test.use({ locale: 'de-DE' });

/** "Sennestadt Sennestadthaus": 51.94562, 8.58588. */
const NEEDLES = ['51.9456', '8.5858'];

/** The demo seed's two cashiers: part-time at Frischemarkt Sieker, full-time at Markt & Mehr. */
function cashier(page: Page, org: 'Frischemarkt Sieker' | 'Markt & Mehr Sennestadt') {
	return page
		.getByTestId('coach-row')
		.filter({ has: page.getByRole('heading', { level: 3, name: 'Kassierer/in', exact: true }) })
		.filter({ hasText: org });
}

async function noHomeIn(requests: Request[]) {
	expect(requests.length).toBeGreaterThan(0);
	for (const r of requests) {
		const text = `${decodeURIComponent(r.url())}\n${JSON.stringify(await r.allHeaders())}\n${r.postData() ?? ''}`;
		for (const n of NEEDLES) expect(text, `${r.method()} ${r.url()}`).not.toContain(n);
	}
}

test('coach: the map filters narrow the list and survive the profile link', async ({
	staffPage: page,
	browser,
	baseURL,
	staffState
}) => {
	test.setTimeout(180_000);
	const requests: Request[] = [];
	page.context().on('request', (r) => requests.push(r));

	const profile = await coachClient(page, 'Klientin Esche');
	await profile.getByTestId('coach-rank').click();
	const rows = profile.getByTestId('coach-row');
	await expect(rows.first()).toBeVisible({ timeout: 60_000 });
	await expect(cashier(page, 'Markt & Mehr Sennestadt')).toHaveCount(1);
	await expect(cashier(page, 'Frischemarkt Sieker')).toHaveCount(1);
	const all = await rows.count();
	await expect(page.getByTestId('coach-filter-note')).toHaveCount(0);

	// The map's filter panel: "Teilzeit" under working time (the map's own choice and URL)
	const filters = page.getByTestId('coach-filters');
	await filters.getByTestId('filter-panel').locator('summary').click();
	await filters.locator('input[name="working_time"][value="part_time"]').check();
	await expect(page).toHaveURL(/\/beratung\?working_time=part_time$/);
	await expect(filters.getByTestId('active-filters')).toHaveText('aktiv: 1');
	// the list on show is worked out again for the narrower offers
	await expect(cashier(page, 'Markt & Mehr Sennestadt')).toHaveCount(0, {
		timeout: 60_000
	});
	await expect(cashier(page, 'Frischemarkt Sieker')).toHaveCount(1);
	const narrowed = await rows.count();
	expect(narrowed).toBeGreaterThan(0);
	expect(narrowed).toBeLessThan(all);
	await expect(page.getByTestId('coach-filter-note')).toHaveText(
		`Es gelten die Filter der Karte: ${narrowed} Angebote passen dazu. Der Link zum Profil nimmt sie mit.`
	);
	await expect(profile.getByRole('status').filter({ hasText: 'die besten zuerst' })).toHaveText(
		`${narrowed} Angebote, die besten zuerst`
	);

	// The profile link: the filters in the query, the profile (and her home) in the fragment only
	await page.getByTestId('coach-link-make').click();
	const link = await page.getByTestId('coach-profile-link').inputValue();
	expect(link).toMatch(
		/^http:\/\/[^/]+\/beratung\?working_time=part_time#v=2&n=Klientin\+Esche&h=51\.94562,8\.58588&/
	);
	await noHomeIn(requests);

	// Opened in a new browser context (another coach's device): the same narrowed list
	const other = await browser.newContext({ baseURL, locale: 'de-DE', storageState: staffState });
	const otherRequests: Request[] = [];
	other.on('request', (r) => otherRequests.push(r));
	const phone = await other.newPage();
	await phone.goto(link);
	await expect(phone.getByTestId('coach-link-taken').getByRole('status')).toContainText(
		'Klientin Esche'
	);
	await expect(phone).toHaveURL(/\/beratung\?working_time=part_time$/);
	const theirs = phone.getByTestId('coach-filters');
	await expect(theirs.getByTestId('active-filters')).toHaveText('aktiv: 1');
	await theirs.getByTestId('filter-panel').locator('summary').click();
	await expect(theirs.locator('input[name="working_time"][value="part_time"]')).toBeChecked();
	await phone.getByTestId('coach-profile').getByTestId('coach-rank').click();
	const theirRows = phone.getByTestId('coach-profile').getByTestId('coach-row');
	await expect(theirRows.first()).toBeVisible({ timeout: 60_000 });
	await expect(theirRows).toHaveCount(narrowed);
	await expect(cashier(phone, 'Markt & Mehr Sennestadt')).toHaveCount(0);
	await expect(cashier(phone, 'Frischemarkt Sieker')).toHaveCount(1);
	await noHomeIn(otherRequests);

	// Reset: the whole list again, still on /beratung
	await filters.getByRole('link', { name: 'Alle Filter löschen' }).click();
	await expect(page).toHaveURL(/\/beratung$/);
	await expect(cashier(page, 'Markt & Mehr Sennestadt')).toHaveCount(1, {
		timeout: 60_000
	});
	await expect(rows).toHaveCount(all);
	await other.close();
});
