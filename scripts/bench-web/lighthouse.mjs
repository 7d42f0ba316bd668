/**
 * Lighthouse (mobile, default throttling) on the built app: the map page, a place page, the
 * reachability view (empty, and a coach's link with a home, part-time vacancies, bus arriving by
 * 08:00), the coach's workspace (signed in as the bootstrap staff account: its session cookie goes
 * to Lighthouse as an extra header) and a route sheet. Debian Chromium, headless. Writes
 * reports/bench-web/lighthouse-*.json and prints the scores and the JavaScript transferred until
 * the page was loaded.
 *   QK_BUILD_DIR=build node scripts/bench-web/lighthouse.mjs [map place reach reachlink coach sheet]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from './server.mjs';
import { REACH_LINK, HOME, STAFF, staffCookie } from './links.mjs';

const server = await startServer({
	port: Number(process.env.BENCH_PORT ?? 4183),
	env: {
		QK_DATA_DIR: process.env.QK_DATA_DIR ?? '.data/bench-web',
		QK_BOOTSTRAP_STAFF: STAFF,
		QK_RATE_LIMIT: 'off'
	}
});
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking'
	]
});
try {
	const html = await (await fetch(`${server.base}/?kinds=vacancy`)).text();
	const place = html.match(/href="\.?(\/ort\/[0-9a-f-]{36})"/)?.[1];
	const chosen = process.argv.slice(2).length
		? process.argv.slice(2)
		: ['map', 'place', 'reach', 'reachlink', 'coach', 'sheet'];
	const all = {
		map: ['/'],
		place: [place],
		reach: ['/erreichbarkeit'],
		reachlink: [REACH_LINK],
		coach: ['/beratung', true],
		sheet: [place && `${place.replace('/ort/', '/laufzettel/')}#h=${HOME}&l=ar`]
	};
	const pages = Object.fromEntries(chosen.map((k) => [k, all[k]]));
	mkdirSync('reports/bench-web', { recursive: true });
	const summary = {};
	for (const [name, [path, signedIn]] of Object.entries(pages)) {
		if (!path) continue;
		const extraHeaders = signedIn ? { cookie: await staffCookie(server.base) } : undefined;
		const result = await lighthouse(`${server.base}${path}`, {
			port: chrome.port,
			extraHeaders,
			output: 'json',
			onlyCategories: ['performance', 'accessibility', 'best-practices'],
			formFactor: 'mobile',
			locale: 'de'
		});
		const lhr = result.lhr;
		writeFileSync(`reports/bench-web/lighthouse-${name}.json`, result.report);
		summary[name] = {
			performance: Math.round(lhr.categories.performance.score * 100),
			accessibility: Math.round(lhr.categories.accessibility.score * 100),
			bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
			fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
			lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
			tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
			cls: lhr.audits['cumulative-layout-shift'].numericValue,
			// As sent (compressed), every script loaded until the page was loaded.
			scriptKb:
				Math.round(
					(lhr.audits['resource-summary'].details?.items ?? []).find(
						(i) => i.resourceType === 'script'
					)?.transferSize / 102.4
				) / 10,
			finalUrl: lhr.finalDisplayedUrl
		};
		console.log(`${name} ${path}:`, JSON.stringify(summary[name]));
	}
	writeFileSync('reports/bench-web/lighthouse-summary.json', JSON.stringify(summary, null, 2));
} finally {
	await chrome.kill();
	await server.stop();
}
