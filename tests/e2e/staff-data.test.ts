import { readFileSync } from 'node:fs';
import { expect, run, test, titlesOnMap } from './helpers';

/**
 * Staff data in and out: an import with three bad rows is refused as a whole and reported row by
 * row, the fixed file goes in; a filtered GeoJSON download from the open-data page holds exactly
 * the chosen places with their licence. Re-runnable on a persistent database (titles carry a run id).
 */
test.use({ locale: 'de-DE' });

/** The recorded fixture with this run's id in every title (UTF-8 with BOM, `;`, as Excel saves it). */
function fixtureWithRun(name: string, tag: string) {
	const text = readFileSync(`tests/fixtures/import/${name}`, 'utf8').replace(/^\uFEFF/, '');
	const lines = text.split('\r\n');
	const out = lines.map((line, i) => {
		if (i === 0 || line === '') return line;
		const cells = line.split(';');
		cells[1] = `${cells[1]} ${tag}`;
		return cells.join(';');
	});
	return Buffer.from(`\uFEFF${out.join('\r\n')}`, 'utf8');
}

test('staff import a file with 3 bad rows (nothing stored), fix it, import it', async ({
	staffPage: page
}, testInfo) => {
	test.setTimeout(120_000);
	// One tag per project: both projects may run in one worker with the same run id. Keep it short:
	// a longer common suffix makes two rows' names similar enough to count as the same place (rows
	// 3 and 4 lie 11 m apart). staff-entries, in the same worker, adds its own word to the run id.
	const tag = `${run}${testInfo.project.name}`;
	await page.goto('/team/import');
	await page.getByLabel('Datei').setInputFiles({
		name: 'orte-3-fehler.csv',
		mimeType: 'text/csv',
		buffer: fixtureWithRun('orte-3-fehler.csv', tag)
	});
	await page.getByLabel('sofort veröffentlichen').check();
	await page.getByRole('button', { name: 'Prüfen und Vorschau zeigen' }).click();

	// The report: three rows, each with its column and reason in German; nothing to confirm.
	await expect(page.getByTestId('import-errors')).toBeVisible();
	await expect(page.getByRole('heading', { name: /3 Zeilen mit Fehlern/ })).toBeVisible();
	const rows = page.getByTestId('import-error-row');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(0)).toContainText('Breitengrad und Längengrad fehlen');
	await expect(page.locator('[data-testid="import-error-row"][data-row="6"]')).toContainText(
		'„32.13.2027 18:00“ in „Beginn“ ist kein gültiges Datum'
	);
	await expect(page.locator('[data-testid="import-error-row"][data-row="7"]')).toContainText(
		'„Schicht“ in „Arbeitszeit“ ist nicht erlaubt'
	);
	await expect(page.getByTestId('import-confirm')).toHaveCount(0);
	await page.screenshot({ path: 'reports/screenshots/staff-import-report.png', fullPage: true });
	expect(await titlesOnMap(page, tag)).toEqual([]);

	// The fixed file: a preview without errors, then the import with its progress.
	await page.goto('/team/import');
	await page.getByLabel('Datei').setInputFiles({
		name: 'orte-3-fehler-korrigiert.csv',
		mimeType: 'text/csv',
		buffer: fixtureWithRun('orte-3-fehler-korrigiert.csv', tag)
	});
	await page.getByLabel('sofort veröffentlichen').check();
	await page.getByRole('button', { name: 'Prüfen und Vorschau zeigen' }).click();
	await expect(page.getByTestId('import-summary')).toContainText('7 Zeilen gelesen');
	// On a database kept from earlier runs the same rows are offered as duplicates (within 25 m, a
	// similar name): this run creates its own.
	for (const choice of await page.getByLabel('als neuen Eintrag anlegen').all())
		await choice.check();
	await page.getByRole('button', { name: 'Jetzt importieren' }).click();
	await expect(page.getByTestId('import-done')).toContainText('Importiert: 7 neu');
	const titles = await titlesOnMap(page, tag);
	expect(titles).toHaveLength(7);
	expect(titles).toContain(`Fahrer/in ${tag}`);
});

