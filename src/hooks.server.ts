import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { ANON } from '$lib/server/db';
import { closeDatabase, getDatabase } from '$lib/server/db-instance';

export const init: ServerInit = async () => {
	const db = await getDatabase();
	console.log(`[db] ${db.kind === 'pglite' ? 'embedded PGlite + PostGIS' : 'PostgreSQL'} ready`);
	// PGlite keeps an Emscripten timer alive: close it so `node build` exits on SIGTERM.
	process.once('sveltekit:shutdown', () => void closeDatabase());
};

export const handle: Handle = async ({ event, resolve }) => {
	const db = await getDatabase();
	event.locals.claims = ANON;
	event.locals.db = db.as(event.locals.claims);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', 'de').replace('%dir%', 'ltr')
	});
};

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status >= 500) console.error(error);
	// Never a stack trace to the client.
	return { message: status >= 500 ? 'Interner Fehler. Bitte später erneut versuchen.' : message };
};
