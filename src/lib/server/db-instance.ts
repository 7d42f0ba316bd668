import { env } from '$env/dynamic/private';
import { openDatabase, type Database } from './db';
import {
	enablePublicCaches,
	invalidatePublicCaches,
	PUBLIC_DATA_CHANNEL
} from './cache/public-cache';

let opening: Promise<Database> | undefined;

/** The process-wide database, opened (and for the embedded one, migrated) on first use. */
export function getDatabase(): Promise<Database> {
	opening ??= openDatabase({
		databaseUrl: env.DATABASE_URL || undefined,
		dataDir: env.QK_DATA_DIR || undefined,
		migrate: env.DATABASE_URL ? env.QK_MIGRATE === '1' : true,
		poolMax: Number(env.QK_DB_POOL_MAX) || undefined,
		progress: (message) => console.log(`[db] ${message}`)
	}).then(async (db) => {
		await enablePublicCache(db);
		return db;
	});
	return opening;
}

export async function closeDatabase() {
	if (opening) await (await opening).close();
}

/** Anonymous public responses are cached while NOTIFY from the database can invalidate them. */
async function enablePublicCache(db: Database) {
	if (env.QK_PUBLIC_CACHE === '0') return;
	try {
		await db.transport.listen(PUBLIC_DATA_CHANNEL, invalidatePublicCaches);
		enablePublicCaches(true);
	} catch (e) {
		console.warn(
			`[cache] LISTEN ${PUBLIC_DATA_CHANNEL} failed, public responses are not cached:`,
			e
		);
	}
}
