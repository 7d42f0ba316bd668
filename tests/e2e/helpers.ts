/**
 * What the e2e specs share: each worker's own server (playwright.config.ts starts one per worker,
 * each on its own database: tests/e2e/server.ts), the staff session (signed in once per worker and
 * reused: the staff sign-in allows 10 attempts per 10 minutes from one address), a business account
 * made through the real sign-up, a run id for names on a database kept between runs, dates, and
 * reading screenshots. Every spec imports `test` from here, so it talks to its worker's server.
 *
 *   import { expect, test } from './helpers';
 *   test('…', async ({ page, staffPage }) => { await staffPage.goto('/moderation'); … });
 */
import { mkdirSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { test as base, expect, request, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_STAFF, e2eURL } from '../../playwright.config';

export { expect };

/** The bootstrap staff account the e2e server is started with (playwright.config.ts). */
export const [staffEmail, staffPassword] = (process.env.QK_BOOTSTRAP_STAFF ?? E2E_STAFF).split(
	/:(.*)/s
);

/**
 * A fresh id per worker (every spec file the worker runs shares it): titles and addresses stay
 * unique on a kept database. Specs that look for their own titles add their own word to it.
 */
export const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Today ± `offset` days as yyyy-mm-dd (the value of an `<input type="date">`). */
export function isoDay(offset: number) {
	const d = new Date();
	d.setDate(d.getDate() + offset);
	return d.toISOString().slice(0, 10);
}

/**
 * Imports a CSV of places through staff's import page (/team/import) as staff do: a UTF-8 file
 * with BOM and CRLF lines, published at once, every row taken as a new entry. `rows` under the
 * `header` (semicolon-separated, German column names). Ends when the page says all were imported.
 */
export async function importPlacesCsv(
	page: Page,
	fileName: string,
	header: string,
	rows: string[]
) {
	const csv = [header, ...rows].join('\r\n');
	await page.goto('/team/import');
	await page.getByLabel('Datei').setInputFiles({
		name: fileName,
		mimeType: 'text/csv',
		buffer: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8')
	});
	await page.getByLabel('sofort veröffentlichen').check();
	await page.getByRole('button', { name: 'Prüfen und Vorschau zeigen' }).click();
	await expect(page.getByTestId('import-summary')).toContainText(`${rows.length} Zeilen gelesen`);
	for (const choice of await page.getByLabel('als neuen Eintrag anlegen').all())
		await choice.check();
	await page.getByRole('button', { name: 'Jetzt importieren' }).click();
	await expect(page.getByTestId('import-done')).toContainText(`Importiert: ${rows.length} neu`);
}

/** The page does not scroll sideways; a failure names the first elements that stick out. */
export async function noSideScroll(page: Page) {
	const { scroll, client, wide } = await page.evaluate(() => {
		const client = document.documentElement.clientWidth;
		const wide = [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > client + 0.5)
			.slice(0, 5)
			.map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.getAttribute('name') ?? ''}`);
		return { scroll: document.documentElement.scrollWidth, client, wide };
	});
	expect(scroll, wide.join(', ')).toBeLessThanOrEqual(client);
}

/**
 * The interactive map, started and ready. Below 900 px the map page and the reachability view
 * show a static preview until the map is touched or its start button tapped; wider, the
 * reachability view (and a map link with a view) start it by themselves.
 */
export async function startMap(page: Page) {
	const start = page.getByTestId('map-start');
	await expect(start.or(page.getByTestId('map')).first()).toBeVisible({ timeout: 30_000 });
	if (await start.isVisible()) await start.click({ timeout: 5_000 }).catch(() => {});
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

/**
 * The map ready AND its places drawn: `data-ready` is set when the style has loaded, before the
 * places' data has arrived and been drawn, so a tap right after it can hit an empty map.
 * `data-rendered-places` is written on each idle with the number of places (and clustered ones)
 * drawn.
 */
export async function placesDrawn(page: Page) {
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect
		.poll(async () => Number((await map.getAttribute('data-rendered-places')) ?? 0), {
			timeout: 30_000
		})
		.toBeGreaterThan(0);
	return map;
}

/**
 * The titles on the public map (/api/places) that carry `tag` exactly, sorted. The search forgives
 * typos, so another test's near run id matches `q` too: only the exact tag counts here.
 */
export async function titlesOnMap(page: Page, tag: string) {
	const res = await page.request.get(`/api/places?q=${encodeURIComponent(tag)}&limit=5000`);
	expect(res.status()).toBe(200);
	const body = (await res.json()) as { features: { properties: { title: string } }[] };
	return body.features
		.map((f) => f.properties.title)
		.filter((title) => title.includes(tag))
		.sort();
}

/** Signs in through the form on `page` (counts against the sign-in rate limit). */
export async function signInThroughForm(page: Page) {
	await page.goto('/anmelden');
	await page.getByLabel('E-Mail-Adresse').first().fill(staffEmail);
	await page.locator('input[name="password"]').fill(staffPassword);
	await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
	await expect(page).toHaveURL(/\/moderation/);
}

/** Signs in with the password form's action on an API context (no page). */
export async function signInRequest(ctx: APIRequestContext, email: string, password: string) {
	const res = await ctx.post('/anmelden?/password', {
		form: { email, password, weiter: '' },
		maxRedirects: 0
	});
	expect(res.status(), `sign-in of ${email}`).toBe(303);
}

/**
 * The link of the newest mail of a kind sent to an address, read from staff's outbox page (`staff`
 * signed in as staff). The page is read again until the mail is there: the request that sends it
 * may still be on its way (a click does not wait for the form's answer).
 */
export async function outboxLink(staff: Page, email: string, kind: string) {
	const link = staff
		.locator(`[data-testid="mail"][data-to="${email}"][data-kind="${kind}"]`)
		.first()
		.getByTestId('mail-link');
	await expect(async () => {
		await staff.goto('/team/postausgang');
		await expect(link).toBeAttached({ timeout: 2_000 });
	}, `a ${kind} mail to ${email} in the outbox`).toPass({ timeout: 30_000 });
	return (await link.getAttribute('href'))!;
}

/** The token of the newest link of a kind sent to an address, read from staff's outbox page. */
export async function outboxToken(staff: APIRequestContext, email: string, kind: string) {
	const html = await (await staff.get('/team/postausgang')).text();
	const at = html.indexOf(`data-to="${email}"`);
	expect(at, `mail to ${email}`).toBeGreaterThan(-1);
	const slice = html.slice(at, at + 4000);
	expect(slice).toContain(`data-kind="${kind}"`);
	const href = slice.match(/href="([^"]*token=[^"]*)"/)![1].replaceAll('&amp;', '&');
	return new URL(href, 'http://outbox.invalid').searchParams.get('token')!;
}

/**
 * An API context that posts forms as the pages do (SvelteKit's CSRF check wants the site's own
 * Origin). Its session can be handed to a browser context with `signInWith`.
 */
export function formContext(baseURL: string) {
	const origin = new URL(baseURL).origin;
	return request.newContext({ baseURL, extraHTTPHeaders: { origin, accept: 'text/html' } });
}

/** The session of an API context (its cookies) in `page`'s browser context. */
export async function signInWith(page: Page, api: APIRequestContext) {
	await page.context().addCookies((await api.storageState()).cookies);
}

/**
 * A business account through the real sign-up on the API context `business` (the posts the forms
 * send: register, then confirm by choosing the password from the link staff read in the outbox).
 * The clicked sign-up is tested once, in business.test.ts.
 */
export async function businessAccount(
	business: APIRequestContext,
	staff: APIRequestContext,
	account: { email: string; displayName: string; password: string }
) {
	const signup = await business.post('/registrieren', {
		form: { display_name: account.displayName, email: account.email, fax: '' },
		maxRedirects: 0
	});
	expect(signup.status()).toBeLessThan(400);
	const token = await outboxToken(staff, account.email, 'signup');
	const confirmed = await business.post('/passwort/neu', {
		form: {
			token,
			typ: 'signup',
			password: account.password,
			password_repeat: account.password
		},
		maxRedirects: 0
	});
	expect(confirmed.status()).toBe(303);
}

/**
 * A business account (`businessAccount`) with one organisation at a known address (the form's
 * multipart post, as the page sends it; `location` for another region than Bielefeld, or with
 * `query` a stop or known address the server looks up, as the form's field "Haltestelle in der
 * Nähe oder bekannte Adresse"). Returns the organisation's id. The clicked registration of an
 * organisation is tested in business.test.ts and business-space.test.ts.
 */
export async function businessWithOrganisation(
	business: APIRequestContext,
	staff: APIRequestContext,
	account: {
		email: string;
		displayName: string;
		password: string;
		organisation: string;
		location?: { address: string; lat: number; lon: number } | { address: string; query: string };
	}
) {
	const where = account.location ?? { address: 'Elbeallee 5', lat: 51.9893, lon: 8.5912 };
	const pin =
		'query' in where
			? { location_query: where.query, lat: '', lon: '' }
			: { location_query: '', lat: String(where.lat), lon: String(where.lon) };
	await businessAccount(business, staff, account);
	const org = await business.post('/betrieb/organisation/neu?/save', {
		multipart: {
			name: account.organisation,
			description: '',
			address: where.address,
			...pin,
			contact_email: '',
			contact_phone: '',
			website: '',
			fax: ''
		},
		maxRedirects: 0
	});
	expect(org.status()).toBe(303);
	const page = await (await business.get('/betrieb')).text();
	return page.match(/\/betrieb\/organisation\/([0-9a-f-]{36})/)![1];
}

export const test = base.extend<
	{ /** A German page signed in as staff (its own browser context). */ staffPage: Page },
	{
		/** This worker's server (its own database): every page and request of the worker goes there. */
		workerURL: string;
		/** Path of the staff session (storageState), signed in once per worker. */
		staffState: string;
	}
>({
	workerURL: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from it
		async ({}, use, workerInfo) => use(e2eURL(workerInfo.parallelIndex)),
		{ scope: 'worker' }
	],
	baseURL: async ({ workerURL }, use) => use(workerURL),
	staffState: [
		async ({ browser, workerURL }, use, workerInfo) => {
			const dir = `${workerInfo.project.outputDir}/.auth`;
			mkdirSync(dir, { recursive: true });
			const path = `${dir}/staff-${workerInfo.workerIndex}.json`;
			const context = await browser.newContext({ baseURL: workerURL, locale: 'de-DE' });
			await signInThroughForm(await context.newPage());
			await context.storageState({ path });
			await context.close();
			await use(path);
		},
		{ scope: 'worker' }
	],
	staffPage: async ({ browser, staffState, baseURL }, use) => {
		const context = await browser.newContext({
			baseURL,
			locale: 'de-DE',
			storageState: staffState
		});
		await use(await context.newPage());
		await context.close();
	}
});

/** An 8-bit RGB(A) PNG as Playwright writes screenshots, decoded to RGBA. */
export interface Pixels {
	width: number;
	height: number;
	rgba: Uint8Array;
}

export function decodePng(png: Buffer): Pixels {
	let pos = 8;
	let width = 0;
	let height = 0;
	let channels = 0;
	const idat: Buffer[] = [];
	while (pos < png.length) {
		const length = png.readUInt32BE(pos);
		const type = png.toString('latin1', pos + 4, pos + 8);
		const data = png.subarray(pos + 8, pos + 8 + length);
		if (type === 'IHDR') {
			width = data.readUInt32BE(0);
			height = data.readUInt32BE(4);
			const [depth, colourType, , , interlace] = data.subarray(8, 13);
			channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
			if (depth !== 8 || !channels || interlace) throw new Error('PNG: 8-bit RGB(A) only');
		} else if (type === 'IDAT') idat.push(data);
		pos += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * channels;
	const out = new Uint8Array(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		for (let x = 0; x < stride; x++) {
			const a = x >= channels ? out[y * stride + x - channels] : 0;
			const b = y > 0 ? out[(y - 1) * stride + x] : 0;
			const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
			const p = a + b - c;
			const pa = Math.abs(p - a);
			const pb = Math.abs(p - b);
			const pc = Math.abs(p - c);
			const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][
				filter
			];
			out[y * stride + x] = (line[x] + predictor) & 0xff;
		}
	}
	if (channels === 4) return { width, height, rgba: out };
	const rgba = new Uint8Array(width * height * 4);
	for (let i = 0; i < width * height; i++) {
		rgba.set(out.subarray(i * 3, i * 3 + 3), i * 4);
		rgba[i * 4 + 3] = 255;
	}
	return { width, height, rgba };
}

/** Luminance (0–255, as CSS `grayscale(1)` computes it) of the pixel at x, y. */
export function grey({ width, rgba }: Pixels, x: number, y: number) {
	const i = (Math.round(y) * width + Math.round(x)) * 4;
	return 0.2126 * rgba[i] + 0.7152 * rgba[i + 1] + 0.0722 * rgba[i + 2];
}

/**
 * The travel-time bands as a reader without colour sees them, in a screenshot of the map: from the
 * origin marker (a dark disc in a white ring) outwards along `rays` directions, the grey levels
 * the bands are drawn in (runs of ≥ 5 px of one level; lines and labels are shorter). Returns the
 * origin and, per ray, the levels met in order, until the background is reached.
 */
export function bandLevelsAlongRays(img: Pixels, rays = 16, background = 236) {
	const { width, height } = img;
	// The origin: the darkest disc-shaped blob of about 9 px radius.
	const seen = new Uint8Array(width * height);
	let origin: { x: number; y: number } | null = null;
	for (let start = 0; start < width * height; start++) {
		if (seen[start] || grey(img, start % width, Math.floor(start / width)) >= 40) continue;
		const stack = [start];
		seen[start] = 1;
		let n = 0;
		let sx = 0;
		let sy = 0;
		let [x0, x1, y0, y1] = [width, 0, height, 0];
		while (stack.length) {
			const p = stack.pop()!;
			const x = p % width;
			const y = Math.floor(p / width);
			n++;
			sx += x;
			sy += y;
			[x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
			for (const q of [p - 1, p + 1, p - width, p + width]) {
				if (q < 0 || q >= width * height || seen[q]) continue;
				if (Math.abs((q % width) - x) > 1) continue;
				if (grey(img, q % width, Math.floor(q / width)) < 40) {
					seen[q] = 1;
					stack.push(q);
				}
			}
		}
		const [w, h] = [x1 - x0 + 1, y1 - y0 + 1];
		if (n < 150 || n > 450 || w < 14 || w > 24 || h < 14 || h > 24 || n / (w * h) < 0.65) continue;
		origin = { x: sx / n, y: sy / n };
	}
	if (!origin) return { origin, rays: [] as number[][] };
	const out: number[][] = [];
	for (let k = 0; k < rays; k++) {
		const [dx, dy] = [Math.cos((2 * Math.PI * k) / rays), Math.sin((2 * Math.PI * k) / rays)];
		const levels: number[] = [];
		let run: number[] = [];
		const close = () => {
			if (run.length >= 5) {
				const level = run.reduce((a, b) => a + b, 0) / run.length;
				if (!levels.length || Math.abs(levels[levels.length - 1] - level) > 4) levels.push(level);
			}
			run = [];
		};
		// From just outside the marker's white ring to the edge or the background.
		for (let r = 16; ; r++) {
			const [x, y] = [origin.x + dx * r, origin.y + dy * r];
			if (x < 0 || y < 0 || x > width - 1 || y > height - 1) break;
			const v = grey(img, x, y);
			if (run.length && Math.abs(v - run[0]) > 3) close();
			run.push(v);
			if (levels.length && levels[levels.length - 1] >= background) break;
		}
		close();
		out.push(levels.filter((l) => l < background));
	}
	return { origin, rays: out };
}

/**
 * A coach's new client on /beratung (German), her home at Sennestadthaus by a stop search (kept
 * on the device); returns her profile.
 */
export async function coachClient(page: Page, pseudonym: string) {
	await page.goto('/beratung');
	await page.getByTestId('coach-pseudonym').fill(pseudonym);
	await page.getByTestId('coach-pseudonym').press('Enter');
	const profile = page.getByTestId('coach-profile');
	await expect(profile.getByRole('heading', { name: /^Profil:/ })).toContainText(pseudonym);
	await profile.getByTestId('origin-search').fill('Sennestadthaus');
	await profile
		.getByTestId('origin-hits')
		.getByRole('button', { name: /Sennestadt Sennestadthaus/ })
		.click();
	await expect(profile.getByTestId('origin-status')).toContainText('Sennestadthaus');
	return profile;
}
