/**
 * Content in the reader's language (issue 13, point 3) on a 360 px phone in Arabic: the list rows
 * on / and /erreichbarkeit and the selected place on the map show a place's Arabic title where it
 * has one (the place page's rule), isolated for mixed direction (dir=auto, <bdi>).
 */
import type { Page } from '@playwright/test';
import { expect, placesDrawn, test } from './helpers';

test.use({ viewport: { width: 360, height: 740 } });

const ARABIC = /[\u0600-\u06FF]/;

async function arabic(page: Page) {
	await page.goto('/sprache?lang=ar&back=/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
}

test('Arabic titles in the list, on /erreichbarkeit and in the map selection @layout', async ({
	page
}) => {
	await arabic(page);
	await page.goto('/?kinds=support_service');
	const links = page.getByTestId('place-list').locator('li a[href*="ort/"]');
	await expect(links.first()).toBeVisible();
	const rows = await links.evaluateAll((as) =>
		as.map((a) => ({
			id: a.getAttribute('href')!.split('/').pop()!,
			title: a.textContent!.trim(),
			lang: a.getAttribute('lang'),
			dir: a.getAttribute('dir')
		}))
	);
	const translated = rows.filter((r) => r.lang === 'ar');
	// The demo catalogue translates the advice services: they show in Arabic, marked as such.
	expect(translated.length).toBeGreaterThan(5);
	for (const r of translated) expect(r.title).toMatch(ARABIC);
	// German titles stay German, and say so (screen readers pronounce them in German).
	for (const r of rows.filter((x) => x.lang !== 'ar')) expect(r.lang).toBe('de');
	expect(rows.every((r) => r.dir === 'auto')).toBe(true);

	// The place page shows the same title.
	const one = translated.find((r) => /[A-Za-z]/.test(r.title)) ?? translated[0];
	await page.goto(`/ort/${one.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(one.title);

	// Tap the place's icon on the map: the selection shows the Arabic title, isolated.
	const fc = await (await page.request.get('/api/places?kinds=support_service&limit=5000')).json();
	const features = fc.features as {
		geometry: { coordinates: [number, number] };
		properties: { id: string };
	}[];
	const alone = translated.find((r) => {
		const f = features.find((x) => x.properties.id === r.id);
		const [lon, lat] = f!.geometry.coordinates;
		return (
			features.filter(
				(x) =>
					Math.abs(x.geometry.coordinates[0] - lon) < 0.0008 &&
					Math.abs(x.geometry.coordinates[1] - lat) < 0.0005
			).length === 1
		);
	})!;
	expect(alone, 'a translated place alone on its spot').toBeTruthy();
	const [lon, lat] = features.find((x) => x.properties.id === alone.id)!.geometry.coordinates;
	await page.goto(`/?kinds=support_service&map=17/${lat}/${lon}`);
	const map = await placesDrawn(page);
	const canvas = (await map.locator('canvas').boundingBox())!;
	await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
	const selected = page.getByTestId('selected-place');
	await expect(selected).toContainText(alone.title);
	const title = selected.locator('a');
	await expect(title).toHaveAttribute('lang', 'ar');
	await expect(title).toHaveAttribute('dir', 'auto');
	await expect(selected.locator('small bdi').first()).toBeVisible();
	await page.screenshot({ path: 'test-results/content-ar-selected.png' });

	// The reachability view lists the same titles (origin in the fragment, never sent).
	await page.goto('/erreichbarkeit?kinds=support_service#von=51.94562,8.58588');
	const reach = page.getByTestId('reach-list').locator('li a[href*="ort/"]');
	await expect(reach.first()).toBeVisible({ timeout: 30_000 });
	const reachTitles = new Map(
		await reach.evaluateAll((as) =>
			as.map((a) => [a.getAttribute('href')!.split('/').pop()!, a.textContent!.trim()] as const)
		)
	);
	const both = translated.filter((r) => reachTitles.has(r.id));
	expect(both.length).toBeGreaterThan(0);
	for (const r of both) expect(reachTitles.get(r.id)).toBe(r.title);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

/**
 * The reader-visible texts of one language that are not UI messages: the accessibility page, the
 * map credits (the map's (i) and the footer) and the data notes of the reachability view.
 */
async function contentTexts(page: Page, lang: string) {
	await page.goto(`/sprache?lang=${lang}&back=/barrierefreiheit`);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	const article = page.locator('main article');
	const legal = {
		lang: await article.getAttribute('lang'),
		text: await article.innerText()
	};
	await page.goto('/');
	await page.getByTestId('map-start').click({ timeout: 30_000 });
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	const mapCredits = await page.locator('.maplibregl-ctrl-attrib-inner').innerText();
	const footer = await page.getByTestId('attribution').innerText();
	await page.goto('/erreichbarkeit');
	await expect(page.getByTestId('reach-credits')).toBeVisible({ timeout: 30_000 });
	const reach = [
		await page.getByTestId('reach-banner').innerText(),
		await page.getByTestId('reach-credits').innerText()
	].join('\n');
	return { legal, mapCredits, footer, reach };
}

/**
 * Names and codes that are the same in every language, and words German shares with English (the
 * German statement cites the "Web Content Accessibility Guidelines" by their English name).
 */
const NAMES = new Set(
	[
		'Quartierkarte Sieker-Mitte Baumheide Sennestadt Bielefeld InfraGO OpenStreetMap ODbL NVDA',
		'TalkBack axe-core WCAG BITV Musterstadt',
		'Content Accessibility Guidelines Alternative Geoinformation'
	]
		.join(' ')
		.split(' ')
);
/** Words of four letters or more, as written (German nouns keep their capital). */
const words = (text: string) => text.match(/[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß-]{3,}/g) ?? [];

test('the accessibility page, the map credits and the reachability notes in six languages', async ({
	page
}) => {
	test.setTimeout(240_000);
	const german = await contentTexts(page, 'de');
	expect(german.legal.lang).toBe('de');
	expect(german.legal.text).toContain('Erklärung zur Barrierefreiheit');
	expect(german.mapCredits).toContain('Haltestellen');
	expect(german.reach).toContain('Demo-Fahrplan');
	const germanWords = new Set(
		Object.values(german)
			.flatMap((v) => words(typeof v === 'string' ? v : v.text))
			.filter((w) => !NAMES.has(w))
	);
	for (const lang of ['en', 'tr', 'ar', 'uk', 'ru']) {
		const t = await contentTexts(page, lang);
		// Its own text, not the German one with a note.
		expect(t.legal.lang, `${lang}: accessibility page`).toBe(lang);
		expect(t.legal.text).not.toContain('Erklärung zur Barrierefreiheit');
		for (const part of ['mapCredits', 'footer', 'reach'] as const)
			expect(t[part], `${lang}: ${part}`).not.toBe(german[part]);
		if (lang === 'en' || lang === 'ar') {
			// No German left a reader sees: no word of the German texts but names.
			const left = Object.entries(t).flatMap(([part, v]) =>
				words(typeof v === 'string' ? v : v.text)
					.filter((w) => germanWords.has(w))
					.map((w) => `${part}: ${w}`)
			);
			expect(left, `${lang}: German words`).toEqual([]);
		}
	}
});
