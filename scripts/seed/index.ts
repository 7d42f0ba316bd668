/**
 * npm run data:seed [-- --data <folder>]
 * Writes regions/bielefeld/seed.sql (demo data) and regions/bielefeld/static/data/ (map layers, the
 * quarters as reference data) from the shared open data (--data, else $QK_SEED_DATA,
 * else ../shared/data beside the repository) and the demo catalogue. Deterministic: the same
 * inputs give the same files. Progress on stderr.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bielefeld } from './bielefeld.ts';
import { buildSeed } from './build.ts';
import { readCatalogue } from './catalogue.ts';
import { dataFolder, readOpenData } from './open-data.ts';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const log = (line: string) => process.stderr.write(line + '\n');

const folder = dataFolder(process.argv.slice(2), process.env, root);
if (!existsSync(folder)) {
	log(`[seed] no open-data folder at ${folder}: pass --data <folder> or set QK_SEED_DATA`);
	process.exit(1);
}
log(`[seed] reading open data from ${folder}`);
const region = bielefeld;
const { sql, staticFiles } = buildSeed(
	region,
	readOpenData(region, folder),
	readCatalogue(region),
	log
);

const regionDir = join('regions', region.id);
writeFileSync(join(root, regionDir, 'seed.sql'), sql);
log(`[seed] wrote ${regionDir}/seed.sql (${(Buffer.byteLength(sql) / 1024).toFixed(1)} KB)`);
const staticDir = join(regionDir, 'static', 'data');
mkdirSync(join(root, staticDir), { recursive: true });
for (const [name, body] of staticFiles) {
	writeFileSync(join(root, staticDir, name), body);
	log(`[seed] wrote ${staticDir}/${name} (${(Buffer.byteLength(body) / 1024).toFixed(1)} KB)`);
}
log('[seed] done');
