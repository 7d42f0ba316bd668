import { existsSync } from 'node:fs';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';

const chromium =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4173);
/** e2e-only staff credentials (tests/e2e/helpers.ts signs in with them once per worker). */
export const E2E_STAFF = 'e2e-staff@quartierkarte.test:e2e-staff-passwort-1';
/** Workers, each with a server and a database of its own (tests/e2e/server.ts). */
const workers = Math.max(1, Number(process.env.QK_E2E_WORKERS) || 2);
/** The server of worker `index` (tests/e2e/helpers.ts points each worker at its own). */
export const e2eURL = (index: number) => `http://127.0.0.1:${port + 100 * (index % workers)}`;

/** The production server as Playwright starts it, on `port` (shared with playwright.region.config.ts). */
export function e2eServer(command: string, serverPort: number, env: Record<string, string>) {
	return {
		command,
		url: `http://127.0.0.1:${serverPort}/healthz`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe' as const,
		stderr: 'pipe' as const,
		env: {
			PORT: String(serverPort),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${serverPort}`,
			// Rate limits are kept in the database now (shared by instances, and across runs on a kept
			// database): the suite would meet its own earlier runs' counts. They are tested in
			// tests/integration/instances.test.ts; QK_RATE_LIMIT=on keeps them on here.
			QK_RATE_LIMIT: process.env.QK_RATE_LIMIT ?? 'off',
			...env
		}
	};
}

/** Chromium and timeouts (and the phone project below): what both Playwright configs share. */
export const shared = {
	// Two workers share the two cores (and the map draws in software): 60 s timed out under load.
	timeout: 120_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	use: {
		// A failed test keeps its trace (every action's DOM snapshot, network, console, sources) and
		// its screenshot; the trace's screencast (a JPEG per frame, recorded for every test while it
		// runs) is left out: ~15 % of the CPU time of a browser test on this CPU-bound machine.
		trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
		screenshot: 'only-on-failure',
		launchOptions: {
			// Debian's Chromium where present; otherwise Playwright's own (needs a network to install).
			executablePath: chromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--enable-unsafe-swiftshader'
			]
		}
	}
} satisfies PlaywrightTestConfig;
export const phone = {
	name: 'phone',
	use: { ...devices['Pixel 5'], browserName: 'chromium' as const }
};

export default defineConfig({
	...shared,
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	workers,
	reporter: [
		['list'],
		['json', { outputFile: process.env.QK_E2E_JSON ?? 'reports/playwright.json' }],
		['html', { open: 'never', outputFolder: 'reports/e2e' }]
	],
	use: {
		...shared.use,
		baseURL: e2eURL(0),
		// No service worker unless a spec asks for it: in every new browser context (each test,
		// each staff or second context) it precached the whole build (~250 files, 5.7 MB), which
		// Chromium also compiled for its code cache: 29 % of the CPU of a subset of five spec files
		// (280 → 198 CPU-s). The specs about offline use and those that check that no request,
		// the service worker's included, carries the home set `serviceWorkers: 'allow'`; the
		// second region's smoke test keeps it everywhere (playwright.region.config.ts).
		serviceWorkers: 'block'
	},
	projects: [
		phone,
		// On a desktop only what is about the layout (tagged @layout): the side panel instead of
		// the bottom sheet, the map beside the list. Everything else runs once, on the phone.
		{
			name: 'desktop',
			grep: /@layout/,
			use: { viewport: { width: 1280, height: 800 }, browserName: 'chromium' }
		}
	],
	// One server per worker, each on its own database (tests/e2e/server.ts); the built app as it
	// runs in production, on the embedded database unless DATABASE_URL is set.
	webServer: Array.from({ length: workers }, (_, i) =>
		e2eServer(`npx tsx tests/e2e/server.ts ${i}`, port + 100 * i, {
			QK_DATA_DIR: process.env.QK_DATA_DIR ?? '.data/e2e',
			// No BODY_SIZE_LIMIT: the build's own default is tested (tests/e2e/uploads.test.ts).
			// The staff account the specs sign in with (embedded provider only).
			QK_BOOTSTRAP_STAFF: process.env.QK_BOOTSTRAP_STAFF ?? E2E_STAFF
		})
	)
});
