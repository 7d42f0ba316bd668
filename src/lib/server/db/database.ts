import { parseClaims } from './claims';
import type { Claims, Queryable, Transport } from './types';

/**
 * The one data path (ARCHITECTURE.md §2): every call runs in one transaction that first does what
 * PostgREST does on Supabase — `set local role` and the request's JWT claims — so RLS decides what
 * the caller sees, on hosted Supabase and on every local database alike.
 */
export class Database {
	/**
	 * What a failed query of a session becomes: the app turns "the database did not answer" into
	 * a 503 here (db-instance.ts); scripts and tests keep the original error.
	 */
	mapError: (e: unknown) => never = (e) => {
		throw e;
	};

	constructor(readonly transport: Transport) {}

	get kind() {
		return this.transport.kind;
	}

	as(input: Claims): Session {
		return new Session(this.transport, parseClaims(input), (e) => this.mapError(e));
	}

	close() {
		return this.transport.close();
	}
}

export class Session {
	constructor(
		private readonly transport: Transport,
		readonly claims: Claims,
		private readonly mapError: (e: unknown) => never = (e) => {
			throw e;
		}
	) {}

	/** Runs `fn` in one transaction under the caller's role and claims. */
	tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
		const { role } = this.claims;
		return this.transport
			.transaction(async (q) => {
				await q.query(SET_CLAIMS, [role, JSON.stringify(this.claims)]);
				return fn(q);
			})
			.catch(this.mapError);
	}

	query<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
		const { role } = this.claims;
		if (this.transport.pipeline) {
			// Pipelined: the claims and the statement written together after begin.
			return this.transport
				.pipeline<T>([
					[SET_CLAIMS, [role, JSON.stringify(this.claims)]],
					[text, params]
				])
				.catch(this.mapError);
		}
		return this.tx((q) => q.query<T>(text, params));
	}
}

// `role` was checked against the three API roles by parseClaims. One statement for both:
// set_config('role', …, true) is `set local role` (as PostgREST does it).
const SET_CLAIMS = `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`;
