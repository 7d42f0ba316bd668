/**
 * The one place that tells "the database did not answer" from every other failure. Such an error
 * is never the caller's fault and never means "not found" or "signed out": the app answers 503
 * with a "try again" page and keeps what was typed (hooks.server.ts, forms).
 */

/** Thrown where the app knows the database is not reachable yet (start-up retries). */
export class DatabaseUnavailableError extends Error {
	readonly code = 'DATABASE_UNAVAILABLE';
	constructor(message = 'the database is not reachable', options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'DatabaseUnavailableError';
	}
}

const CODES = new Set([
	'DATABASE_UNAVAILABLE',
	// Node's socket errors.
	'ECONNREFUSED',
	'ECONNRESET',
	'ECONNABORTED',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN',
	// postgres.js's connection errors.
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT',
	// PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting or stopping),
	// too many connections, and the connection exception class 08.
	'57P01',
	'57P02',
	'57P03',
	'53300',
	'08000',
	'08001',
	'08003',
	'08004',
	'08006'
]);

/** True when `e` (or its cause, or one of an AggregateError's errors) says the database is away. */
export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
	if (!e || typeof e !== 'object' || depth > 4) return false;
	const code = (e as { code?: unknown }).code;
	if (typeof code === 'string' && CODES.has(code)) return true;
	// The 503 the app turned it into (a SvelteKit HttpError: { status, body: { code } }).
	const body = (e as { body?: { code?: unknown } }).body;
	if (body && body.code === 'DATABASE_UNAVAILABLE') return true;
	if (e instanceof AggregateError && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1)))
		return true;
	return isDatabaseUnavailable((e as { cause?: unknown }).cause, depth + 1);
}

/** A short description of a database error for the log: its code and message. */
export function describeDatabaseError(e: unknown): string {
	if (!e || typeof e !== 'object') return String(e);
	const { code, message } = e as { code?: unknown; message?: unknown };
	if (e instanceof AggregateError && !message) {
		return e.errors.map((x) => describeDatabaseError(x)).join('; ');
	}
	return [code, message].filter(Boolean).join(' ');
}
