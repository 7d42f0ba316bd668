import { expect, run, test } from './helpers';

/**
 * Photos of the entries staff keep (issue 15, item 0): a public space has no organisation, and
 * media needed one, so staff could not add a photo. On a 360 px phone: staff add a photo while
 * creating a public space, the public sees it with the published place (/medien), the moderation
 * view shows it, the public place page (/ort) shows it lazily with its size and alt text, and staff
 * remove it again from the edit form.
 */
test.use({ locale: 'de-DE', viewport: { width: 360, height: 740 } });

/** A PNG header that the server accepts, padded to `bytes`. */
function png(bytes: number) {
	const b = Buffer.alloc(bytes);
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(b);
	b.write('IHDR', 12, 'latin1');
	b.writeUInt32BE(640, 16);
	b.writeUInt32BE(480, 20);
	return b;
}

test('staff add a photo to a public space and remove it again', async ({
	request,
	page: visitor,
	staffPage: page
}) => {
	test.setTimeout(90_000);
	const title = `Quartiersgarten mit Foto ${run}`;
	await page.goto('/team/eintraege/neu?typ=public_space');
	await page.getByLabel('Titel', { exact: true }).fill(title);
	await page.getByLabel('Haltestelle oder Adresse').fill('Sennestadt Alsterweg');
	await page.getByLabel(/^Fotos/).setInputFiles({
		name: 'garten.png',
		mimeType: 'image/png',
		buffer: png(40_000)
	});
	await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
	await expect(page.getByTestId('entry-status')).toHaveText('Veröffentlicht');
	const id = /eintraege\/([0-9a-f-]{36})/.exec(page.url())![1];

	// The edit form lists it; the public gets it with the published place.
	const current = page.getByTestId('current-photos').locator('img');
	await expect(current).toHaveCount(1);
	const src = (await current.getAttribute('src'))!;
	const photo = await request.get(src);
	expect(photo.status()).toBe(200);
	expect(photo.headers()['content-type']).toBe('image/png');

	const mediaId = src.slice(src.lastIndexOf('/') + 1);

	// The public place page shows it: lazy, with the file's own size and an alt text.
	await visitor.goto(`/ort/${id}`);
	const shown = visitor.getByTestId('place-photos').locator('img');
	await expect(shown).toHaveCount(1);
	await expect(shown).toHaveAttribute('src', new RegExp(`/medien/${mediaId}$`));
	await expect(shown).toHaveAttribute('loading', 'lazy');
	await expect(shown).toHaveAttribute('width', '640');
	await expect(shown).toHaveAttribute('height', '480');
	await expect(shown).toHaveAttribute('alt', `Foto 1 von 1: ${title}`);
	const box = (await shown.boundingBox())!;
	expect(box.x + box.width).toBeLessThanOrEqual(360);

	// The moderation view shows the photo.
	await page.goto(`/moderation/${id}`);
	// (the page links it relative to itself, e.g. ../medien/<id>: compare the media id)
	await expect(page.locator(`main img[src$="/medien/${mediaId}"]`)).toHaveCount(1);

	// Removed on saving.
	await page.goto(`/team/eintraege/${id}`);
	await page.getByLabel('Foto 1 beim Speichern entfernen').check();
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page.getByTestId('notice')).toBeVisible();
	await expect(page.getByTestId('current-photos')).toHaveCount(0);
	expect((await request.get(src)).status()).toBe(404);
	await visitor.goto(`/ort/${id}`);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(visitor.getByTestId('place-photos')).toHaveCount(0);
});
