import {
	error,
	redirect,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { dev } from '$app/environment';
import { bodyLimit } from '$lib/server/http/body-limit';
import { cleanInput } from '$lib/server/http/clean-input';
import { readPostedForm } from '$lib/server/http/posted-form';
import { securityHeaders } from '$lib/server/http/headers';
import { bootstrapStaff, getAuth } from '$lib/server/auth';
import { guardFor } from '$lib/server/auth/guard';
import { startReminderJobs } from '$lib/server/business/reminders';
import { ANON, isDatabaseUnavailable } from '$lib/server/db';
import {
	closeDatabase,
	databaseForRequest,
	databaseUnavailable,
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
	if (dev) {
		// In development the service worker (src/service-worker.ts) has no built app shell to
		// cache (`build` is empty, Vite serves modules on demand): offline, nothing works here.
		console.log(
			'[offline] offline use is a production feature: the service worker caches the built app only (npm start, or npm run build && node build)'
		);
	}
	whenDatabaseReady((db) => {
		console.log(`[db] ${db.kind === 'pglite' ? 'embedded PGlite + PostGIS' : 'PostgreSQL'} ready`);
		void bootstrapStaffWhenReachable();
	});
	const stopReminderJobs = startReminderJobs();
	const stopUsageFlush = startUsageFlush(getDatabase);
	const stopCalendarJob = startCalendarJob(getDatabase);
	const stopBaJob = startBaJob(getDatabase);
	// PGlite keeps an Emscripten timer alive: close it so `node build` exits on SIGTERM.
	process.once('sveltekit:shutdown', () => {
		stopReminderJobs();
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
	// A form without JavaScript: what it posted, for a 503 page that sends it again.
	event.locals.posted = await readPostedForm(event.request, event.url);
	// Auth seam (ARCHITECTURE.md §3): either provider ends in the same claims for the data module.
	const auth = await getAuth();
	let sessionUnknown = false;
	const user = await auth.getUser({ cookies: event.cookies, url: event.url }).catch((e) => {
		// The database did not answer: that is not "signed out" (issue 9, item 3).
		if (isDatabaseUnavailable(e)) sessionUnknown = true;
		else console.error('[auth] session lookup failed', e);
		return null;
	});
	if (sessionUnknown) {
		// Whoever asks for the user, their claims or their database answers 503 with the "try
		// again" page (and what was typed); a page that needs none of them still renders. No
		// redirect to the sign-in page, no cookie touched.
		for (const key of ['user', 'claims', 'db'] as const) {
			Object.defineProperty(event.locals, key, { get: databaseUnavailable, configurable: true });
		}
	} else {
		event.locals.user = user;
		event.locals.claims = user?.claims ?? ANON;
		event.locals.db = db.as(event.locals.claims);
		const guard = guardFor(event.url.pathname, user);
		if (guard === 'sign-in') {
			redirect(
				303,
				`/anmelden?weiter=${encodeURIComponent(event.url.pathname + event.url.search)}`
			);
		}
		if (guard === 'forbidden') {
			// A page: the translated 403 page in the app's layout (an error thrown here would be
			// SvelteKit's bare fallback page). Data, forms and APIs: a plain 403.
			if (event.request.method === 'GET' && !event.isDataRequest) redirect(303, '/kein-zugang');
			// 'Forbidden' (SvelteKit's own word): the error page then says why in the reader's
			// language (m.error_403_text); the locale is not known yet at this point.
			error(403, 'Forbidden');
		}
	}
	// i18n: language from cookie / Accept-Language, `<html lang dir>` set on the server.
	const response = await resolveWithLocale(event, resolve);
	// Anonymous usage figures: the route and the URL's filter names only (staff/usage/counter.ts).
	if (event.request.method === 'GET' && response.status === 200) {
		countPageRequest(event.route.id, event.url);
	}
	// The database did not answer: a client or proxy may ask again shortly.
	if (response.status === 503 && !response.headers.has('retry-after')) {
		try {
			response.headers.set('retry-after', '5');
		} catch {
			// Immutable headers (a fetched answer): left as they are.
		}
	}
	// No cache emptying per POST here: a sign-in, an autosave or a saved draft changes nothing the
	// public sees. Writes that do (a publish, an approved organisation change) send NOTIFY
	// qk_public_data on commit, which empties the caches of every instance (…_notify_changes.sql).
	return compressResponse(event.request, response);
};

// Security headers on every answer; a form too large for its files comes back with its text; text
// cleaned of NUL/controls before any route (issue 9).
export const handle = sequence(securityHeaders, bodyLimit, cleanInput, app);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// A database error that did not pass through a session (a direct transport call): still the
	// "try again" page, with what was typed, not "internal error".
	if (isDatabaseUnavailable(error)) {
		return {
			message: 'database unavailable',
			code: 'DATABASE_UNAVAILABLE',
			form: event.locals.posted
		};
	}
	if (status >= 500) console.error(error);
	// Never a stack trace to the client.
	return { message: status >= 500 ? 'Interner Fehler. Bitte später erneut versuchen.' : message };
};
