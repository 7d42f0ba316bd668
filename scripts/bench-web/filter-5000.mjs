/**
 * Filtering with 5,000 places in view, against the demo data (about 185 places) as the baseline
 * measured in the same run. Not a test: prints numbers and writes reports/bench-web/filter-5000.json.
 *  1. two scratch databases on the local PostgreSQL (BENCH_PG): demo seed only, and demo seed plus
 *     5,000 generated published places inside the programme area (same generator as api-load);
 *  2. the built app (QK_BUILD_DIR) against each, Playwright + Debian Chromium (phone viewport);
 *  3. per database: the map started, then RUNS times a filter applied (kinds=vacancy, then reset):
 *     time from the checkbox to the new result count on screen and the map's places source
 *     updated (server + render), median and max; then a programmatic pan (map.panBy over 1 s) with
 *     requestAnimationFrame deltas: median, p95 and the longest frame.
 *   QK_BUILD_DIR=build node scripts/bench-web/filter-5000.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';

const PG = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PLACES = Number(process.env.BENCH_PLACES ?? 5000);
const psql = (db, args) =>
	execFileSync('psql', [`${PG}/${db}?sslmode=disable`, '-v', 'ON_ERROR_STOP=1', '-qAt', ...args], {
		encoding: 'utf8'
	});

function freshDb(name, extra) {
	if (process.env.BENCH_REUSE_DB) return;
	psql('postgres', ['-c', `drop database if exists ${name} with (force)`]);
	psql('postgres', ['-c', `create database ${name}`]);
	execFileSync('npx', ['tsx', 'scripts/db-migrate.ts', '--seed'], {
		env: { ...process.env, DATABASE_URL: `${PG}/${name}?sslmode=disable` },
		stdio: 'inherit'
	});
	if (extra) {
		// generate-places.sql with a smaller count and the programme area only.
		const sql = execFileSync('cat', ['scripts/bench-web/generate-places.sql'], { encoding: 'utf8' })
			.replace('generate_series(1, 100000)', `generate_series(1, ${PLACES})`)
			.replace(
				'8.50 + random() * 0.16, 51.91 + random() * 0.17',
				'8.52 + random() * 0.12, 51.93 + random() * 0.12'
			);
		// From standard input, statement by statement (-c would run it as one transaction, and
		// VACUUM cannot run inside one).
		execFileSync('psql', [`${PG}/${name}?sslmode=disable`, '-v', 'ON_ERROR_STOP=1', '-qf', '-'], {
			input: sql,
			stdio: ['pipe', 'ignore', 'inherit']
		});
	}
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function measure(label, db, port) {
	const server = await startServer({
		port,
		env: { DATABASE_URL: `${PG}/${db}?sslmode=disable` }
	});
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking']
	});
	try {
		const page = await browser.newPage({ viewport: { width: 412, height: 915 }, locale: 'de-DE' });
		await page.goto(`${server.base}/`);
		await page.getByTestId('map-start').click();
		await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60_000 });
		const total = Number((await page.getByTestId('result-count').innerText()).replace(/\D/g, ''));
		const panel = page.getByTestId('filter-panel');
		if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
		const box = page.getByRole('checkbox', { name: /Stellenangebote/ });
		const applyMs = [];
		for (let i = 0; i < RUNS; i++) {
			for (const on of [true, false]) {
				const before = await page.getByTestId('result-count').innerText();
				const t0 = Date.now();
				await (on ? box.check() : box.uncheck());
				await page.waitForFunction(
					(b) => document.querySelector('[data-testid="result-count"]')?.textContent !== b,
					before
				);
				// …and the browser painted the new list and map data.
				await page.evaluate(
					() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
				);
				if (on) applyMs.push(Date.now() - t0);
			}
		}
		// Pan: drag the canvas programmatically (mouse) and record frame deltas.
		const canvas = page.locator('.maplibregl-canvas');
		const b = await canvas.boundingBox();
		await page.evaluate(() => {
			window.__frames = [];
			let last = performance.now();
			const tick = (t) => {
				window.__frames.push(t - last);
				last = t;
				if (window.__frames.length < 600) window.__raf = requestAnimationFrame(tick);
			};
			window.__raf = requestAnimationFrame(tick);
		});
		const cx = b.x + b.width / 2;
		const cy = b.y + b.height / 2;
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		for (let i = 1; i <= 30; i++) await page.mouse.move(cx - i * 6, cy - i * 3);
		await page.mouse.up();
		await page.waitForTimeout(500);
		const frames = (
			await page.evaluate(() => {
				cancelAnimationFrame(window.__raf);
				return window.__frames;
			})
		).slice(1);
		return {
			label,
			places: total,
			filterApplyMs: { median: median(applyMs), max: Math.max(...applyMs), runs: applyMs },
			panFrameMs: {
				median: median(frames),
				p95: pct(frames, 95),
				max: Math.max(...frames),
				frames: frames.length
			}
		};
	} finally {
		await browser.close();
		await server.stop();
	}
}

freshDb('qk_bench_filter_demo', false);
freshDb('qk_bench_filter_5000', true);
const baseline = await measure(
	'demo data',
	'qk_bench_filter_demo',
	Number(process.env.BENCH_PORT ?? 4186)
);
const dense = await measure(
	`demo + ${PLACES}`,
	'qk_bench_filter_5000',
	Number(process.env.BENCH_PORT ?? 4186) + 1
);
for (const r of [baseline, dense]) {
	console.log(
		`[filter] ${r.label}: ${r.places} places; apply median ${r.filterApplyMs.median} ms (max ${r.filterApplyMs.max}); pan frames median ${r.panFrameMs.median.toFixed(1)} ms, p95 ${r.panFrameMs.p95.toFixed(1)} ms, max ${r.panFrameMs.max.toFixed(1)} ms`
	);
}
console.log(
	`[filter] ${dense.places} vs ${baseline.places} places: apply ${(dense.filterApplyMs.median / baseline.filterApplyMs.median).toFixed(1)}×, pan p95 frame ${(dense.panFrameMs.p95 / baseline.panFrameMs.p95).toFixed(1)}×`
);
mkdirSync('reports/bench-web', { recursive: true });
writeFileSync('reports/bench-web/filter-5000.json', JSON.stringify({ baseline, dense }, null, 2));
