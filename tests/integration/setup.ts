import { openDatabase, type Database } from '../../src/lib/server/db';

/**
 * The database the integration tests talk to: the real PostgreSQL at DATABASE_URL when set (CI),
 * otherwise a throw-away embedded PGlite + PostGIS, migrated and seeded. Same data module either way.
 */
export function testDatabase(): Promise<Database> {
	return openDatabase({
		databaseUrl: process.env.DATABASE_URL || undefined,
		dataDir: 'memory',
		migrate: true,
		seed: true,
		progress: (m) => console.error(`[test-db] ${m}`)
	});
}

/**
 * Tests that need PostgreSQL itself (connections to drop, the one-round-trip pipeline) run when
 * DATABASE_URL is set, as in CI, and are reported as skipped on the embedded database.
 */
export const onPostgres = Boolean(process.env.DATABASE_URL);

export const ids = {
	staff: '00000000-0000-4000-8000-00000000aaaa'
};
