/**
 * npm run bench:addresses — the on-device address search on a city-sized index: 100,000
 * generated addresses on 4,000 generated streets over a 15 × 12 km city (Bielefeld's quarters and
 * postcode-like bands), written as an OSM PBF and built through the pipeline (build time), then
 * the index's size (raw, gzip -9, brotli 11), its decode time and the search's p50/p95/p99 over
 * 2,000 queries (exact "street number", street prefixes, one-letter typos, "number street
 * postcode", nonsense), beside a baseline from the same run: a plain scan over all 100,000
 * "street number" labels (fold + includes per word, as the stop search does). Also the share of
 * exact and typo queries whose first hit is the address meant. Not a test: nothing asserts.
 * Run it under /work/wt/heavy (QK_HEAVY_EXCLUSIVE=1 for quiet numbers).
 */
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { decodeAddresses } from '../../src/lib/addresses/format.ts';
import { AddressSearch, foldAddress } from '../../src/lib/addresses/search.ts';
import { buildAddressIndex, regionQuarters } from '../data-build/pipeline/addresses.ts';
import {
	writeOsmPbf,
	type WriterNode,
	type WriterWay
} from '../data-build/testing/osm-pbf-writer.ts';

const ADDRESSES = Number(process.env.QK_BENCH_ADDRESSES ?? 100_000);
const STREETS = 4_000;
const QUERIES = 2_000;
const log = (s: string) => process.stderr.write(s + '\n');

let seed = 20261202;
const random = () => {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

const STEMS =
	`Linden Eichen Buchen Birken Ahorn Kastanien Bahnhof Schul Kirch Mühlen Garten Wiesen Berg Tal
Feld Heide Wald Bach Brunnen Markt Rathaus Schloss Burg Turm Hof Kloster Sonnen Mond Stern Rosen Tulpen
Nelken Flieder Holunder Weiden Erlen Eschen Tannen Fichten Kiefern Lerchen Finken Amsel Drossel Falken
Adler Hasen Fuchs Dachs Biber Otter Teich See Fluss Hafen Brücken Tor Mauer Graben Wall Acker Koppel
Anger Weinberg Hopfen Gersten Roggen Hafer Weizen Flachs Leinen Weber Schmiede Bäcker Müller Fischer
Jäger Förster Gärtner Schäfer Hirten Sennen Johannis Marien Paulus Petri Nikolai Elbe Weser Ems Lippe`
		.split(/\s+/)
		.filter(Boolean);
const SUFFIXES = [
	'straße',
	'weg',
	'allee',
	'ring',
	'platz',
	'gasse',
	'damm',
	'pfad',
	'kamp',
	'stieg'
];
const PREFIXES = ['', '', '', '', 'Alte ', 'Neue ', 'Obere ', 'Untere ', 'Kleine ', 'Große '];

function streetNames(): string[] {
	const names = new Set<string>();
	while (names.size < STREETS) {
		const a = pick(STEMS);
		const b = random() < 0.3 ? pick(STEMS).toLowerCase() : '';
		const r = random();
		if (r < 0.08) names.add(`Am ${a}${b}`);
		else if (r < 0.12) names.add(`An der ${a}${b}`);
		else {
			const prefix = pick(PREFIXES);
			const suffix = pick(SUFFIXES);
			// "Große Lindenstraße" but not "Große Lindenweg" grammar: good enough for a bench
			names.add(`${prefix}${a}${b}${suffix}`);
		}
	}
	return [...names];
}

interface Truth {
	street: string;
	housenumber: string;
	postcode: string;
}

function city(): { pbf: Uint8Array; truth: Truth[] } {
	const [lon0, lat0] = [8.45, 51.96];
	const mLon = 111195 * Math.cos((lat0 * Math.PI) / 180);
	const nodes: WriterNode[] = [];
	const ways: WriterWay[] = [];
	const truth: Truth[] = [];
	const names = streetNames();
	let nodeId = 1;
	const perStreet = ADDRESSES / STREETS;
	names.forEach((name, s) => {
		const x = random() * 15000;
		const y = random() * 12000;
		const angle = random() * Math.PI;
		const count =
			s === names.length - 1
				? ADDRESSES - truth.length
				: Math.round(perStreet * (0.4 + random() * 1.2));
		const length = Math.max(150, count * 9);
		const at = (d: number, side: number): [number, number] => {
			const px = x + Math.cos(angle) * d - Math.sin(angle) * side;
			const py = y + Math.sin(angle) * d + Math.cos(angle) * side;
			return [lon0 + px / mLon, lat0 + py / 111195];
		};
		const a = nodeId++;
		const b = nodeId++;
		const [alon, alat] = at(0, 0);
		const [blon, blat] = at(length, 0);
		nodes.push({ id: a, lon: alon, lat: alat }, { id: b, lon: blon, lat: blat });
		ways.push({ id: s + 1, refs: [a, b], tags: { highway: 'residential', name } });
		const postcode = String(
			33600 + Math.floor((y / 12000) * 10) * 10 + Math.floor((x / 15000) * 5)
		);
		for (let k = 0; k < count; k++) {
			const housenumber = String(k + 1) + (random() < 0.05 ? pick(['a', 'b', 'c']) : '');
			const [lon, lat] = at(((k >> 1) + 0.5) * 18, k % 2 ? 15 : -15);
			nodes.push({
				id: nodeId++,
				lon,
				lat,
				tags: { 'addr:street': name, 'addr:housenumber': housenumber, 'addr:postcode': postcode }
			});
			truth.push({ street: name, housenumber, postcode });
		}
	});
	return { pbf: writeOsmPbf(nodes, ways), truth };
}

function typo(s: string): string {
	const i = 1 + Math.floor(random() * (s.length - 2));
	const r = random();
	if (r < 0.4) return s.slice(0, i) + s.slice(i + 1); // a letter missing
	if (r < 0.7) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); // two swapped
	return s.slice(0, i) + 'x' + s.slice(i + 1); // a wrong letter
}

