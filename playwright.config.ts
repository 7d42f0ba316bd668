import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const chromium =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4173);
/** e2e-only staff credentials (tests/e2e/helpers.ts signs in with them once per worker). */
export const E2E_STAFF = 'e2e-staff@quartierkarte.test:e2e-staff-passwort-1';

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	reporter: [
		['list'],
		['json', { outputFile: process.env.QK_E2E_JSON ?? 'reports/playwright.json' }],
		['html', { open: 'never', outputFolder: 'reports/e2e' }]
	],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
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
	},
	projects: [
		{ name: 'phone', use: { ...devices['Pixel 5'], browserName: 'chromium' } },
		{ name: 'desktop', use: { viewport: { width: 1280, height: 800 }, browserName: 'chromium' } }
	],
	webServer: {
		// The built app, as it runs in production; the embedded database unless DATABASE_URL is set.
		command: `node ${process.env.QK_BUILD_DIR ?? 'build'}`,
		url: `http://127.0.0.1:${port}/healthz`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		stderr: 'pipe',
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			QK_DATA_DIR: process.env.QK_DATA_DIR ?? '.data/e2e',
			// No BODY_SIZE_LIMIT: the build's own default is tested (tests/e2e/uploads.test.ts).
			// Rate limits are kept in the database now (shared by instances, and across runs on a kept
			// database): the suite would meet its own earlier runs' counts. They are tested in
			// tests/integration/instances.test.ts; QK_RATE_LIMIT=on keeps them on here.
			QK_RATE_LIMIT: process.env.QK_RATE_LIMIT ?? 'off',
			// The staff account tests/e2e/business.test.ts signs in with (embedded provider only).
			QK_BOOTSTRAP_STAFF: process.env.QK_BOOTSTRAP_STAFF ?? E2E_STAFF
		}
	}
});
