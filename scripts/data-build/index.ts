/**
 * npm run data:build -- --osm file.osm.pbf --gtfs feed.zip --date 2026-12-01 [--out static/reach]
 *                       [--bbox minLon,minLat,maxLon,maxLat] [--no-quarter-check]
 *
 * Builds the reachability artifacts (streets.v1.bin, transit.v1.bin, manifest.json). Progress
 * goes to stderr; errors end with exit code 1 and one clear line.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildArtifacts } from './pipeline/build.ts';

interface Args {
	osm?: string;
	gtfs?: string;
	date?: string;
	out: string;
	bbox?: [number, number, number, number];
	quarterCheck: boolean;
}

const USAGE =
	'usage: npm run data:build -- --osm file.osm.pbf --gtfs feed.zip --date YYYY-MM-DD ' +
	'[--out static/reach] [--bbox minLon,minLat,maxLon,maxLat] [--no-quarter-check]';

function parseArgs(argv: string[]): Args {
	const args: Args = { out: 'static/reach', quarterCheck: true };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined || v.startsWith('--')) fail(`${a} needs a value\n${USAGE}`);
			return v;
		};
		if (a === '--osm') args.osm = value();
		else if (a === '--gtfs') args.gtfs = value();
		else if (a === '--date') args.date = value();
		else if (a === '--out') args.out = value();
		else if (a === '--no-quarter-check') args.quarterCheck = false;
		else if (a === '--bbox') {
			const parts = value().split(',').map(Number);
			if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p)))
				fail('--bbox wants minLon,minLat,maxLon,maxLat');
			args.bbox = parts as [number, number, number, number];
		} else if (a === '--help' || a === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else fail(`unknown argument ${a}\n${USAGE}`);
	}
	if (!args.osm || !args.gtfs || !args.date) fail(USAGE);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(args.date ?? ''))
		fail(`--date wants YYYY-MM-DD, got ${args.date}`);
	return args;
}

function fail(message: string): never {
	process.stderr.write(`data:build: ${message}\n`);
	process.exit(1);
}

function readInput(path: string, what: string): Uint8Array {
	try {
		if (!statSync(path).isFile()) fail(`${what} ${path} is not a file`);
		return new Uint8Array(readFileSync(path));
	} catch (e) {
		fail(`cannot read ${what} ${path}: ${(e as Error).message}`);
	}
}

const started = Date.now();
const args = parseArgs(process.argv.slice(2));
const progress = (msg: string) =>
	process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${msg}\n`);
try {
	const out = buildArtifacts({
		osm: readInput(args.osm as string, 'OSM file'),
		gtfs: readInput(args.gtfs as string, 'GTFS file'),
		date: args.date as string,
		bbox: args.bbox,
		requireQuarters: args.quarterCheck,
		osmName: basename(args.osm as string),
		gtfsName: basename(args.gtfs as string),
		progress
	});
	mkdirSync(args.out, { recursive: true });
	writeFileSync(join(args.out, 'streets.v1.bin'), out.streets);
	writeFileSync(join(args.out, 'transit.v1.bin'), out.transit);
	writeFileSync(join(args.out, 'manifest.json'), JSON.stringify(out.manifest, null, '\t') + '\n');
	const gz = gzipSync(out.streets).length + gzipSync(out.transit).length;
	progress(
		`wrote ${args.out}: streets ${out.streets.length} B, transit ${out.transit.length} B ` +
			`(${gz} B gzip)`
	);
} catch (e) {
	fail((e as Error).message);
}
