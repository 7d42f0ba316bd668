/**
 * The coach's whole run in Arabic on a 360 px phone (issue 12): sign in, a client with a Kita, the
 * ranked list, one itinerary and its route sheet. On every step: the page is right to left, does
 * not scroll sideways, and shows no German interface text. German text is allowed only where the
 * page marks it as German (`lang="de"`: place names and titles without a translation, as the
 * place pages do); everything else is checked against every German message (its literal parts)
 * and a list of common German words. Screenshots of each step: reports/screenshots/coach-ar-*.png.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, staffEmail, staffPassword, test } from './helpers';

test.use({ locale: 'ar', viewport: { width: 360, height: 740 } });

const de = JSON.parse(readFileSync('messages/de.json', 'utf8')) as Record<string, string>;
const ar = JSON.parse(readFileSync('messages/ar.json', 'utf8')) as Record<string, string>;
const arText = Object.values(ar).join('\n');

/** The literal parts of every German message that an Arabic page must not show. */
const GERMAN = [
	...new Set(
		Object.entries(de)
			.filter(([k]) => k !== '$schema')
			.flatMap(([, v]) => v.split(/\{[^}]*\}/))
			.map((s) => s.replace(/^[\s.,:;·–—()„“"!?]+|[\s.,:;·–—()„“"!?]+$/g, ''))
			.filter((s) => s.length >= 6 && /[a-zäöüß]{4}/i.test(s) && !arText.includes(s))
	)
];
const WORDS =
	/(?<![\p{L}])(und|oder|nicht|bitte|Sie|mit|für|ist|sind|eine|einen|der|die|das|zum|zur|nach|Uhr|Minuten|zurück|Hin)(?![\p{L}])/u;

async function checkStep(page: Page, step: string) {
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	const { scroll, client, wide, text } = await page.evaluate(() => {
		const client = document.documentElement.clientWidth;
		const wide = [...document.querySelectorAll('body *')]
			.filter((el) => {
				const r = el.getBoundingClientRect();
				return r.width > 0 && (r.right > client + 0.5 || r.left < -0.5);
			})
			.slice(0, 5)
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
		// text the page does not mark as another language (German data carries lang="de")
		const parts: string[] = [];
		const walk = (n: Node) => {
			if (n.nodeType === Node.TEXT_NODE) {
				const t = n.textContent?.trim();
				if (t) parts.push(t);
				return;
			}
			if (!(n instanceof Element)) return;
			if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg'].includes(n.tagName)) return;
			const lang = n.getAttribute('lang');
			if (lang && lang !== 'ar' && n !== document.documentElement) return;
			for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
				const v = n.getAttribute(a)?.trim();
				if (v) parts.push(v);
			}
			n.childNodes.forEach(walk);
		};
		walk(document.body);
		parts.push(document.title);
		return { scroll: document.documentElement.scrollWidth, client, wide, text: parts };
	});
	expect.soft(scroll, `${step}: sideways scroll (${wide.join(', ')})`).toBeLessThanOrEqual(client);
	const german = text.filter((t) => GERMAN.some((g) => t.includes(g)) || WORDS.test(t));
	expect.soft(german, `${step}: German text`).toEqual([]);
	await page.screenshot({ path: `reports/screenshots/coach-ar-${step}.png` });
}

test('coach in Arabic on a 360 px phone: right to left, nothing sideways, no German', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(240_000);
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'ar', url: baseURL! }]);

	// Sign in (staff may use the coach's workspace)
	await page.goto('/anmelden');
	await checkStep(page, '1-signin');
	await page.getByLabel(ar.auth_email).first().fill(staffEmail);
	await page.locator('input[name="password"]').fill(staffPassword);
	await page.getByRole('button', { name: ar.auth_signin_submit, exact: true }).click();
	await expect(page).toHaveURL(/\/moderation/);

	// The workspace, a client with a home, German A2, part-time and a Kita
	await page.goto('/beratung');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.coach_title);
	await checkStep(page, '2-workspace');
	await page.getByTestId('coach-pseudonym').fill('ريم');
	await page.getByTestId('coach-pseudonym').press('Enter');
	const profile = page.getByTestId('coach-profile');
	await profile.getByTestId('origin-search').fill('Sennestadthaus');
	await profile
		.getByTestId('origin-hits')
		.getByRole('button', { name: /Sennestadt Sennestadthaus/ })
		.click();
	await profile.getByTestId('coach-german').selectOption('A2');
	await profile.getByRole('checkbox', { name: ar.wt_part_time }).check();
	await profile.getByTestId('coach-kita').selectOption({ label: 'Kita Sonnenblume' });
	await expect(profile.getByTestId('kita-closes')).toHaveValue('16:30');
	await checkStep(page, '3-profile');

	// The ranked list
	await profile.getByTestId('coach-rank').click();
	const rows = profile.getByTestId('coach-row');
	await expect(rows.first()).toBeVisible({ timeout: 60_000 });
	await rows.first().scrollIntoViewIfNeeded();
	await checkStep(page, '4-ranked');

	// One itinerary
	await rows.first().getByTestId('coach-route').click();
	const trip = profile.getByTestId('coach-trip');
	await expect(trip.getByTestId('trip-segment')).toHaveCount(4);
	await trip.scrollIntoViewIfNeeded();
	await checkStep(page, '5-itinerary');

	// Its route sheet, in Arabic
	const [sheet] = await Promise.all([
		context.waitForEvent('page'),
		trip.getByTestId('coach-sheet').click()
	]);
	await expect(sheet.getByTestId('sheet-there')).toBeVisible({ timeout: 60_000 });
	await expect(sheet.getByTestId('sheet-there').locator('li').first()).toBeVisible();
	await checkStep(sheet, '6-sheet');
});
