/**
 * npm run data:addresses -- --osm city.osm.pbf [--out regions/<QK_REGION>/static/addresses]
 *                           [--bbox minLon,minLat,maxLon,maxLat]
 *
 * Builds only the address index (addresses.v1.bin) from an OSM extract: for a city that has its
 * extract but no GTFS feed yet. `npm run data:build` writes the same file beside the travel-time
 * files. Written to a temporary file and renamed, so a failed build leaves the old index.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildAddressIndex, regionQuarters } from './pipeline/addresses.ts';

export const ADDRESS_FILE = 'addresses.v1.bin';
export const defaultAddressOut = () =>
	`regions/${process.env.QK_REGION || 'bielefeld'}/static/addresses`;

/** Build the index from `osm` and write it into `out`; returns a line for the log. */
export function writeAddressIndex(
	osm: Uint8Array,
	osmName: string,
	out: string,
	bbox?: [number, number, number, number],
	progress?: (msg: string) => void
): string {
	const built = buildAddressIndex(osm, { osmName, quarters: regionQuarters(), bbox, progress });
	const dir = resolve(out);
	mkdirSync(dir, { recursive: true });
	// Compressed copies beside it: the production server (adapter-node's sirv) sends them to
	// browsers that accept them; SvelteKit precompresses only text files, not .bin.
	const gz = gzipSync(built.bytes, { level: 9 });
	const br = brotliCompressSync(built.bytes, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: 11,
			[constants.BROTLI_PARAM_SIZE_HINT]: built.bytes.length
		}
	});
	for (const [name, data] of [
		[`${ADDRESS_FILE}.gz`, gz],
		[`${ADDRESS_FILE}.br`, br],
		[ADDRESS_FILE, built.bytes]
	] as const) {
		const tmp = join(dir, `.${name}.tmp-${process.pid}`);
		writeFileSync(tmp, data);
		renameSync(tmp, join(dir, name));
	}
	const h = built.header;
	return (
		`wrote ${join(out, ADDRESS_FILE)} (+ .gz, .br): ${h.addresses} addresses, ${h.streets} streets, ` +
		`${built.bytes.length} B (${gz.length} B gzip, ${br.length} B brotli)`
	);
}

if (process.argv[1]?.endsWith('addresses.ts')) {
	const started = Date.now();
	const progress = (msg: string) =>
		process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${msg}\n`);
	const argv = process.argv.slice(2);
	let osm: string | undefined;
	let out = defaultAddressOut();
	let bbox: [number, number, number, number] | undefined;
	const usage =
		'usage: npm run data:addresses -- --osm city.osm.pbf [--out DIR] [--bbox minLon,minLat,maxLon,maxLat]';
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--osm') osm = argv[++i];
		else if (argv[i] === '--out') out = argv[++i];
		else if (argv[i] === '--bbox') {
			const parts = (argv[++i] ?? '').split(',').map(Number);
			if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) {
				process.stderr.write(`data:addresses: --bbox wants minLon,minLat,maxLon,maxLat\n`);
				process.exit(1);
			}
			bbox = parts as [number, number, number, number];
		} else {
			process.stderr.write(`data:addresses: unknown argument ${argv[i]}\n${usage}\n`);
			process.exit(1);
		}
	}
	if (!osm || !out) {
		process.stderr.write(`${usage}\n`);
		process.exit(1);
	}
	try {
		const bytes = new Uint8Array(readFileSync(osm));
		progress(writeAddressIndex(bytes, basename(osm), out, bbox, progress));
	} catch (e) {
		process.stderr.write(`data:addresses: ${(e as Error).message}\n`);
		process.exit(1);
	}
}
