import { error } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { env } from '$env/dynamic/private';
import { Database, DatabaseUnavailableError, isDatabaseUnavailable, openDatabase } from './db';
import type { Transport } from './db/types';
import {
	enablePublicCaches,
	invalidatePublicCaches,
	PUBLIC_DATA_CHANNEL
} from './cache/public-cache';

let opening: Promise<Database> | undefined;
let opened: Database | undefined;
/** PostgreSQL did not answer the first attempt at start: requests get 503 until it does. */
let waiting = false;
let onWaiting: () => void = () => {};
const waitingStarted = new Promise<void>((resolve) => (onWaiting = resolve));
const readyCallbacks: ((db: Database) => void)[] = [];

/**
 * The process-wide database, opened (and for the embedded one, migrated) once. A PostgreSQL that
 * is down at start is retried with a back-off (progress in the log); meanwhile this rejects at
 * once with DatabaseUnavailableError, so a request answers 503 instead of waiting.
 */
export function getDatabase(): Promise<Database> {
	if (opened) return Promise.resolve(opened);
	opening ??= openDatabase({
		databaseUrl: env.DATABASE_URL || undefined,
		dataDir: env.QK_DATA_DIR || undefined,
		migrate: env.DATABASE_URL ? env.QK_MIGRATE === '1' : true,
		poolMax: Number(env.QK_DB_POOL_MAX) || undefined,
		progress: (message) => console.log(`[db] ${message}`),
		waitForServer: true,
		onWaiting: () => {
			waiting = true;
			onWaiting();
		}
	}).then(async (db) => {
		db.mapError = unavailableAs503;
		await enablePublicCache(db);
		opened = db;
		waiting = false;
		for (const fn of readyCallbacks.splice(0)) fn(db);
		return db;
	});
	if (waiting) {
		// In a request: the 503 with the "try again" page (not a 500); in a job: the same error.
		return Promise.reject(
			getRequestEventOrNull()
				? catchError(databaseUnavailable)
				: new DatabaseUnavailableError('PostgreSQL is not reachable yet')
		);
	}
	return opening;
}

/**
 * Starts opening the database and resolves when it is open or, for a PostgreSQL that is down,
 * when the first attempt failed (the retries go on in the background): the server can listen
 * and answer 503 meanwhile.
 */
export function startDatabase(): Promise<void> {
	return Promise.race([getDatabase().then(() => {}), waitingStarted]);
}

/** Runs `fn` once the database is open (at once if it is). */
export function whenDatabaseReady(fn: (db: Database) => void) {
	if (opened) fn(opened);
	else readyCallbacks.push(fn);
}

export async function closeDatabase() {
	if (opened) await opened.close();
}

/**
 * Anonymous public responses are cached only while NOTIFY from the database can invalidate them:
 * off (and emptied) when the listening connection drops, emptied and on again once it listens.
 */
async function enablePublicCache(db: Database) {
	if (env.QK_PUBLIC_CACHE === '0') return;
	try {
		await db.transport.listen(PUBLIC_DATA_CHANNEL, invalidatePublicCaches, {
			up() {
				invalidatePublicCaches();
				enablePublicCaches(true);
			},
			down() {
				enablePublicCaches(false);
				invalidatePublicCaches();
			}
		});
	} catch (e) {
		console.warn(
			`[cache] LISTEN ${PUBLIC_DATA_CHANNEL} failed, public responses are not cached until it works:`,
			e instanceof Error ? e.message : e
		);
	}
}

/**
 * A database outage as a 503 (App.Error code DATABASE_UNAVAILABLE, with what a form without
 * JavaScript posted, for the "try again" page in +error.svelte); anything else unchanged.
 */
export function unavailableAs503(e: unknown): never {
	if (isDatabaseUnavailable(e)) {
		logOutage(e);
		databaseUnavailable();
	}
	throw e;
}

/** Throws the 503 of a database outage for the current request. */
export function databaseUnavailable(): never {
	const form = getRequestEventOrNull()?.locals.posted;
	error(503, { message: 'database unavailable', code: 'DATABASE_UNAVAILABLE', form });
}

function getRequestEventOrNull() {
	try {
		return getRequestEvent();
	} catch {
		return null; // not in a request (a job, start-up)
	}
}

function catchError(fn: () => never): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
}

const unreachable = (): never => {
	throw new DatabaseUnavailableError('PostgreSQL is not reachable yet');
};
const offlineTransport: Transport = {
	kind: 'postgres',
	transaction: async () => unreachable(),
	exec: async () => unreachable(),
	listen: async () => unreachable(),
	close: async () => {}
};

/**
 * The database for a request: the open one, or while PostgreSQL has not answered since start a
 * stand-in whose every query answers 503 (so pages that need no data still render).
 */
export async function databaseForRequest(): Promise<Database> {
	try {
		return await getDatabase();
	} catch (e) {
		if (!isDatabaseUnavailable(e)) throw e;
		const offline = new Database(offlineTransport);
		offline.mapError = unavailableAs503;
		return offline;
	}
}

// One line per 5 s while the database is away, not one per request.
let lastLogged = 0;
let unlogged = 0;
function logOutage(e: unknown) {
	const now = Date.now();
	if (now - lastLogged < 5000) {
		unlogged++;
		return;
	}
	const more = unlogged ? ` (and ${unlogged} more since the last line)` : '';
	console.warn(
		`[db] unavailable: ${e instanceof Error ? e.message : String(e)}${more}; answering 503`
	);
	lastLogged = now;
	unlogged = 0;
}
