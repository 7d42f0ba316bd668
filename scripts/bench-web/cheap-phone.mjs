/**
 * A coach's link opened cold on a cheap phone (issue 12, point 10): the reachability view with a
 * home in the fragment, part-time vacancies, Bus & Stadtbahn arriving by 08:00, in Arabic (the
 * phone's language), 360×740, touch. Emulated cheap phone: 4× CPU slowdown, 1.6 Mbps down,
 * 750 kbps up, 150 ms round trip (Chrome DevTools Protocol), a fresh browser context per open
 * (no cache, no service worker). Measured without a tap: seconds until the first list row shows
 * its minutes (the reachable vacancies, nearest first), first and largest contentful paint. (On a
 * phone the map waits for a touch; the bench does not touch.) The baseline is the same open
 * unthrottled in the same run; printed: the figures and their ratio.
 *   QK_BUILD_DIR=build node scripts/bench-web/cheap-phone.mjs [runs]
 * Writes reports/bench-web/cheap-phone.json. A figure, not a test: the target (≤ 10 s to the
 * list) is checked by reading it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';
import { REACH_LINK } from './links.mjs';

const RUNS = Number(process.argv[2] ?? 3);
const CHEAP = {
	cpu: 4,
	network: {
		offline: false,
		latency: 150,
		downloadThroughput: (1.6 * 1024 * 1024) / 8,
		uploadThroughput: (750 * 1024) / 8
	}
};

const server = await startServer({
	port: Number(process.env.BENCH_PORT ?? 4184),
	env: { QK_DATA_DIR: process.env.QK_DATA_DIR ?? '.data/bench-web' }
});
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox']
});

/** One cold open; milliseconds from navigation start to each milestone (null: not within 60 s). */
async function open(throttled) {
	const context = await browser.newContext({
		baseURL: server.base,
		locale: 'ar',
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	if (throttled) {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', CHEAP.network);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CHEAP.cpu });
	}
	const start = Date.now();
	await page.goto(REACH_LINK, { waitUntil: 'commit' });
	const at = async (fn) => {
		try {
			await fn();
			return Date.now() - start;
		} catch {
			return null;
		}
	};
	const list = page.getByTestId('reach-list').locator('li[data-minutes]:not([data-minutes=""])');
	const listMs = await at(() => list.first().waitFor({ timeout: 60_000 }));
	const facts = await page.evaluate(async () => ({
		lang: document.documentElement.lang,
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
		lcp: await new Promise((resolve) => {
			new PerformanceObserver((l) => resolve(l.getEntries().at(-1)?.startTime ?? null)).observe({
				type: 'largest-contentful-paint',
				buffered: true
			});
			setTimeout(() => resolve(null), 1000);
		}),
		rows: document.querySelectorAll('[data-testid="reach-list"] li[data-minutes]').length,
		reachable: document.querySelectorAll(
			'[data-testid="reach-list"] li[data-minutes]:not([data-minutes=""])'
		).length
	}));
	await context.close();
	return { listMs, ...facts };
}

const median = (xs) => {
	const v = xs.filter((x) => x !== null).sort((a, b) => a - b);
	return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
};
const s = (ms) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);

try {
	// One warm-up open (the server's first answers, the database's caches), not counted.
	await open(false);
	const base = [];
	const cheap = [];
	for (let i = 0; i < RUNS; i++) {
		base.push(await open(false));
		cheap.push(await open(true));
	}
	const summary = {};
	for (const [name, runs] of Object.entries({ unthrottled: base, cheapPhone: cheap })) {
		summary[name] = {
			listMs: median(runs.map((r) => r.listMs)),
			fcpMs: median(runs.map((r) => (r.fcp === null ? null : Math.round(r.fcp)))),
			lcpMs: median(runs.map((r) => (r.lcp === null ? null : Math.round(r.lcp)))),
			runs
		};
		const m = summary[name];
		console.log(
			`${name}: list with minutes ${s(m.listMs)}, first paint ${s(m.fcpMs)}, largest paint ${s(m.lcpMs)} (median of ${runs.length}; lang ${runs[0].lang}, ${runs[0].reachable} of ${runs[0].rows} rows reachable)`
		);
	}
	const ratio = (k) =>
		summary.cheapPhone[k] && summary.unthrottled[k]
			? (summary.cheapPhone[k] / summary.unthrottled[k]).toFixed(1)
			: 'n/a';
	console.log(
		`cheap phone / unthrottled: list ×${ratio('listMs')}, first paint ×${ratio('fcpMs')}; target: list ≤ 10 s on the cheap phone (${summary.cheapPhone.listMs !== null && summary.cheapPhone.listMs <= 10_000 ? 'met' : 'NOT met'})`
	);
	mkdirSync('reports/bench-web', { recursive: true });
	writeFileSync(
		'reports/bench-web/cheap-phone.json',
		JSON.stringify({ link: REACH_LINK, cheap: CHEAP, ...summary }, null, 2)
	);
} finally {
	await browser.close();
	await server.stop();
}
