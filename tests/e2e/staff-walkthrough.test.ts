import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

/**
 * Staff's pages on a 360 px phone in German and Arabic (right to left): moderation (queue and one
 * entry), every entry (list and one entry's form), the dashboard and the legal texts (list and
 * editor). Nothing may stick out sideways on either side, and the page is in the chosen language
 * (html lang/dir). With QK_SHOTS_DIR set, a full-page screenshot of each is saved there to look at.
 */
test.use({ viewport: { width: 360, height: 740 } });

const shots = process.env.QK_SHOTS_DIR;
if (shots) mkdirSync(shots, { recursive: true });

/** What sticks out of the page on the right or (right to left) on the left, named. */
async function sticksOut(page: Page) {
	return page.evaluate(() => {
		const client = document.documentElement.clientWidth;
		const wide = [...document.querySelectorAll('body *')]
			.filter((el) => {
				const r = el.getBoundingClientRect();
				if (r.width === 0 || r.height === 0) return false;
				// inside a scroll box of its own (a wide table) it is the box that counts
				for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
					const o = getComputedStyle(p).overflowX;
					if (o === 'auto' || o === 'scroll' || o === 'hidden') return false;
				}
				return r.right > client + 0.5 || r.left < -0.5;
			})
			.slice(0, 5)
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
		return { scroll: document.documentElement.scrollWidth, client, wide };
	});
}

for (const lang of ['de', 'ar'] as const) {
	test(`staff pages at 360 px in ${lang}`, async ({ browser, baseURL, staffPage }) => {
		test.setTimeout(120_000);
		const state = await staffPage.context().storageState();
		const ctx = await browser.newContext({
			baseURL,
			locale: lang === 'de' ? 'de-DE' : 'ar',
			viewport: { width: 360, height: 740 },
			deviceScaleFactor: 1,
			storageState: state
		});
		await ctx.addCookies([{ name: 'PARAGLIDE_LOCALE', value: lang, url: baseURL! }]);
		const page = await ctx.newPage();

		const visit = async (name: string, path: string) => {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
			if (shots) {
				// In pieces of 1400 px at scale 1, small enough to look at.
				const height = await page.evaluate(() => document.documentElement.scrollHeight);
				for (let y = 0, i = 1; y < height && i <= 6; y += 1400, i++)
					await page.screenshot({
						path: `${shots}/${lang}-${name}-${i}.png`,
						fullPage: true,
						clip: { x: 0, y, width: 360, height: Math.min(1400, height - y) }
					});
			}
			const { scroll, client, wide } = await sticksOut(page);
			// (the list names what sticks out; the skip link waits off-screen on purpose)
			expect.soft(scroll, `${path}: ${wide.join(', ')}`).toBeLessThanOrEqual(client);
		};

		await visit('moderation', '/moderation');
		// the organisations' changes fit the phone: no value cut at the edge of its table
		const cut = await page.evaluate(
			() =>
				[...document.querySelectorAll('main .table-scroll')].filter(
					(box) => box.scrollWidth > box.clientWidth + 1
				).length
		);
		expect.soft(cut, 'tables on /moderation wider than the phone').toBe(0);
		const pending = page.locator('main a[href*="/moderation/"]').first();
		if (await pending.count()) {
			await visit('moderation-entry', (await pending.getAttribute('href'))!);
			// the entry's own German text keeps its direction inside an Arabic page
			await expect(page.locator('main h1')).toHaveAttribute('dir', 'auto');
		}
		await visit('entries', '/team/eintraege');
		const entry = page.locator('main a[href*="/team/eintraege/"]:not([href*="/neu"])').first();
		await visit('entry', (await entry.getAttribute('href'))!);
		await visit('dashboard', '/team/uebersicht');
		// months in the reader's words, not 2026-12
		const month = page.getByTestId('dash-months').locator('tbody th').first();
		await expect(month).not.toHaveText(/^\d{4}-\d{2}$/);
		await expect(page.getByTestId('dash-stale')).not.toContainText(lang === 'ar' ? ', ' : '،');
		await visit('legal', '/team/rechtstexte');
		await visit('legal-editor', '/team/rechtstexte/datenschutz/ar');
		await visit('privacy', '/datenschutz');
		if (lang === 'ar') {
			// A translation by default (issue 15, review), saying that the German text is binding.
			await expect(page.locator('main article')).toHaveAttribute('lang', 'ar');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('بيان حماية البيانات');
			await expect(page.getByTestId('legal-binding')).toContainText(
				'النسخة الألمانية وحدها هي الملزمة قانونياً'
			);
			await expect(page.locator('main')).toContainText('qk.reach.settings.v1');
			await page.getByRole('link', { name: 'اقرأ النسخة الألمانية' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datenschutzerklärung');
			await expect(page.locator('main article')).toHaveAttribute('lang', 'de');
			await expect(page.getByTestId('legal-language')).toContainText('لغة هذا النص:');
			await visit('accessibility', '/barrierefreiheit');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('بيان إمكانية الوصول');
			await expect(page.locator('main a[href="/barrierefreiheit/melden"]')).toHaveCount(1);
		}
		await ctx.close();
	});
}
