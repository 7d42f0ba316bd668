import { mkdir } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { Queryable, Transport } from './types';

/** The embedded database: PGlite with PostGIS, persisted under `.data/` (or in memory). */
export async function pgliteTransport(dataDir: string | undefined): Promise<Transport> {
	// Imported lazily: the WASM bundles are large and only the embedded mode needs them.
	const [{ PGlite }, { postgis }, { pg_trgm }] = await Promise.all([
		import('@electric-sql/pglite'),
		import('@electric-sql/pglite-postgis'),
		// trigram search (search that forgives typos and finds parts of compound words)
		import('@electric-sql/pglite/contrib/pg_trgm')
	]);
	// PGlite creates only the last folder of the path.
	if (dataDir) await mkdir(dataDir, { recursive: true });
	const db: PGlite = await PGlite.create({
		dataDir,
		extensions: { postgis, pg_trgm },
		// int8 (counts) as JS numbers, as on the postgres transport.
		parsers: { 20: (value: string) => Number(value) }
	});
	await db.exec(`set search_path to "$user", public, extensions`);
	return wrapPglite(db);
}

export function wrapPglite(db: PGlite): Transport {
	return {
		kind: 'pglite',
		async transaction(fn) {
			return db.transaction(async (tx) => {
				const q: Queryable = {
					query: async <T>(text: string, params: unknown[] = []) =>
						(await tx.query<T>(text, params)).rows
				};
				return fn(q);
			});
		},
		async exec(script, options) {
			if (options?.transaction) await db.transaction((tx) => tx.exec(script));
			else await db.exec(script);
		},
		async listen(channel, fn, events) {
			// In-process: never drops.
			await db.listen(channel, fn);
			events?.up?.();
		},
		async close() {
			if (!db.closed) await db.close();
		}
	};
}
