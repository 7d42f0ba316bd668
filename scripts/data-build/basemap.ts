/**
 * npm run data:basemap -- [--osm city.osm.pbf] [--out regions/<QK_REGION>/static/basemap]
 *                         [--bbox minLon,minLat,maxLon,maxLat]
 *
 * Builds the region's basemap (vector tiles z10–z16, one PMTiles archive, basemap.v1.pmtiles) from
 * its OSM extract; needs osmium-tool. Defaults: regions/<QK_REGION>/source/<QK_REGION>.osm.pbf and
 * the region's cityBbox. The app uses it when region.json names it ("basemap"). Written to a
 * temporary file and renamed, so a failed build leaves the old archive.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildBasemap, readBasemapFeatures } from './pipeline/basemap.ts';

export const BASEMAP_FILE = 'basemap.v1.pmtiles';

type Bbox = [number, number, number, number];

if (process.argv[1]?.endsWith('basemap.ts')) {
	const started = performance.now();
	const region = process.env.QK_REGION || 'bielefeld';
	const regionJson = JSON.parse(readFileSync(`regions/${region}/region.json`, 'utf8')) as {
		name: string;
		cityBbox: Bbox;
		basemap?: { attribution: string | { de: string } };
	};
	const argv = process.argv.slice(2);
	let osm = `regions/${region}/source/${region}.osm.pbf`;
	let out = `regions/${region}/static/basemap`;
	let bbox: Bbox = regionJson.cityBbox;
	const fail = (msg: string) => {
		process.stderr.write(
			`data:basemap: ${msg}\nusage: npm run data:basemap -- [--osm city.osm.pbf] [--out DIR] [--bbox minLon,minLat,maxLon,maxLat]\n`
		);
		process.exit(1);
	};
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--osm') osm = argv[++i];
		else if (argv[i] === '--out') out = argv[++i];
		else if (argv[i] === '--bbox') {
			const parts = (argv[++i] ?? '').split(',').map(Number);
			if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p)))
				fail('--bbox wants minLon,minLat,maxLon,maxLat');
			bbox = parts as Bbox;
		} else fail(`unknown argument ${argv[i]}`);
	}
	if (!existsSync(osm)) fail(`no OSM extract at ${osm} (download the city's extract first)`);
	try {
		const features = readBasemapFeatures(osm, bbox);
		const read = performance.now();
		const credit = regionJson.basemap?.attribution;
		const built = buildBasemap(features, {
			name: `${regionJson.name} basemap`,
			// The archive's metadata keeps the German credit (the app shows the reader's language).
			attribution:
				(typeof credit === 'string' ? credit : credit?.de) ?? '© OpenStreetMap contributors',
			bbox
		});
		const dir = resolve(out);
		mkdirSync(dir, { recursive: true });
		const tmp = join(dir, `.${BASEMAP_FILE}.tmp-${process.pid}`);
		writeFileSync(tmp, built.archive.bytes);
		renameSync(tmp, join(dir, BASEMAP_FILE));
		const a = built.archive;
		const l = built.largestTile;
		process.stderr.write(
			`data:basemap: wrote ${join(out, BASEMAP_FILE)}: ${a.bytes.length} B, ${a.addressedTiles} tiles ` +
				`(${a.tileContents} distinct), per zoom ${JSON.stringify(built.perZoom)}, largest ` +
				`${l.z}/${l.x}/${l.y} ${l.bytes} B gzip; features ${JSON.stringify(built.features)}; ` +
				`osmium ${((read - started) / 1000).toFixed(2)} s, tiles ${((performance.now() - read) / 1000).toFixed(2)} s\n`
		);
	} catch (e) {
		process.stderr.write(`data:basemap: ${(e as Error).message}\n`);
		process.exit(1);
	}
}
