import { expect, staffEmail, staffPassword, test } from './helpers';

test.use({ locale: 'de-DE' });

/**
 * Issue 9, items 4 and 11 against the production build: no redirect parameter leads off the site
 * (and none answers 500), and every page and API answer forbids framing, leaks no path to other
 * sites and is never sniffed as another type.
 */
const redirectProbes = [
	'/%09/evil.example/',
	'/%0d/evil.example/',
	'/%0a/evil.example/',
	'/%0d%0aSet-Cookie:%20x=1',
	'//evil.example/',
	'/%5Cevil.example/',
	'%2F%2Fevil.example',
	'/%252F/evil.example',
	'https://evil.example/',
	'/%00/evil.example',
	'/%E2%80%A8/evil.example',
	'/ort/%E2%82%AC'
];

for (const probe of redirectProbes) {
	test(`/sprache?back=${probe} stays on the site`, async ({ request, baseURL }) => {
		const res = await request.get(`/sprache?lang=en&back=${probe}`, { maxRedirects: 0 });
		expect(res.status()).toBe(303);
		const target = new URL(res.headers()['location'], baseURL);
		expect(target.origin).toBe(new URL(baseURL!).origin);
		expect(res.headers()['set-cookie'] ?? '').not.toMatch(/(^|\n)x=1/);
	});
}

test('signed in, /anmelden?weiter= stays on the site for every probe', async ({
	page,
	baseURL
}) => {
	await page.goto('/anmelden?weiter=/%09/evil.example/');
	await page.getByLabel('E-Mail-Adresse').first().fill(staffEmail);
	await page.locator('input[name="password"]').fill(staffPassword);
	await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
	// The refused target falls back to the staff home page.
	await expect(page).toHaveURL(/\/moderation/);
	for (const probe of redirectProbes) {
		const res = await page.request.get(`/anmelden?weiter=${probe}`, { maxRedirects: 0 });
		expect(res.status(), probe).toBe(303);
		const target = new URL(res.headers()['location'], baseURL);
		expect(target.origin, probe).toBe(new URL(baseURL!).origin);
	}
});

const headerTargets = [
	'/',
	'/anmelden',
	'/registrieren',
	'/daten',
	'/api/places',
	'/api/places?format=csv',
	'/healthz',
	'/nicht-da',
	'/api/places?bbox=9,52,8,51'
];

for (const path of headerTargets) {
	test(`security headers on ${path}`, async ({ request }) => {
		const res = await request.get(path, { maxRedirects: 0 });
		const h = res.headers();
		expect(h['x-frame-options']).toBe('DENY');
		expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(h['x-content-type-options']).toBe('nosniff');
	});
}

test('a page keeps its own CSP and adds frame-ancestors to it', async ({ request }) => {
	const csp = (await request.get('/anmelden')).headers()['content-security-policy'];
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("frame-ancestors 'none'");
});