test('a filtered GeoJSON download from the open-data page', async ({ page }) => {
	await page.goto('/daten');
	await page.getByLabel('Stellenangebote').check();
	await page.getByLabel('Baumheide').check();
	await page.getByLabel(/GeoJSON/).check();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Herunterladen' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^quartierkarte-orte-\d{4}-\d{2}-\d{2}\.geojson$/);
	const fc = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(fc.type).toBe('FeatureCollection');
	expect(fc.license).toBe('dl-de/by-2-0');
	expect(fc.features.length).toBeGreaterThan(0);
	for (const f of fc.features) {
		expect(f.properties.kind).toBe('vacancy');
		expect(f.properties.quarter).toBe('baumheide');
		expect(f.properties.licence).toBeTruthy();
	}
});

test('/api/places answers CSV for Accept: text/csv, with the licence and defused cells', async ({
	request
}) => {
	const res = await request.get('/api/places?kinds=vacancy&quarters=sennestadt', {
		headers: { accept: 'text/csv' }
	});
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toMatch(/^text\/csv/);
	expect(res.headers()['link']).toContain('rel="license"');
	const text = await res.text();
	const [header, first] = text.replace(/^\uFEFF/, '').split('\r\n');
	expect(header.split(';')).toEqual(
		expect.arrayContaining(['kind', 'title', 'lat', 'lon', 'licence', 'is_demo'])
	);
	expect(first).toContain(';vacancy;');
	const json = await request.get('/api/places?kinds=vacancy&quarters=sennestadt');
	expect(json.headers()['content-type']).toMatch(/geo\+json/);
});

test('a participant reports a barrier from the accessibility statement; staff read it', async ({
	page,
	staffPage: staff
}) => {
	await page.goto('/barrierefreiheit');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Erklärung zur Barrierefreiheit'
	);
	await expect(page.getByRole('heading', { name: 'Schlichtungsverfahren' })).toBeVisible();
	// The report form is linked from the statement and from every page's footer.
	await expect(page.getByTestId('report-barrier')).toHaveAttribute(
		'href',
		/seite=%2Fbarrierefreiheit/
	);
	await page.getByRole('main').getByRole('link', { name: 'Barriere melden', exact: true }).click();
	await expect(page.getByLabel('Auf welcher Seite?')).toHaveValue('/barrierefreiheit');
	const message = `Der Kontrast der Filterknöpfe ist zu schwach (${run}, ${test.info().project.name}).`;
	await page.getByLabel('Was ist passiert? Was brauchen Sie?').fill(message);
	await page.getByRole('button', { name: 'Meldung senden' }).click();
	await expect(page.getByTestId('feedback-thanks')).toBeVisible();

	await staff.goto('/team/rechtstexte');
	await expect(staff.getByTestId('feedback-list')).toContainText(message);
});

test('the legal pages are linked from every page and come from the database', async ({ page }) => {
	for (const path of ['/', '/daten', '/erreichbarkeit']) {
		await page.goto(path);
		const footer = page.getByRole('navigation', { name: 'Rechtliches und Hilfe' });
		for (const name of [
			'Impressum',
			'Datenschutz',
			'Barrierefreiheit',
			'Barriere melden',
			'Leichte Sprache'
		]) {
			await expect(footer.getByRole('link', { name, exact: true })).toBeVisible();
		}
	}
	await page.goto('/datenschutz');
	await expect(
		page.getByRole('heading', { name: 'Die Erreichbarkeit bleibt auf Ihrem Gerät' })
	).toBeVisible();
	await expect(page.getByText('qk.reach.settings.v1')).toBeVisible();
	await page.goto('/leichte-sprache');
	await expect(page.getByTestId('sign-language-video')).toBeVisible();
});
