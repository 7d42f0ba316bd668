import { request as newRequest, type APIRequestContext, type Browser } from '@playwright/test';
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
 * Photos and the request limit (issue 9, item 9), without JavaScript, on `node build` started with
 * no BODY_SIZE_LIMIT (playwright.config.ts sets none): a photo of almost the promised 2 MB is
 * accepted, and a 20 MB photo brings the form back with everything typed and a message next to the
 * photo field, never a bare "413" page. Before the build had its own default, adapter-node's 512 kB
 * answered both with "413".
 */
test.use({ locale: 'de-DE' });
test.describe.configure({ mode: 'serial' });

/** A PNG header that the server accepts, padded to `bytes`. */
function png(bytes: number) {
	const b = Buffer.alloc(bytes);
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(b);
	b.write('IHDR', 12, 'latin1');
	b.writeUInt32BE(640, 16);
	b.writeUInt32BE(480, 20);
	return b;
}

let business: APIRequestContext;
let orgId = '';

test.beforeAll(async ({ baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const headers = { origin, accept: 'text/html' };
	const staff = await newRequest.newContext({ baseURL, extraHTTPHeaders: headers });
	business = await newRequest.newContext({ baseURL, extraHTTPHeaders: headers });
	await signInRequest(staff, staffEmail, staffPassword);
	orgId = await businessWithOrganisation(business, staff, {
		email: `fotos-${run}@example.test`,
		displayName: 'Foto GmbH',
		password: 'foto-passwort-12345',
		organisation: `Fotoladen ${run}`
	});
	await staff.dispose();
});

test.afterAll(async () => {
	await business?.dispose();
});

/** A page of the business without JavaScript. */
async function noJsPage(browser: Browser) {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		locale: 'de-DE',
		storageState: await business.storageState()
	});
	return context.newPage();
}

async function fillSpace(page: Awaited<ReturnType<typeof noJsPage>>, title: string) {
	await page.goto(`/betrieb/eintrag/neu?typ=space&org=${orgId}`);
	await page.getByLabel('Titel', { exact: true }).fill(title);
	await page
		.getByLabel('Beschreibung', { exact: true })
		.fill('Ladenlokal mit großem Fenster, 30 m².');
	await page.getByLabel('Art', { exact: true }).selectOption('shop');
	await page.getByLabel('Fläche (m²)').fill('30');
	await page.getByLabel('Sichtbar bis').fill(isoDay(30));
}

test('a photo of almost 2 MB is accepted without JavaScript on node build', async ({ browser }) => {
	const page = await noJsPage(browser);
	const title = `Fotoladen fast 2 MB ${run}`;
	await fillSpace(page, title);
	const bytes = 2 * 1024 * 1024 - 4096;
	await page.getByLabel(/^Fotos/).setInputFiles({
		name: 'laden.png',
		mimeType: 'image/png',
		buffer: png(bytes)
	});
	const answer = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	expect((await answer).status(), 'the POST with the photo').toBeLessThan(400);
	await expect(page.getByTestId('entry-status')).toHaveText('Wird geprüft');
	await page.context().close();
});

test('a 20 MB photo brings the form back with what was typed and a message', async ({
	browser
}) => {
	const page = await noJsPage(browser);
	const title = `Fotoladen 20 MB ${run}`;
	await fillSpace(page, title);
	await page.getByLabel(/^Fotos/).setInputFiles({
		name: 'riesig.png',
		mimeType: 'image/png',
		buffer: png(20 * 1024 * 1024)
	});
	const answer = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Zur Prüfung senden' }).click();
	const status = (await answer).status();
	expect(status, 'not a bare 413 or a 500').toBe(400);
	await expect(page.getByTestId('error-photos')).toContainText('zu groß');
	await expect(page.getByTestId('error-photos')).toContainText('20 MB');
	await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(title);
	await expect(page.getByLabel('Beschreibung', { exact: true })).toHaveValue(
		'Ladenlokal mit großem Fenster, 30 m².'
	);
	await expect(page.getByLabel('Fläche (m²)')).toHaveValue('30');
	// Nothing was stored: no entry with this title.
	expect(await (await business.get('/betrieb')).text()).not.toContain(title);
	await page.context().close();
});

test('a 20 MB logo brings the organisation form back with its name', async ({ browser }) => {
	const page = await noJsPage(browser);
	await page.goto(`/betrieb/organisation/${orgId}`);
	const name = `Fotoladen umbenannt ${run}`;
	await page.getByLabel('Name des Betriebs').fill(name);
	await page.getByLabel(/^Logo/).setInputFiles({
		name: 'logo.png',
		mimeType: 'image/png',
		buffer: png(20 * 1024 * 1024)
	});
	const answer = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Speichern', exact: true }).click();
	expect((await answer).status()).toBe(400);
	await expect(page.getByTestId('error-logo')).toContainText('zu groß');
	await expect(page.getByLabel('Name des Betriebs')).toHaveValue(name);
	await page.context().close();
});

/**
 * POSTs a body of `size` bytes the way a browser uploads one, and reads the answer even when the
 * server answers (413) and closes before the body is through: the write then fails with EPIPE or
 * ECONNRESET, which is the expected end of such an upload, not a failure of the test. (Playwright's
 * request API reports that write error instead of the answer, at random under load.)
 */
async function postHuge(url: URL, headers: Record<string, string>, size: number) {
	const { request } = await import('node:http');
	return new Promise<{ status: number; body: string }>((resolve, reject) => {
		let answered = false;
		const boundary = 'qk-upload-boundary';
		const req = request(
			url,
			{
				method: 'POST',
				headers: {
					...headers,
					'content-type': `multipart/form-data; boundary=${boundary}`,
					'content-length': String(size)
				}
			},
			(res) => {
				answered = true;
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (c: string) => (body += c));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
				res.on('error', reject);
			}
		);
		req.on('error', (e) => {
			if (!answered) reject(e);
		});
		const head = Buffer.from(
			`--${boundary}\r\ncontent-disposition: form-data; name="title"\r\n\r\nx\r\n--${boundary}\r\n` +
				`content-disposition: form-data; name="photos"; filename="x.png"\r\ncontent-type: image/png\r\n\r\n`
		);
		const chunk = Buffer.alloc(1 << 20);
		let sent = 0;
		const pump = () => {
			if (sent === 0) {
				req.write(head);
				sent = head.length;
			}
			while (sent < size && !answered && !req.destroyed) {
				const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
				sent += part.length;
				if (!req.write(part)) return void req.once('drain', pump);
			}
			if (sent >= size) req.end();
		};
		pump();
	});
}

test('an 80 MB body (above BODY_SIZE_LIMIT) gets the translated 413 page', async ({ baseURL }) => {
	const url = new URL(`/betrieb/eintrag/neu?typ=space&org=${orgId}&/save`, baseURL);
	const cookies = (await business.storageState()).cookies
		.map((c) => `${c.name}=${c.value}`)
		.join('; ');
	const res = await postHuge(
		url,
		{ origin: url.origin, accept: 'text/html', cookie: cookies },
		80 * 1024 * 1024
	);
	expect(res.status).toBe(413);
	expect(res.body).toContain('zu groß');
});
