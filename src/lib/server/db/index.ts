import { resolve } from 'node:path';
import { Database } from './database';
import { migrate, type Progress } from './migrate';
import { pgliteTransport } from './pglite-transport';
import { postgresTransport } from './postgres-transport';

export { Database, Session } from './database';
export { ANON, parseClaims } from './claims';
export type { Claims, Queryable } from './types';

export interface OpenOptions {
	/** postgres:// URL; without one the embedded PGlite database is used. */
	databaseUrl?: string;
	/** Embedded only: folder for the data, or 'memory' for a throw-away database. */
	dataDir?: string;
	/** Apply pending migrations (and the demo seed) before returning. */
	migrate?: boolean;
	seed?: boolean;
	/** Apply supabase/shim before migrating (default true; never against hosted Supabase). */
	shim?: boolean;
	progress?: Progress;
	/** PostgreSQL only: connections in the pool (default in postgresTransport). */
	poolMax?: number;
}

/**
 * Opens the database the environment points at. The embedded database migrates itself: a first
 * start creates PostGIS and loads the demo data (10–25 s, with progress); later starts only check.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
	const say = options.progress ?? (() => {});
	if (options.databaseUrl) {
		const transport = postgresTransport(options.databaseUrl, { max: options.poolMax });
		if (options.migrate) {
			await migrate(transport, { shim: options.shim ?? true, seed: options.seed, progress: say });
		}
		return new Database(transport);
	}
	const dir = options.dataDir === 'memory' ? undefined : resolve(options.dataDir ?? '.data/pglite');
	const started = performance.now();
	say(`opening embedded database ${dir ?? '(in memory)'} …`);
	const transport = await pgliteTransport(dir);
	say(`opened in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	if (options.migrate ?? true) {
		await migrate(transport, { shim: true, seed: options.seed ?? true, progress: say });
	}
	return new Database(transport);
}
