import { env } from '$env/dynamic/private';
import { openDatabase, type Database } from './db';

let opening: Promise<Database> | undefined;

/** The process-wide database, opened (and for the embedded one, migrated) on first use. */
export function getDatabase(): Promise<Database> {
	opening ??= openDatabase({
		databaseUrl: env.DATABASE_URL || undefined,
		dataDir: env.QK_DATA_DIR || undefined,
		migrate: env.DATABASE_URL ? env.QK_MIGRATE === '1' : true,
		poolMax: Number(env.QK_DB_POOL_MAX) || undefined,
		progress: (message) => console.log(`[db] ${message}`)
	});
	return opening;
}

export async function closeDatabase() {
	if (opening) await (await opening).close();
}
