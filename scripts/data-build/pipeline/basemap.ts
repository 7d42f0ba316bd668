/**
 * The basemap: the region's OSM extract → vector tiles (z10–z16) in one PMTiles archive.
 * osmium cuts the extract to the region's box, keeps only what the map draws (tags-filter) and
 * assembles areas from ways and multipolygons (export); basemap-features.ts classifies; geojson-vt
 * cuts tiles; vt-pbf encodes them as Mapbox Vector Tiles; pmtiles-writer.ts writes the archive.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import {
	BASEMAP_LAYERS,
	classify,
	OSMIUM_FILTERS,
	type BasemapFeature,
	type BasemapLayer
} from './basemap-features.ts';
import { Compression, writePmtiles, type Archive } from './pmtiles-writer.ts';

export const BASEMAP_MIN_ZOOM = 10;
export const BASEMAP_MAX_ZOOM = 16;
const EXTENT = 4096;

type Bbox = [number, number, number, number];

/** The extract's features that the basemap draws, via osmium (extract → tags-filter → export). */
export function readBasemapFeatures(osmPath: string, bbox?: Bbox): BasemapFeature[] {
	const dir = mkdtempSync(join(tmpdir(), 'qk-basemap-'));
	try {
		let input = osmPath;
		const quiet = ['--no-progress', '--overwrite'];
		if (bbox) {
			const cut = join(dir, 'cut.osm.pbf');
			execFileSync('osmium', ['extract', '-b', bbox.join(','), input, '-o', cut, ...quiet]);
			input = cut;
		}
		const kept = join(dir, 'kept.osm.pbf');
		execFileSync('osmium', ['tags-filter', input, ...OSMIUM_FILTERS, '-o', kept, ...quiet]);
		const seq = join(dir, 'kept.geojsonseq');
		execFileSync('osmium', ['export', kept, '-f', 'geojsonseq', '-o', seq, ...quiet]);
		const out: BasemapFeature[] = [];
		for (const line of readFileSync(seq, 'utf8').split('\n')) {
			// geojsonseq may start each record with RS (0x1e)
			const json = (line.startsWith('\u001e') ? line.slice(1) : line).trim();
			if (!json) continue;
			const f = classify(JSON.parse(json) as GeoJSON.Feature);
			if (f) out.push(f);
		}
		return out;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const lonToX = (lon: number, n: number) => Math.floor(((lon + 180) / 360) * n);
const latToY = (lat: number, n: number) => {
	const r = (lat * Math.PI) / 180;
	return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
};

function extentOf(features: BasemapFeature[]): Bbox {
	const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (c: unknown): void => {
		if (typeof (c as number[])[0] === 'number') {
			const [x, y] = c as number[];
			if (x < b[0]) b[0] = x;
			if (y < b[1]) b[1] = y;
			if (x > b[2]) b[2] = x;
			if (y > b[3]) b[3] = y;
		} else for (const d of c as unknown[]) visit(d);
	};
	for (const f of features)
		visit(
			(f.feature.geometry as Exclude<GeoJSON.Geometry, GeoJSON.GeometryCollection>).coordinates
		);
	return b;
}

export interface BasemapBuild {
	archive: Archive;
	/** Tiles per zoom and the largest tile (gzip bytes). */
	perZoom: Record<number, number>;
	largestTile: { z: number; x: number; y: number; bytes: number };
	features: Record<BasemapLayer, number>;
}

/** Cuts, encodes and gzips every non-empty tile z10–z16 and writes the archive. */
export function buildBasemap(
	features: BasemapFeature[],
	opts: { name: string; attribution: string; bbox?: Bbox }
): BasemapBuild {
	if (features.length === 0) throw new Error('the extract has nothing the basemap draws');
	const counts = Object.fromEntries(BASEMAP_LAYERS.map((l) => [l, 0])) as Record<
		BasemapLayer,
		number
	>;
	const indexes = BASEMAP_LAYERS.map((layer) => {
		const fs = features.filter((f) => f.layer === layer).map((f) => f.feature);
		counts[layer] = fs.length;
		return {
			layer,
			index: fs.length
				? new GeoJSONVT(
						{ type: 'FeatureCollection', features: fs },
						{ maxZoom: BASEMAP_MAX_ZOOM, indexMaxZoom: 12, buffer: 64, extent: EXTENT }
					)
				: null
		};
	});
	const data = extentOf(features);
	const b: Bbox = opts.bbox
		? [
				Math.max(data[0], opts.bbox[0]),
				Math.max(data[1], opts.bbox[1]),
				Math.min(data[2], opts.bbox[2]),
				Math.min(data[3], opts.bbox[3])
			]
		: data;
	const tiles: { z: number; x: number; y: number; data: Uint8Array }[] = [];
	const perZoom: Record<number, number> = {};
	let largestTile = { z: 0, x: 0, y: 0, bytes: 0 };
	for (let z = BASEMAP_MIN_ZOOM; z <= BASEMAP_MAX_ZOOM; z++) {
		const n = 2 ** z;
		perZoom[z] = 0;
		for (let x = lonToX(b[0], n); x <= lonToX(b[2], n); x++)
			for (let y = latToY(b[3], n); y <= latToY(b[1], n); y++) {
				const layers: Record<string, { features: unknown[] }> = {};
				for (const { layer, index } of indexes) {
					const tile = index?.getTile(z, x, y);
					if (!tile) continue;
					const kept = tile.features
						.filter((f) => Number(f.tags?.minzoom ?? 0) <= z)
						.map((f) => {
							const { minzoom: _, ...tags } = f.tags ?? {};
							return { ...f, tags };
						});
					if (kept.length) layers[layer] = { features: kept };
				}
				if (Object.keys(layers).length === 0) continue;
				const mvt = gzipSync(fromGeojsonVt(layers, { version: 2, extent: EXTENT }), { level: 9 });
				tiles.push({ z, x, y, data: mvt });
				perZoom[z]++;
				if (mvt.length > largestTile.bytes) largestTile = { z, x, y, bytes: mvt.length };
			}
	}
	const archive = writePmtiles(tiles, {
		minZoom: BASEMAP_MIN_ZOOM,
		maxZoom: BASEMAP_MAX_ZOOM,
		bounds: b,
		center: [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2, 14],
		tileCompression: Compression.gzip,
		metadata: {
			name: opts.name,
			format: 'pbf',
			attribution: opts.attribution,
			generator: 'quartierkarte scripts/data-build/basemap.ts',
			vector_layers: BASEMAP_LAYERS.filter((l) => counts[l] > 0).map((id) => ({
				id,
				fields: {},
				minzoom: BASEMAP_MIN_ZOOM,
				maxzoom: BASEMAP_MAX_ZOOM
			}))
		}
	});
	return { archive, perZoom, largestTile, features: counts };
}
