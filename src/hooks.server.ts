import {
	error,
	redirect,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { cleanInput } from '$lib/server/http/clean-input';
import { securityHeaders } from '$lib/server/http/headers';
import { bootstrapStaff, getAuth } from '$lib/server/auth';
import { guardFor } from '$lib/server/auth/guard';
import { startExpiryJob } from '$lib/server/business/expiry';
import { ANON, isDatabaseUnavailable } from '$lib/server/db';
import {
	closeDatabase,
	databaseForRequest,
	getDatabase,
	startDatabase,
	whenDatabaseReady
} from '$lib/server/db-instance';
import { resolveWithLocale } from '$lib/i18n/server';
import { compressResponse } from '$lib/server/compress';
import { countPageRequest, startUsageFlush } from '$lib/server/staff/usage/counter';
import { startCalendarJob } from '$lib/server/staff/ical/job';
import { startBaJob } from '$lib/server/staff/ba/sync';

export const init: ServerInit = async () => {
	// Opened at start, with its progress in the log. A PostgreSQL that is down is retried in the
	// background while the server answers 503 (db-instance.ts).
	await startDatabase();
	whenDatabaseReady((db) => {
		console.log(`[db] ${db.kind === 'pglite' ? 'embedded PGlite + PostGIS' : 'PostgreSQL'} ready`);
		void bootstrapStaffWhenReachable();
	});
	const stopExpiryJob = startExpiryJob();
	const stopUsageFlush = startUsageFlush(getDatabase);
	const stopCalendarJob = startCalendarJob(getDatabase);
	const stopBaJob = startBaJob(getDatabase);
	// PGlite keeps an Emscripten timer alive: close it so `node build` exits on SIGTERM.
	process.once('sveltekit:shutdown', () => {
		stopExpiryJob();
		stopCalendarJob();
		stopBaJob();
		void stopUsageFlush().finally(closeDatabase);
	});
};

/** QK_BOOTSTRAP_STAFF, retried while the database does not answer (it may go away again). */
async function bootstrapStaffWhenReachable(delay = 1000): Promise<void> {
	try {
		await bootstrapStaff();
	} catch (e) {
		if (!isDatabaseUnavailable(e)) {
			console.error('[auth] QK_BOOTSTRAP_STAFF failed', e);
			return;
		}
		console.warn(`[auth] QK_BOOTSTRAP_STAFF: database unavailable, retrying in ${delay / 1000} s`);
		await new Promise((r) => setTimeout(r, delay));
		return bootstrapStaffWhenReachable(Math.min(delay * 2, 10_000));
	}
}

const app: Handle = async ({ event, resolve }) => {
	const db = await databaseForRequest();
	// Auth seam (ARCHITECTURE.md §3): either provider ends in the same claims for the data module.
	const auth = await getAuth();
	const user = await auth.getUser({ cookies: event.cookies, url: event.url }).catch((e) => {
		console.error('[auth] session lookup failed', e);
		return null;
	});
	event.locals.user = user;
	event.locals.claims = user?.claims ?? ANON;
	event.locals.db = db.as(event.locals.claims);

	const guard = guardFor(event.url.pathname, user);
	if (guard === 'sign-in') {
		redirect(303, `/anmelden?weiter=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	if (guard === 'forbidden') error(403, 'Dieser Bereich ist für Ihr Konto nicht freigegeben.');
	// i18n: language from cookie / Accept-Language, `<html lang dir>` set on the server.
	const response = await resolveWithLocale(event, resolve);
	// Anonymous usage figures: the route and the URL's filter names only (staff/usage/counter.ts).
	if (event.request.method === 'GET' && response.status === 200) {
		countPageRequest(event.route.id, event.url);
	}
	// No cache emptying per POST here: a sign-in, an autosave or a saved draft changes nothing the
	// public sees. Writes that do (a publish, an approved organisation change) send NOTIFY
	// qk_public_data on commit, which empties the caches of every instance (…_notify_changes.sql).
	return compressResponse(event.request, response);
};

// Security headers on every answer; text cleaned of NUL/controls before any route (issue 9).
export const handle = sequence(securityHeaders, cleanInput, app);

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	// Never a stack trace to the client.
	return { message: status >= 500 ? 'Interner Fehler. Bitte später erneut versuchen.' : message };
};
