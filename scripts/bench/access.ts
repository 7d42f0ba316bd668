/**
 * npm run bench:access — the staff dashboard's accessibility picture (issue 15, item 6): vacancies
 * reachable within 30 min by bus and Stadtbahn departing 7:30 from the centre of every 250 m cell
 * of the three quarters (ReachEngine.reachableCounts, as the worker runs it), on
 *   1. the committed demo network (regions/bielefeld/static/reach: Demo-Fahrplan, no streets → fallback model), and
 *   2. the bench's synthetic city with streets (scripts/bench/city.ts, laid over Bielefeld),
 * with the seed's published vacancies as the opportunities. Printed beside the median of single-
 * origin compute() calls (with bands, as the map page runs them) from the same run: ratio = all
 * cells / one query. Not a test: nothing here asserts. Run it under /work/wt/heavy.
 * Needs the open data for the seed (QK_SEED_DATA or --data, as npm run data:seed).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeTransit } from '../../src/lib/reach/codec.ts';
import { ReachEngine, type ReachRequest } from '../../src/lib/reach/engine/index.ts';
import { transitModelFrom } from '../../src/lib/reach/transit-model.ts';
import { quarterCells } from '../../src/routes/team/uebersicht/access.ts';
import { syntheticCity } from '../data-build/testing/synthetic.ts';
import { bielefeld } from '../seed/bielefeld.ts';
import { buildSeed } from '../seed/build.ts';
import { readCatalogue } from '../seed/catalogue.ts';
import { dataFolder, readOpenData } from '../seed/open-data.ts';
import { BENCH_CITY } from './city.ts';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const log = (s: string) => process.stderr.write(s + '\n');

const quarters = JSON.parse(
	readFileSync(join(root, 'regions/bielefeld/static/data/quarters.geojson'), 'utf8')
);
const cells = quarterCells(quarters);
const { world } = buildSeed(
	bielefeld,
	readOpenData(bielefeld, dataFolder(process.argv.slice(2), process.env, root)),
	readCatalogue(bielefeld)
);
const vacancies = world.places.filter((p) => p.kind === 'vacancy' && p.status === 'published');
const vLon = vacancies.map((p) => p.location[0]);
const vLat = vacancies.map((p) => p.location[1]);
const lon = Float64Array.from(cells, (c) => c.lon);
const lat = Float64Array.from(cells, (c) => c.lat);
const base: Omit<ReachRequest, 'origin' | 'bandMinutes'> = {
	mode: 'transit',
	time: { kind: 'depart', seconds: 7.5 * 3600 }
};
const perQuarter = new Map<string, number>();
for (const c of cells) perQuarter.set(c.quarter, (perQuarter.get(c.quarter) ?? 0) + 1);
log(
	`${cells.length} cells of 250 m (${[...perQuarter].map(([q, n]) => `${q} ${n}`).join(', ')}), ` +
		`${vacancies.length} published vacancies from the seed`
);

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function run(name: string, engine: ReachEngine) {
	engine.setPlaces(vLon, vLat);
	// One single-origin query as the map runs it (bands included), median over 15 cells.
	const sample = Array.from({ length: 15 }, (_, k) => Math.floor((k * cells.length) / 15));
	for (const i of sample.slice(0, 3))
		engine.compute({ ...base, origin: { lon: lon[i], lat: lat[i] } });
	const single = median(
		sample.map((i) => {
			const t = performance.now();
			engine.compute({ ...base, origin: { lon: lon[i], lat: lat[i] } });
			return performance.now() - t;
		})
	);
	const t = performance.now();
	const counts = engine.reachableCounts(lon, lat, base, 30);
	const total = performance.now() - t;
	const reached = Array.from(counts);
	log(
		`${name} (${engine.model} model): all ${cells.length} cells ${total.toFixed(0)} ms ` +
			`(${(total / cells.length).toFixed(2)} ms per cell); one single-origin compute() ` +
			`${single.toFixed(2)} ms (median of ${sample.length}); ratio all cells / one query ` +
			`${(total / single).toFixed(1)}; vacancies reachable per cell: median ${median(reached)}, ` +
			`max ${Math.max(...reached)}`
	);
}

// 1. The committed demo network.
const manifest = JSON.parse(
	readFileSync(join(root, 'regions/bielefeld/static/reach/manifest.json'), 'utf8')
);
const transitBytes = new Uint8Array(
	readFileSync(join(root, 'regions/bielefeld/static/reach', manifest.files.transit.path))
);
run(
	'demo network',
	new ReachEngine({
		transit: decodeTransit(transitBytes).transit,
		transitModel: transitModelFrom(manifest.transitModel)
	})
);

// 2. The bench's synthetic city with streets.
let t = performance.now();
const city = syntheticCity(BENCH_CITY);
log(
	`bench city: ${city.streets.nodeCount} street nodes, ${city.transit.stopCount} stops, ` +
		`generated in ${(performance.now() - t).toFixed(0)} ms`
);
t = performance.now();
run('bench city', new ReachEngine({ streets: city.streets, transit: city.transit }));
