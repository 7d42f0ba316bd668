/**
 * Golden files for the travel-time bands: travel times at points around Sennestadt
 * (tests/fixtures/golden/bands/*.in.geojson, written by make-inputs.ts there) go through the
 * contouring the engine uses, and the bands must equal the committed *.out.geojson to 1e-6°.
 * After a deliberate change to the contouring, regenerate them and review the diff:
 *   npm run test:golden:update        (QK_UPDATE_GOLDEN=1 vitest run src/lib/reach/bands.golden.test.ts)
 * On a mismatch the failure lists, per band, what changed (area, rings, vertices, first point).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	BAND_GRID_MAX_CELLS,
	createGrid,
	gridToBands,
	rasteriseNodes,
	splatPoints,
	type BandCollection,
	type Position
} from './bands';
import { kmhToMs, localProjection, projectX, projectY } from './geo';

const DIR = 'tests/fixtures/golden/bands';
const UPDATE = process.env.QK_UPDATE_GOLDEN === '1';

interface GoldenInput {
	qk: {
		model: 'streets' | 'stops';
		origin: [number, number];
		speedKmh: number;
		maxMinutes: number;
		bands: number[];
		egressMeters?: number;
	};
	features: {
		properties: { seconds: number[] };
		geometry: { type: 'MultiPoint'; coordinates: Position[] };
	}[];
}

/** The bands for an input, as the street model (nodes) or the straight-line model (stops) does. */
function bandsFor(input: GoldenInput): BandCollection {
	const { model, origin, speedKmh, maxMinutes, bands, egressMeters = 800 } = input.qk;
	const projection = localProjection(origin[0], origin[1]);
	const coords = input.features.flatMap((f) => f.geometry.coordinates);
	const seconds = input.features.flatMap((f) => f.properties.seconds);
	const xs = Float32Array.from(coords, ([lon]) => projectX(projection, lon));
	const ys = Float32Array.from(coords, ([, lat]) => projectY(projection, lat));
	const maxSeconds = maxMinutes * 60;
	const v = kmhToMs(speedKmh);
	if (model === 'streets') {
		return gridToBands(rasteriseNodes(projection, xs, ys, seconds, maxSeconds, v), bands);
	}
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (let k = 0; k < seconds.length; k++) {
		const r = Math.min(egressMeters, (maxSeconds - seconds[k]) * v);
		[minX, maxX] = [Math.min(minX, xs[k] - r), Math.max(maxX, xs[k] + r)];
		[minY, maxY] = [Math.min(minY, ys[k] - r), Math.max(maxY, ys[k] + r)];
	}
	const grid = createGrid(projection, { minX, minY, maxX, maxY }, 50, BAND_GRID_MAX_CELLS);
	splatPoints(grid, xs, ys, seconds, maxSeconds, egressMeters, v);
	return gridToBands(grid, bands);
}

/** Rounded to 1e-6° (≈ 0.1 m), the precision the golden files keep. */
function rounded(fc: BandCollection): BandCollection {
	const r = (p: Position): Position => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];
	return {
		type: 'FeatureCollection',
		features: fc.features.map((f) => ({
			...f,
			geometry: {
				...f.geometry,
				coordinates: f.geometry.coordinates.map((poly) => poly.map((ring) => ring.map(r)))
			}
		}))
	};
}

/** Planar area of a ring in km² (shoelace on a local projection; enough to compare two runs). */
function areaKm2(rings: Position[][], lat0: number) {
	const kx = 111.195 * Math.cos((lat0 * Math.PI) / 180);
	const ky = 111.195;
	let total = 0;
	for (const ring of rings) {
		let a = 0;
		for (let i = 0; i + 1 < ring.length; i++)
			a += ring[i][0] * kx * ring[i + 1][1] * ky - ring[i + 1][0] * kx * ring[i][1] * ky;
		total += Math.abs(a / 2) * (rings.indexOf(ring) === 0 ? 1 : -1);
	}
	return total;
}

/** What differs, one line per band, in words (empty when equal). */
function describeDiff(expected: BandCollection, actual: BandCollection, lat0: number): string[] {
	const out: string[] = [];
	const byMinutes = (fc: BandCollection) =>
		new Map(fc.features.map((f) => [f.properties.minutes, f]));
	const [e, a] = [byMinutes(expected), byMinutes(actual)];
	for (const minutes of new Set([...e.keys(), ...a.keys()])) {
		const [fe, fa] = [e.get(minutes), a.get(minutes)];
		if (!fe || !fa) {
			out.push(`${minutes} min: ${fe ? 'missing' : 'unexpected'} band`);
			continue;
		}
		if (JSON.stringify(fe.geometry) === JSON.stringify(fa.geometry)) continue;
		const stats = (c: Position[][][]) => ({
			parts: c.length,
			rings: c.reduce((n, p) => n + p.length, 0),
			vertices: c.flat(2).length,
			km2: c.reduce((s, p) => s + areaKm2(p, lat0), 0)
		});
		const [se, sa] = [stats(fe.geometry.coordinates), stats(fa.geometry.coordinates)];
		const pe = fe.geometry.coordinates.flat(2);
		const pa = fa.geometry.coordinates.flat(2);
		const i = pe.findIndex((p, k) => !pa[k] || p[0] !== pa[k][0] || p[1] !== pa[k][1]);
		out.push(
			`${minutes} min: area ${se.km2.toFixed(4)} → ${sa.km2.toFixed(4)} km² ` +
				`(${(((sa.km2 - se.km2) / se.km2) * 100).toFixed(2)} %), polygons ${se.parts} → ${sa.parts}, ` +
				`rings ${se.rings} → ${sa.rings}, vertices ${se.vertices} → ${sa.vertices}` +
				(i >= 0
					? `, first difference at vertex ${i}: ${JSON.stringify(pe[i])} → ${JSON.stringify(pa[i] ?? null)}`
					: '')
		);
	}
	return out;
}

const inputs = readdirSync(DIR).filter((f) => f.endsWith('.in.geojson'));

describe('travel-time bands against golden files (tests/fixtures/golden/bands)', () => {
	it('has inputs', () => expect(inputs.length).toBeGreaterThanOrEqual(2));

	for (const name of inputs) {
		it(`${name} gives the committed ${name.replace('.in.', '.out.')}`, () => {
			const input = JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as GoldenInput;
			const actual = rounded(bandsFor(input));
			const outPath = `${DIR}/${name.replace('.in.', '.out.')}`;
			if (UPDATE) {
				writeFileSync(outPath, JSON.stringify(actual).replace(/\],\[/g, '],\n[') + '\n');
				console.warn(`[golden] wrote ${outPath}: review the diff before committing`);
			}
			const expected = JSON.parse(readFileSync(outPath, 'utf8')) as BandCollection;
			// Sanity of the fixture itself: four nested, non-empty bands.
			expect(expected.features.map((f) => f.properties.minutes)).toEqual(input.qk.bands);
			expect(describeDiff(expected, actual, input.qk.origin[1])).toEqual([]);
		});
	}
});
