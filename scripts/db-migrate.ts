/**
 * npm run db:migrate [-- --seed] [--no-shim]
 * Applies supabase/shim (unless --no-shim: never against hosted Supabase), the migrations and, with
 * --seed, the demo data to the database at DATABASE_URL. Without DATABASE_URL it migrates the
 * embedded database in .data/pglite (or QK_DATA_DIR).
 */
import { openDatabase } from '../src/lib/server/db/index.ts';

const args = new Set(process.argv.slice(2));
const url = process.env.DATABASE_URL;
const started = performance.now();
const db = await openDatabase({
	databaseUrl: url || undefined,
	dataDir: process.env.QK_DATA_DIR || undefined,
	migrate: true,
	seed: args.has('--seed') || !url,
	shim: !args.has('--no-shim'),
	progress: (m) => console.error(`[db] ${m}`)
});
await db.close();
console.error(`[db] done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
