/**
 * The basemap of the synthetic region, built from its shipped extract and read back with the
 * `pmtiles` library (not with our writer) and @mapbox/vector-tile: named streets where they are,
 * buildings at z16, labels in other scripts, no tile over 500 kB, and the shipped archive is the
 * one the pipeline builds. Plus the writer alone: leaf directories and run lengths.
 */
import { readFileSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import { PMTiles, type Source } from 'pmtiles';
import { PbfReader as Pbf } from 'pbf';
import { beforeAll, describe, expect, it } from 'vitest';
import { musterstadtAddresses, ROW_STREETS } from '../testing/musterstadt';
import { archiveWithLeaves } from '../testing/pmtiles-leaves';
import { buildBasemap, readBasemapFeatures, type BasemapBuild } from './basemap';
import { Compression, writePmtiles } from './pmtiles-writer';

const OSM = 'regions/musterstadt/source/musterstadt.osm.pbf';
const REGION = JSON.parse(readFileSync('regions/musterstadt/region.json', 'utf8')) as {
	name: string;
	cityBbox: [number, number, number, number];
	basemap: { url: string; attribution: { de: string } };
};
const CITY = REGION.cityBbox;

function bufferSource(bytes: Uint8Array): Source {
	return {
		getKey: () => 'memory',
		getBytes: async (offset, length) => ({
			data: Uint8Array.prototype.slice.call(bytes, offset, offset + length).buffer as ArrayBuffer
		})
	};
}

const tileOf = (lon: number, lat: number, z: number) => {
	const n = 2 ** z;
	const r = (lat * Math.PI) / 180;
	return {
		x: Math.floor(((lon + 180) / 360) * n),
		y: Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)
	};
};

async function decoded(archive: PMTiles, z: number, x: number, y: number) {
	const t = await archive.getZxy(z, x, y);
	if (!t) return null;
	// The library has already undone the tiles' gzip (the header says gzip).
	return new VectorTile(new Pbf(new Uint8Array(t.data)));
}

/** Distance in metres from a point to a polyline (equirectangular, city scale). */
function distanceToLine(p: [number, number], line: number[][]): number {
	const k = Math.cos((p[1] * Math.PI) / 180);
	let best = Infinity;
	for (let i = 1; i < line.length; i++) {
		const [ax, ay] = [line[i - 1][0] * k, line[i - 1][1]];
		const [bx, by] = [line[i][0] * k, line[i][1]];
		const [px, py] = [p[0] * k, p[1]];
		const dx = bx - ax;
		const dy = by - ay;
		const t = Math.max(
			0,
			Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1))
		);
		best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy) * 111195);
	}
	return best;
}

