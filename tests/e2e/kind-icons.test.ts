/**
 * Pictograms instead of letters (issue 13, point 3) on a 360 px phone: every kind's icon in the
 * legend is its own in grey scale (no two alike), and each kind's icon on the map is the legend's
 * icon of that kind — a screenshot of the map around one place of each kind, compared in grey
 * with every legend icon, is nearest to its own.
 */
import type { Page } from '@playwright/test';
import { PLACE_KINDS, type PlaceKind } from '../../src/lib/places/kinds';
import { decodePng, expect, placesDrawn, test } from './helpers';

test.use({ locale: 'de-DE', viewport: { width: 360, height: 740 } });

/** Crop size around an icon, CSS px (the map draws it 26 px wide at zoom 17). */
const BOX = 34;

/** The legend's icons drawn to a canvas as the map would (26 px over the map's paper), in grey. */
async function legendIcons(page: Page, background: [number, number, number]) {
	const legend = page.getByTestId('legend');
	await legend.locator('summary').click();
	const svgs = legend.locator('li svg.kind-icon');
	await expect(svgs).toHaveCount(PLACE_KINDS.length);
	const dpr = await page.evaluate(() => devicePixelRatio);
	return page.evaluate(
		async ({ box, dpr, background }) => {
			const out: Record<string, number[]> = {};
			for (const svg of document.querySelectorAll<SVGSVGElement>(
				'[data-testid=legend] li svg.kind-icon'
			)) {
				const copy = svg.cloneNode(true) as SVGSVGElement;
				copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
				copy.setAttribute('width', '26');
				copy.setAttribute('height', '26');
				const img = new Image();
				img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(copy.outerHTML)}`;
				await img.decode();
				const n = Math.round(box * dpr);
				const c = document.createElement('canvas');
				c.width = c.height = n;
				const ctx = c.getContext('2d')!;
				ctx.fillStyle = `rgb(${background.join(',')})`;
				ctx.fillRect(0, 0, n, n);
				const size = 26 * dpr;
				ctx.drawImage(img, (n - size) / 2, (n - size) / 2, size, size);
				const { data } = ctx.getImageData(0, 0, n, n);
				const grey: number[] = [];
				for (let i = 0; i < data.length; i += 4)
					grey.push(Math.round(0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]));
				out[svg.dataset.kind!] = grey;
			}
			return out;
		},
		{ box: BOX, dpr, background }
	);
}

/** Mean absolute grey difference of two n×n images, the best over small shifts of `b`. */
function distance(a: number[], b: number[], shift = 4) {
	const n = Math.round(Math.sqrt(a.length));
	let best = Infinity;
	for (let dy = -shift; dy <= shift; dy++)
		for (let dx = -shift; dx <= shift; dx++) {
			let sum = 0;
			let count = 0;
			for (let y = shift; y < n - shift; y++)
				for (let x = shift; x < n - shift; x++) {
					sum += Math.abs(a[y * n + x] - b[(y + dy) * n + x + dx]);
					count++;
				}
			best = Math.min(best, sum / count);
		}
	return best;
}

test('every kind has its own pictogram, the same in the legend and on the map @layout', async ({
	page
}) => {
	test.setTimeout(240_000);
	// One place of each kind with no other place of its kind within ~50 m: its icon stands alone.
	const alone = new Map<PlaceKind, [number, number]>();
	for (const kind of PLACE_KINDS) {
		const fc = await (await page.request.get(`/api/places?kinds=${kind}&limit=5000`)).json();
		const points = (fc.features as { geometry: { coordinates: [number, number] } }[]).map(
			(f) => f.geometry.coordinates
		);
		const free = points.find(
			([lon, lat]) =>
				points.filter(([x, y]) => Math.abs(x - lon) < 0.0008 && Math.abs(y - lat) < 0.0005)
					.length === 1
		);
		expect(free, `a ${kind} alone on the map`).toBeTruthy();
		alone.set(kind, free!);
	}

	const shots = new Map<PlaceKind, number[]>();
	let background: [number, number, number] = [255, 255, 255];
	for (const [kind, [lon, lat]] of alone) {
		await page.goto(`/?kinds=${kind}&map=17/${lat}/${lon}`);
		// Drawn, not only loaded: the icon must be on the canvas before the screenshot.
		const map = await placesDrawn(page);
		const canvas = (await map.locator('canvas').boundingBox())!;
		const clip = {
			x: canvas.x + canvas.width / 2 - BOX / 2,
			y: canvas.y + canvas.height / 2 - BOX / 2,
			width: BOX,
			height: BOX
		};
		const img = decodePng(await page.screenshot({ clip }));
		const grey: number[] = [];
		for (let i = 0; i < img.rgba.length; i += 4)
			grey.push(
				Math.round(0.2126 * img.rgba[i] + 0.7152 * img.rgba[i + 1] + 0.0722 * img.rgba[i + 2])
			);
		shots.set(kind, grey);
		background = [img.rgba[0], img.rgba[1], img.rgba[2]];
		if (kind === 'vacancy') await page.screenshot({ path: 'test-results/kind-icons-map.png' });
	}

	const legend = await legendIcons(page, background);
	await page.getByTestId('legend').screenshot({ path: 'test-results/kind-icons-legend.png' });
	expect(Object.keys(legend).sort()).toEqual([...PLACE_KINDS].sort());

	// No two kinds alike in grey: every pair differs clearly (a letter swap alone would not).
	for (const a of PLACE_KINDS)
		for (const b of PLACE_KINDS) {
			if (a >= b) continue;
			expect(distance(legend[a], legend[b]), `${a} / ${b} in grey`).toBeGreaterThan(12);
		}

	// The map draws each kind as the legend shows it: its own legend icon is the nearest.
	for (const [kind, shot] of shots) {
		const ranked = PLACE_KINDS.map((k) => ({ k, d: distance(legend[k], shot) })).sort(
			(x, y) => x.d - y.d
		);
		expect(ranked[0].k, `${kind}: ${JSON.stringify(ranked)}`).toBe(kind);
		// …and close to it: the same shape with another pictogram measured 11–12, the right one 2–7.
		expect(ranked[0].d, `${kind}: ${JSON.stringify(ranked)}`).toBeLessThan(9);
	}
});
