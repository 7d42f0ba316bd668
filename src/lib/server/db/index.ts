import { resolve } from 'node:path';
import { Database } from './database';
import { migrate, type Progress } from './migrate';
import { pgliteTransport } from './pglite-transport';
import { postgresTransport } from './postgres-transport';
import type { Transport } from './types';
import { describeDatabaseError, isDatabaseUnavailable } from './unavailable';

export { Database, Session } from './database';
export { ANON, parseClaims } from './claims';
export type { Claims, Queryable } from './types';
export { DatabaseUnavailableError, isDatabaseUnavailable } from './unavailable';

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
	/**
	 * PostgreSQL only: wait (retrying with a back-off, with progress) until the server answers
	 * instead of failing at once; `onWaiting` is called when the first attempt failed.
	 */
	waitForServer?: boolean;
	onWaiting?: () => void;
}

/**
 * Opens the database the environment points at. The embedded database migrates itself: a first
 * start creates PostGIS and loads the demo data (10–25 s, with progress); later starts only check.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
	const say = options.progress ?? (() => {});
	if (options.databaseUrl) {
		const transport = postgresTransport(options.databaseUrl, { max: options.poolMax });
		say(`connecting to PostgreSQL at ${describeUrl(options.databaseUrl)} …`);
		const started = performance.now();
		if (options.waitForServer) await waitForServer(transport, say, options.onWaiting);
		else await transport.transaction((q) => q.query('select 1'));
		say(`connected in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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

/** Host, port and database of a postgres:// URL, without the password. */
function describeUrl(url: string) {
	try {
		const u = new URL(url);
		return `${u.hostname}:${u.port || 5432}${u.pathname}`;
	} catch {
		return '(DATABASE_URL)';
	}
}

/** Retries `select 1` until PostgreSQL answers: 0.5 s doubling up to 5 s between attempts. */
async function waitForServer(transport: Transport, say: Progress, onWaiting?: () => void) {
	let delay = 500;
	for (let attempt = 1; ; attempt++) {
		try {
			await transport.transaction((q) => q.query('select 1'));
			return;
		} catch (e) {
			if (!isDatabaseUnavailable(e)) throw e;
			if (attempt === 1) onWaiting?.();
			say(
				`PostgreSQL not reachable (${describeDatabaseError(e)}), attempt ${attempt}; ` +
					`next in ${(delay / 1000).toFixed(1)} s`
			);
			await new Promise((r) => setTimeout(r, delay));
			delay = Math.min(delay * 2, 5000);
		}
	}
}
