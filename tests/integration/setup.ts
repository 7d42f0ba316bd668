import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/lib/server/db';
import { cloneTemplate } from './template';

/**
 * The database the integration tests talk to: the real PostgreSQL at DATABASE_URL when set (CI),
 * otherwise a throw-away embedded PGlite + PostGIS, migrated and seeded. Same data module either way.
 * Each file gets its own copy of one database migrated and seeded once per run (global-setup.ts,
 * template.ts): files may run in parallel and cannot see each other's writes. Without the global
 * setup (another config) the database is migrated and seeded here, as before.
 */
export function testDatabase(): Promise<Database> {
	const template = inject('qkTemplate');
	if (template) return cloneTemplate(process.env.DATABASE_URL || undefined, template);
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
