import type { AppRole } from '$lib/auth/roles';

/** The claims every request carries, the same shape as a Supabase access token's payload. */
export type DbRole = 'anon' | 'authenticated' | 'service_role';

export type { AppRole };

export interface Claims {
	role: DbRole;
	sub?: string;
	email?: string;
	app_metadata?: { roles?: AppRole[] };
	[key: string]: unknown;
}

/** Something that runs one SQL statement with positional parameters ($1, $2, …). */
export interface Queryable {
	query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/**
 * A connection to Postgres. `transaction` gives the only way user queries run; `exec` runs a
 * script of many statements as the connecting (owner) role and is for migrations and seeds only.
 */
export interface Transport {
	readonly kind: 'postgres' | 'pglite';
	transaction<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
	/**
	 * Optional: the statements in one transaction, sent together (one round trip instead of one per
	 * statement); resolves to the last statement's rows. Same semantics as `transaction`.
	 */
	pipeline?<T>(statements: [text: string, params: unknown[]][]): Promise<T[]>;
	exec(script: string, options?: { transaction?: boolean }): Promise<void>;
	/**
	 * Calls `fn` on every NOTIFY on `channel` (LISTEN on a connection of its own). Resolves once
	 * listening; rejects where the connection cannot listen (e.g. a transaction-mode pooler or a
	 * database that is down; PostgreSQL keeps trying and calls `events.up` once it listens).
	 * `events.down` says the connection dropped and notifications may be missed until `up`.
	 */
	listen(channel: string, fn: (payload: string) => void, events?: ListenEvents): Promise<void>;
	close(): Promise<void>;
}

/** What a listener hears about its connection (Transport.listen). */
export interface ListenEvents {
	up?(): void;
	down?(): void;
}
