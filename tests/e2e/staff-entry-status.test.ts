import { request as newRequest, type APIRequestContext } from '@playwright/test';
import {
	businessWithOrganisation,
	expect,
	isoDay,
	run,
	signInRequest,
	staffEmail,
	staffPassword,
	test
} from './helpers';

/**
 * Staff choose what a save does (issue 15, item 0): editing a business's entry that waits for
 * review, "Speichern" keeps it waiting (still in /moderation, not on the map), and only
 * "Speichern und veröffentlichen" publishes it — recorded as an approval, with the business told
 * by mail as after an approval in /moderation. On a 360 px phone, in German. The business then
 * renews it in Arabic: the notice and the history give the new end in Arabic, not German
 * (issue 15, review: the renewal notice's date was German in every language); staff read the
 * same history line in German.
 */
test.use({ locale: 'de-DE', viewport: { width: 360, height: 740 } });

let business: APIRequestContext;
let orgId: string;
const email = `status-${run}@example.test`;

test.beforeAll(async ({ baseURL }) => {
	// Form posts from outside a page need the origin (SvelteKit's CSRF check).
	const headers = { origin: new URL(baseURL!).origin, accept: 'text/html' };
	const staff = await newRequest.newContext({ baseURL, extraHTTPHeaders: headers });
	business = await newRequest.newContext({ baseURL, extraHTTPHeaders: headers });
	await signInRequest(staff, staffEmail, staffPassword);
	orgId = await businessWithOrganisation(business, staff, {
		email,
		displayName: 'Status GmbH',
		password: 'status-passwort-12345',
		organisation: `Statusladen ${run}`
	});
	await staff.dispose();
});

test.afterAll(async () => {
	await business?.dispose();
});

test('staff save a pending entry without publishing it, then publish it', async ({
	browser,
	baseURL,
	request,
	staffPage: page
}) => {
	test.setTimeout(120_000);
	const title = `Laden am Markt ${run}`;
	// The business submits a space for review.
	const ctx = await browser.newContext({
		baseURL,
		locale: 'de-DE',
		storageState: await business.storageState()
	});
	const biz = await ctx.newPage();
	await biz.goto(`/betrieb/eintrag/neu?typ=space&org=${orgId}`);
	await biz.getByLabel('Titel', { exact: true }).fill(title);
	await biz.getByLabel('Art', { exact: true }).selectOption('shop');
	await biz.getByLabel('Fläche (m²)').fill('45');
	await biz.getByLabel('Sichtbar bis').fill(isoDay(60));
	await biz.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	await expect(biz.getByTestId('entry-status')).toHaveText('Wird geprüft');
	const id = /eintrag\/([0-9a-f-]{36})/.exec(biz.url())![1];
	await ctx.close();

	// (`request` asks as the public does: staff's own session would see the entry.)
	// Staff correct the area and only save: it stays in review, off the map.
	await page.goto(`/team/eintraege/${id}`);
	await expect(page.getByTestId('entry-status')).toHaveText('Wird geprüft');
	await page.getByLabel('Fläche (m²)').fill('54');
	await page.getByRole('button', { name: 'Speichern (bleibt: Wird geprüft)' }).click();
	await expect(page.getByTestId('notice')).toHaveText(
		'Gespeichert. Der Status ist geblieben: Wird geprüft.'
	);
	await expect(page.getByTestId('entry-status')).toHaveText('Wird geprüft');
	await expect(page.getByLabel('Fläche (m²)')).toHaveValue('54');
	expect((await request.get(`/ort/${id}`)).status()).toBe(404);
	await page.goto('/moderation');
	await expect(page.getByRole('link', { name: title })).toBeVisible();

	// Now publish it: on the map, out of the queue, approved by staff, the business told.
	await page.goto(`/team/eintraege/${id}`);
	await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
	await expect(page.getByTestId('notice')).toHaveText(
		'Veröffentlicht. Der Eintrag ist auf der Karte.'
	);
	await expect(page.getByTestId('entry-status')).toHaveText('Veröffentlicht');
	expect((await request.get(`/ort/${id}`)).status()).toBe(200);
	// A published entry has one button: its changes stay published.
	await expect(page.getByRole('button', { name: 'Speichern und veröffentlichen' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Änderungen speichern' })).toBeVisible();
	await page.goto('/moderation');
	await expect(page.getByRole('link', { name: title })).toHaveCount(0);
	await page.goto('/team/postausgang');
	await expect(
		page.locator(`[data-testid="mail"][data-to="${email}"][data-kind="entry_approved"]`)
	).toHaveCount(1);

	// The business renews it in Arabic.
	const arCtx = await browser.newContext({
		baseURL,
		locale: 'ar',
		viewport: { width: 360, height: 740 },
		storageState: await business.storageState()
	});
	await arCtx.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'ar', url: baseURL! }]);
	const ar = await arCtx.newPage();
	await ar.goto(`/betrieb/eintrag/${id}`);
	await ar.getByRole('button', { name: 'تمديد 60 يومًا' }).click();
	const until = isoDay(60);
	const [y, mo, d] = until.split('-');
	const arDate = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(
		new Date(`${until}T12:00:00Z`)
	);
	await expect(ar.getByTestId('notice')).toHaveText(`تم التمديد حتى ${arDate}.`);
	await expect(ar.getByTestId('notice')).not.toContainText(`${d}.${mo}.${y}`);
	await ar.getByText('سجل المراجعة').click();
	const line = ar.getByTestId('moderation-comment').first();
	await expect(line).toContainText('صالح حتى');
	await expect(line).not.toContainText('gültig');
	await expect(line).not.toContainText(`${d}.${mo}.${y}`);
	await arCtx.close();

	// Staff read the same line in German.
	await page.goto(`/team/eintraege/${id}`);
	await page.getByText('Verlauf der Prüfung').click();
	await expect(page.getByText(`gültig bis ${d}.${mo}.${y}`)).toBeVisible();
});

test('a new entry saved without publishing stays a draft only staff see', async ({
	request,
	staffPage: page
}) => {
	const title = `Offener Treff Entwurf ${run}`;
	await page.goto('/team/eintraege/neu?typ=public_space');
	await page.getByLabel('Titel', { exact: true }).fill(title);
	await page.getByLabel('Haltestelle oder Adresse').fill('Sennestadt Alsterweg');
	await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
	await expect(page.getByTestId('notice')).toHaveText(
		'Gespeichert. Der Status ist geblieben: Entwurf.'
	);
	await expect(page.getByTestId('entry-status')).toHaveText('Entwurf');
	const id = /eintraege\/([0-9a-f-]{36})/.exec(page.url())![1];
	expect((await request.get(`/ort/${id}`)).status()).toBe(404);
});
