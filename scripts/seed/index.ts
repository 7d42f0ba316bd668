/**
 * npm run data:seed [-- --data <folder>]
 * Writes supabase/seed.sql and static/data/ from the shared open data (--data, else $QK_SEED_DATA,
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

const seedFile = join(root, 'supabase', 'seed.sql');
writeFileSync(seedFile, sql);
log(`[seed] wrote supabase/seed.sql (${(Buffer.byteLength(sql) / 1024).toFixed(1)} KB)`);
const staticDir = join(root, 'static', 'data');
mkdirSync(staticDir, { recursive: true });
for (const [name, body] of staticFiles) {
	writeFileSync(join(staticDir, name), body);
	log(`[seed] wrote static/data/${name} (${(Buffer.byteLength(body) / 1024).toFixed(1)} KB)`);
}
log('[seed] done');
