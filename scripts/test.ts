/**
 * npm test: everything, on a fresh machine or in CI.
 *  0. System parts (scripts/system-deps.sh, shared with .ci/run): Chromium, pg_prove, PostGIS,
 *     pgTAP, the PostgreSQL server, osmium. Missing ones are installed with apt-get when we run as
 *     root; otherwise the exact apt-get line is printed and the stages go on (with their fallbacks).
 *  1. pgTAP (supabase/tests/database): pg_prove against DATABASE_URL when set, else the embedded PGlite;
 *     then Vitest's db project (tests/db/*.pg.test.ts: supabase/schemas built beside the migrations
 *     and their catalogs compared; needs DATABASE_URL, skipped with the reason without it).
 *  2. Vitest unit + integration tests (integration: DATABASE_URL or embedded PGlite); in a full
 *     run the db project runs in this same Vitest run (one start-up instead of two).
 *  3. vite build, then Playwright in Chromium against the built app.
 *  3b. The second region (musterstadt): its own build, Playwright smoke test (npm test -- region).
 *  4. The fault test: that build against a PostgreSQL it starts, kills and restarts under load.
 * The build starts first and runs beside pgTAP and Vitest (its output is shown when it ends), the
 * second region's build right after it (beside Vitest or Playwright); QK_TEST_SERIAL=1 runs each
 * build just before its Playwright stage instead. The fault test runs beside the second region's
 * Playwright stage (they share nothing). Each other stage's output is streamed as it comes
 * (and kept to read its counts); one closing line gives the summed counts and each stage's time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const url = process.env.DATABASE_URL;
const only = new Set(process.argv.slice(2));
const want = (stage: string) => only.size === 0 || only.has(stage);
mkdirSync('reports/screenshots', { recursive: true });

// Before anything else, so the stages below find what was installed.
spawnSync('bash', ['scripts/system-deps.sh'], { stdio: 'inherit' });

const totals = { passed: 0, failed: 0, skipped: 0 };
const times: string[] = [];
let exitCode = 0;

/**
 * Runs a stage, streaming its output through (tee) and keeping it for the counts; `quiet` keeps
 * the output until the stage ends (for a stage running beside another).
 */
async function run(
	title: string,
	cmd: string,
	args: string[],
	env: NodeJS.ProcessEnv = {},
	quiet = false
) {
	console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}${quiet ? ' (output when it ends)' : ''}`);
	const started = performance.now();
	const child = spawn(cmd, args, {
		stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'],
		env: { ...process.env, ...env }
	});
	const chunks: Buffer[] = [];
	child.stdout.on('data', (chunk: Buffer) => {
		chunks.push(chunk);
		if (!quiet) process.stdout.write(chunk);
	});
	child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
	const status = await new Promise<number | null>((resolve) => {
		child.on('error', (e) => {
			console.error(e);
			resolve(null);
		});
		child.on('close', (code) => resolve(code));
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (quiet) process.stdout.write(`\n=== ${title} (output):\n${Buffer.concat(chunks).toString()}`);
	console.log(`=== ${title}: exit ${status} in ${seconds} s`);
	times.push(`${title} ${seconds} s`);
	if (status !== 0) exitCode = 1;
	return { out: Buffer.concat(chunks).toString(), ok: status === 0 };
}

function hasCommand(name: string) {
	return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

// The production build for Playwright, beside pgTAP and Vitest (which mostly wait on the database);
// the second region's build right after it, beside whatever runs then (Vitest or Playwright).
const serial = process.env.QK_TEST_SERIAL === '1';
const startBuild = () => run('Build', 'npx', ['vite', 'build'], {}, true);
const startRegionBuild = () =>
	run(
		'Build (QK_REGION=musterstadt)',
		'npx',
		['vite', 'build'],
		{
			QK_REGION: 'musterstadt',
			QK_BUILD_DIR: 'build-musterstadt',
			QK_KIT_DIR: '.svelte-kit-musterstadt',
			// Only its smoke test uses this build: Vite's own minifier instead of terser (vite.config.ts).
			QK_MINIFY: 'oxc'
		},
		true
	);
const building = want('e2e') && !serial ? startBuild() : null;
const regionBuilding =
	(want('e2e') || want('region')) && !serial
		? (building ?? Promise.resolve()).then(startRegionBuild)
		: null;

if (want('db')) {
	if (url && hasCommand('pg_prove')) {
		const { out, ok } = await run('pgTAP (pg_prove)', 'bash', ['scripts/pgtap-pg.sh']);
		const m = out.match(/Files=\d+, Tests=(\d+)/);
		const failedTests = [...out.matchAll(/Failed (\d+)\/\d+ subtests/g)].reduce(
			(a, x) => a + Number(x[1]),
			0
		);
		const tests = m ? Number(m[1]) : 0;
		totals.failed += ok ? failedTests : Math.max(failedTests, 1);
		totals.passed += tests - failedTests;
	} else {
		const { out } = await run('pgTAP (embedded PGlite)', 'npx', [
			'tsx',
			'scripts/pgtap-embedded.ts'
		]);
		const m = out.match(/assertions: (\d+) passed, (\d+) failed/);
		if (m) {
			totals.passed += Number(m[1]);
			totals.failed += Number(m[2]);
		} else totals.failed += 1;
	}
}

/** Vitest on the given projects (vite.config.ts), its counts added to the totals. */
async function vitest(title: string, projects: string[], json: string) {
	rmSync(json, { force: true });
	const { ok } = await run(title, 'npx', [
		'vitest',
		'run',
		...projects.flatMap((p) => ['--project', p]),
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${json}`
	]);
	if (existsSync(json)) {
		const r = JSON.parse(readFileSync(json, 'utf8'));
		totals.passed += r.numPassedTests;
		totals.failed += r.numFailedTests;
		totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
	} else if (!ok) totals.failed += 1;
}