const quantile = (sorted: number[], q: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (v: number) => `${v.toFixed(3)} ms`;

log(`[bench:addresses] generating ${ADDRESSES} addresses on ${STREETS} streets …`);
const { pbf, truth } = city();
log(`  OSM PBF ${(pbf.length / 1e6).toFixed(2)} MB`);
let t = performance.now();
const built = buildAddressIndex(pbf, {
	osmName: 'bench.osm.pbf',
	quarters: regionQuarters('bielefeld')
});
const buildMs = performance.now() - t;
const raw = built.bytes;
const gz = gzipSync(raw, { level: 9 });
const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
t = performance.now();
const index = decodeAddresses(raw);
const search = new AddressSearch(index);
const decodeMs = performance.now() - t;

// queries
type Kind = 'exact' | 'prefix' | 'typo' | 'reordered' | 'nonsense';
const queries: { q: string; kind: Kind; want?: Truth }[] = [];
for (let i = 0; i < QUERIES; i++) {
	const a = pick(truth);
	const r = random();
	if (r < 0.4) queries.push({ q: `${a.street} ${a.housenumber}`, kind: 'exact', want: a });
	else if (r < 0.6)
		queries.push({ q: a.street.slice(0, 3 + Math.floor(random() * 5)), kind: 'prefix' });
	else if (r < 0.8)
		queries.push({ q: `${typo(a.street)} ${a.housenumber}`, kind: 'typo', want: a });
	else if (r < 0.9)
		queries.push({ q: `${a.housenumber} ${a.street}, ${a.postcode}`, kind: 'reordered', want: a });
	else queries.push({ q: `Qwxz${Math.floor(random() * 1000)}`, kind: 'nonsense' });
}

// baseline: a plain scan over every label, as the stop search does for stops
const labels = truth.map((a) => foldAddress(`${a.street} ${a.housenumber}`));
function baseline(q: string): number[] {
	const words = foldAddress(q).split(' ').filter(Boolean);
	const out: number[] = [];
	for (let i = 0; i < labels.length && out.length < 8; i++)
		if (words.every((w) => labels[i].includes(w))) out.push(i);
	return out;
}

const timeAll = (fn: (q: string) => unknown) => {
	for (const { q } of queries.slice(0, 200)) fn(q); // warm-up
	const times = queries.map(({ q }) => {
		const s = performance.now();
		fn(q);
		return performance.now() - s;
	});
	return times.sort((a, b) => a - b);
};
const ours = timeAll((q) => search.search(q));
const base = timeAll(baseline);

const right: Record<string, [number, number]> = {};
for (const { q, kind, want } of queries) {
	if (!want) continue;
	const [hit] = search.search(q, 1);
	const r = (right[kind] ??= [0, 0]);
	r[1]++;
	if (hit && hit.street === want.street && hit.housenumber === want.housenumber) r[0]++;
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
console.log(
	`address index: ${built.header.addresses} addresses, ${built.header.streets} streets, ${built.header.postcodes.length} postcodes`
);
console.log(`  build from PBF      ${buildMs.toFixed(0)} ms`);
console.log(
	`  size                raw ${kb(raw.length)}, gzip -9 ${kb(gz.length)} (${(gz.length / 1024 / 1024).toFixed(2)} MB; target ≤ 1.5 MB), brotli ${kb(br.length)}`
);
console.log(`  per address         ${(gz.length / built.header.addresses).toFixed(1)} B gzip`);
console.log(`  decode + prepare    ${decodeMs.toFixed(0)} ms (once per page)`);
console.log(`search, ${QUERIES} queries      p50        p95        p99        max`);
const row = (name: string, v: number[]) =>
	console.log(
		`  ${name.padEnd(24)} ${[0.5, 0.95, 0.99, 1].map((q) => ms(quantile(v, q)).padStart(10)).join(' ')}`
	);
row('on-device index', ours);
row('baseline: scan labels', base);
console.log(
	`  ratio p95 index / baseline: ${(quantile(ours, 0.95) / quantile(base, 0.95)).toFixed(2)} (target p95 ≤ 10 ms)`
);
for (const [kind, [ok, all]] of Object.entries(right))
	console.log(
		`  first hit is the address meant (${kind}): ${ok} of ${all} (${((100 * ok) / all).toFixed(1)} %)`
	);