describe('basemap of the synthetic region', () => {
	let build: BasemapBuild;
	let archive: PMTiles;
	beforeAll(() => {
		build = buildBasemap(readBasemapFeatures(OSM, CITY), {
			name: `${REGION.name} basemap`,
			attribution: REGION.basemap.attribution.de,
			bbox: CITY
		});
		archive = new PMTiles(bufferSource(build.archive.bytes));
	});

	it('is a PMTiles v3 archive of gzip vector tiles z10–z16 that the pmtiles library reads', async () => {
		const h = await archive.getHeader();
		expect(h.specVersion).toBe(3);
		expect([h.minZoom, h.maxZoom, h.tileType, h.tileCompression]).toEqual([10, 16, 1, 2]);
		expect(h.numAddressedTiles).toBe(build.archive.addressedTiles);
		expect(h.minLon).toBeGreaterThanOrEqual(CITY[0]);
		const meta = (await archive.getMetadata()) as { vector_layers: { id: string }[] };
		expect(meta.vector_layers.map((l) => l.id)).toEqual([
			'landcover',
			'water',
			'buildings',
			'roads',
			'rail',
			'places',
			'stops'
		]);
	});

	it('has each named street at its coordinates at z16', async () => {
		// Elbeallee is row 1 (250 m north of the grid's south edge); its midpoint between columns 4 and 5.
		for (const [row, name] of [
			[1, 'Elbeallee'],
			[6, ROW_STREETS[6]]
		] as const) {
			const lat = 61.68 + (row * 250) / 111195;
			const lon = 27.2 + (4.5 * 250) / (111195 * Math.cos((61.68 * Math.PI) / 180));
			const { x, y } = tileOf(lon, lat, 16);
			const tile = await decoded(archive, 16, x, y);
			const roads = tile?.layers.roads;
			expect(roads, `roads at 16/${x}/${y}`).toBeDefined();
			const named = Array.from({ length: roads!.length }, (_, i) => roads!.feature(i))
				.filter((f) => f.properties.name === name)
				.map((f) => f.toGeoJSON(x, y, 16).geometry as GeoJSON.LineString);
			expect(named.length).toBeGreaterThan(0);
			const d = Math.min(...named.map((g) => distanceToLine([lon, lat], g.coordinates)));
			expect(d).toBeLessThan(2);
		}
	});

	it('has a building around every sampled address building at z16, and none at z13', async () => {
		const houses = musterstadtAddresses().filter((a) => a.building);
		for (const a of houses.filter((_, i) => i % 50 === 0)) {
			const { x, y } = tileOf(a.lon, a.lat, 16);
			const layer = (await decoded(archive, 16, x, y))?.layers.buildings;
			expect(layer).toBeDefined();
			const hit = Array.from({ length: layer!.length }, (_, i) =>
				layer!.feature(i).toGeoJSON(x, y, 16)
			).some((f) => {
				const ring = (f.geometry as GeoJSON.Polygon).coordinates[0];
				const xs = ring.map((c) => c[0]);
				const ys = ring.map((c) => c[1]);
				return (
					Math.min(...xs) < a.lon &&
					a.lon < Math.max(...xs) &&
					Math.min(...ys) < a.lat &&
					a.lat < Math.max(...ys)
				);
			});
			expect(hit, `${a.street} ${a.housenumber}`).toBe(true);
		}
		const { x, y } = tileOf(houses[0].lon, houses[0].lat, 13);
		expect((await decoded(archive, 13, x, y))?.layers.buildings).toBeUndefined();
	});

	it('keeps name:xx for labels in the reader’s script, and names stops and quarters', async () => {
		const lat = 61.68 + (4 * 250) / 111195;
		const lon = 27.2 + (5.5 * 250) / (111195 * Math.cos((61.68 * Math.PI) / 180));
		const { x, y } = tileOf(lon, lat, 16);
		const roads = (await decoded(archive, 16, x, y))!.layers.roads;
		const markt = Array.from({ length: roads.length }, (_, i) => roads.feature(i)).find(
			(f) => f.properties.name === 'Marktstraße'
		);
		expect(markt?.properties['name:uk']).toBe('Ринкова вулиця');
		expect(markt?.properties['name:ar']).toBe('شارع السوق');
		expect(markt?.properties.minzoom).toBeUndefined();
		expect(build.features.stops).toBe(7);
		expect(build.features.places).toBe(4);
	});

	it('has no tile over 500 kB, unpacked', async () => {
		const h = await archive.getHeader();
		let tiles = 0;
		for (let z = h.minZoom; z <= h.maxZoom; z++) {
			const a = tileOf(h.minLon, h.maxLat, z);
			const b = tileOf(h.maxLon, h.minLat, z);
			for (let x = a.x; x <= b.x; x++)
				for (let y = a.y; y <= b.y; y++) {
					const t = await archive.getZxy(z, x, y);
					if (!t) continue;
					tiles++;
					expect(t.data.byteLength).toBeLessThan(500_000);
				}
		}
		expect(tiles).toBe(build.archive.addressedTiles);
	});

	it('ships the archive that the pipeline builds from the shipped extract', () => {
		const shipped = new Uint8Array(readFileSync(`regions/musterstadt/static${REGION.basemap.url}`));
		expect(Buffer.from(shipped).equals(Buffer.from(build.archive.bytes))).toBe(true);
	});
});

describe('the PMTiles writer alone', () => {
	it('splits a large directory into leaves that the pmtiles library follows', async () => {
		// 2^8 × 2^8 distinct tiles of odd lengths at z8: the root alone would not fit into 16 kB.
		const a = archiveWithLeaves();
		const r = new PMTiles(bufferSource(a.bytes));
		const h = await r.getHeader();
		expect(h.leafDirectoryLength).toBeGreaterThan(0);
		expect(h.rootDirectoryLength + 127).toBeLessThanOrEqual(16384);
		for (const [x, y] of [
			[0, 0],
			[255, 255],
			[17, 200],
			[128, 3]
		]) {
			const t = await r.getZxy(8, x, y);
			expect(new TextDecoder().decode(t!.data)).toMatch(new RegExp(`^${x}/${y}\\.*$`));
		}
	});

	it('stores identical neighbours once, as one entry with a run length', async () => {
		const same = new Uint8Array([1, 2, 3]);
		const tiles = [0, 1, 2, 3].map((i) => ({ z: 1, x: i % 2, y: i >> 1, data: same }));
		const a = writePmtiles(tiles, {
			minZoom: 1,
			maxZoom: 1,
			bounds: [-180, -85, 180, 85],
			center: [0, 0, 1],
			metadata: {},
			tileCompression: Compression.none
		});
		expect([a.addressedTiles, a.tileEntries, a.tileContents]).toEqual([4, 1, 1]);
		const r = new PMTiles(bufferSource(a.bytes));
		for (const t of tiles)
			expect([...new Uint8Array((await r.getZxy(1, t.x, t.y))!.data)]).toEqual([1, 2, 3]);
	});
});
