import type { Plugin } from 'vite';

/**
 * postgres.js 3.4.9 (the newest on the registry) crashes the process when a connection closes
 * under load: `closed()` sets `socket = null`, and a query then written on that connection (the
 * ROLLBACK that `sql.begin` sends after an in-flight query failed, or any query on a
 * `sql.reserve()`d connection) schedules `nextWrite` with `setImmediate`, which throws
 * `TypeError: Cannot read properties of null (reading 'write')` outside every promise
 * (porsager/postgres #1154, #1208; the guard proposed in #1168). Measured here: a `sql.begin`
 * whose backend is terminated mid-query exits the process every time.
 *
 * `closed()` also keeps the error response the dying backend sent ("terminating connection due
 * to administrator command", 57P01): the reconnected connection hands it to its first query,
 * although that query ran fine. And it leaves unsent bytes and a cleared (non-null) write timer
 * behind, to which the next connection's first write would be appended and never scheduled.
 *
 * This rewrites `src/connection.js` (and its CommonJS twin) as Vite loads it: a write on a closed
 * connection drops its bytes and fails the queries queued on it with CONNECTION_CLOSED, and
 * `closed()` forgets the unsent bytes, the timer and the last error response. It throws when the
 * source no longer looks as expected (a new postgres.js version): check then whether the fix is
 * upstream and drop this file.
 */

const NEXT_WRITE = `  function nextWrite(fn) {
    const x = socket.write(chunk, fn)`;
const NEXT_WRITE_FIXED = `  function nextWrite(fn) {
    if (!socket) {
      nextWriteTimer !== null && clearImmediate(nextWriteTimer)
      chunk = nextWriteTimer = null
      error(Errors.connection('CONNECTION_CLOSED', options))
      return false
    }
    const x = socket.write(chunk, fn)`;

const CLOSED = `    clearImmediate(nextWriteTimer)
    socket.removeListener('data', data)`;
const CLOSED_FIXED = `    clearImmediate(nextWriteTimer)
    chunk = nextWriteTimer = errorResponse = null
    socket.removeListener('data', data)`;

/** True for the module this fix applies to. */
export function isPostgresConnection(id: string): boolean {
	return /[\\/]node_modules[\\/]postgres[\\/](src|cjs[\\/]src)[\\/]connection\.js$/.test(id);
}

/** The fixed source of postgres.js's connection.js. */
export function fixPostgresConnection(code: string): string {
	if (!code.includes(NEXT_WRITE) || !code.includes(CLOSED)) {
		throw new Error(
			'postgres.js connection.js changed: scripts/postgres-js-fix.ts no longer applies ' +
				'(see its comment: is the null-socket fix upstream now?)'
		);
	}
	return code.replace(NEXT_WRITE, NEXT_WRITE_FIXED).replace(CLOSED, CLOSED_FIXED);
}

/** Vite plugin: bundles postgres.js into the server build with the fix applied. */
export function postgresJsFix(): Plugin {
	return {
		name: 'quartierkarte:postgres-js-fix',
		enforce: 'pre' as const,
		config() {
			// Inline postgres.js (instead of importing it from node_modules at run time) so the
			// transform below reaches it, in `vite dev` and in the build adapter-node serves.
			return { ssr: { noExternal: ['postgres'] } };
		},
		transform(code: string, id: string) {
			if (!isPostgresConnection(id.split('?')[0])) return null;
			return { code: fixPostgresConnection(code), map: null };
		}
	};
}