// supabase/schemas against the migrations, on a real PostgreSQL (skipped, with the reason, when
// DATABASE_URL is not set): two fresh databases beside DATABASE_URL's, ~3 s of tests. In the full
// run it is one project of the main Vitest run: a Vitest run of its own cost ~15 s of start-up
// (config, plugins, workers) for those 3 s.
if (want('db') && want('unit'))
	await vitest(
		'Vitest (unit, integration, db: schema catalog)',
		['unit', 'integration', 'db'],
		'reports/vitest.json'
	);
else if (want('db')) await vitest('Vitest (db: schema catalog)', ['db'], 'reports/vitest-db.json');
else if (want('unit')) await vitest('Vitest', ['unit', 'integration'], 'reports/vitest.json');

if (want('e2e')) {
	const e2eJson = process.env.QK_E2E_JSON ?? 'reports/playwright.json';
	const build = await (building ?? startBuild());
	if (build.ok) {
		rmSync(e2eJson, { force: true });
		const { ok } = await run('Playwright', 'npx', ['playwright', 'test']);
		if (existsSync(e2eJson)) {
			const s = JSON.parse(readFileSync(e2eJson, 'utf8')).stats;
			totals.passed += s.expected + (s.flaky ?? 0);
			totals.failed += s.unexpected;
			totals.skipped += s.skipped;
		} else if (!ok) totals.failed += 1;
	} else totals.failed += 1;
}

/**
 * The second region (regions/musterstadt): its own build and embedded database, a smoke test of
 * the map, a place page and the reachability view (playwright.region.config.ts).
 */
async function regionStage() {
	const build = await (regionBuilding ?? startRegionBuild());
	const json = 'reports/playwright-region.json';
	if (!build.ok) {
		totals.failed += 1;
		return;
	}
	rmSync('.data/e2e-musterstadt', { recursive: true, force: true });
	rmSync(json, { force: true });
	const { ok } = await run('Playwright (second region)', 'npx', [
		'playwright',
		'test',
		'-c',
		'playwright.region.config.ts'
	]);
	if (existsSync(json)) {
		const s = JSON.parse(readFileSync(json, 'utf8')).stats;
		totals.passed += s.expected + (s.flaky ?? 0);
		totals.failed += s.unexpected;
		totals.skipped += s.skipped;
	} else if (!ok) totals.failed += 1;
}

/**
 * The production server against a PostgreSQL it kills and restarts (tests/fault): needs the build
 * of the e2e stage (made here when that stage did not run). `quiet`: its output when it ends.
 */
async function faultStage(quiet: boolean) {
	const built = existsSync(`${process.env.QK_BUILD_DIR ?? 'build'}/index.js`);
	const build = built && want('e2e') ? { ok: true } : await run('Build', 'npx', ['vite', 'build']);
	const { out } = build.ok
		? await run(
				'Fault: database outage',
				'npx',
				['tsx', 'tests/fault/database-outage.ts'],
				{},
				quiet
			)
		: { out: '' };
	const m = out.match(/database outage: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/);
	if (m) {
		totals.passed += Number(m[1]);
		totals.failed += Number(m[2]);
		totals.skipped += Number(m[3] ?? 0);
	} else totals.failed += 1;
}

// After the main Playwright stage, the fault test runs beside the second region's stage: its own
// PostgreSQL cluster (port 55499), its own app port, the main build; the region's stage has its own
// build, server and embedded database. Without the e2e stage (`npm test -- region fault`), one
// after the other (the fault test then makes the main build itself).
const regionWanted = want('e2e') || want('region');
if (regionWanted && want('fault') && want('e2e')) {
	await Promise.all([regionStage(), faultStage(true)]);
} else {
	if (regionWanted) await regionStage();
	if (want('fault')) await faultStage(false);
}

console.log(`\nstages: ${times.join(', ')}; total ${(performance.now() / 1000).toFixed(0)} s`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode || (totals.failed ? 1 : 0));
