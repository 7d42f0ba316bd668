import { defineConfig } from '@playwright/test';
import { E2E_STAFF, e2eServer, phone, shared } from './playwright.config';

/**
 * The second region's smoke test (tests/e2e-region): the app built with QK_REGION=musterstadt into
 * build-musterstadt (scripts/test.ts does that), served on its own embedded database in
 * .data/e2e-musterstadt (never DATABASE_URL: that one holds Bielefeld), phone only; with the e2e
 * staff account, which reads the sign-up links of the business tests in the outbox.
 */
const port = Number(process.env.E2E_REGION_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10);
const region = process.env.QK_E2E_REGION ?? 'musterstadt';

export default defineConfig({
	...shared,
	testDir: 'tests/e2e-region',
	outputDir: 'test-results-region',
	workers: 1,
	reporter: [
		['list'],
		['json', { outputFile: process.env.QK_E2E_REGION_JSON ?? 'reports/playwright-region.json' }]
	],
	use: { ...shared.use, baseURL: `http://127.0.0.1:${port}` },
	projects: [phone],
	webServer: e2eServer(`node build-${region}`, port, {
		DATABASE_URL: '',
		QK_DATA_DIR: `.data/e2e-${region}`,
		QK_RATE_LIMIT: 'off',
		QK_BOOTSTRAP_STAFF: process.env.QK_BOOTSTRAP_STAFF ?? E2E_STAFF
	})
});
