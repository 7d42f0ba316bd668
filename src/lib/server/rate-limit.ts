import { createHash } from 'node:crypto';
import type { Database } from './db';

/**
 * Fixed-window rate limits, kept in PostgreSQL (public.rate_limits through
 * private.rate_limit_hit) so that every server instance counts against the same limit
 * (ARCHITECTURE.md §9). Keys are SHA-256 hashes: no address or IP in clear in the database. When
 * the database does not answer, a per-instance memory counter stands in, so a limit never turns
 * into an error page.
 *
 * Sign-in (issue 9, item 10): failures count per e-mail address AND client address together, so
 * nobody can lock somebody else's account by failing on purpose from elsewhere; attempts also count
 * per client address alone (all addresses), which bounds guessing from one place. Behind a reverse
 * proxy the client address comes from ADDRESS_HEADER / XFF_DEPTH (README, "Several instances
 * behind a proxy"); without them every user shares the proxy's address.
 */
export interface RateLimitRule {
	/** Requests allowed per window. */
	max: number;
	windowMs: number;
}

export const RULES = {
	signUp: { max: 5, windowMs: 60 * 60_000 },
	/** Sign-in attempts (and link/password-page posts) from one client address, any account. */
	signIn: { max: 30, windowMs: 10 * 60_000 },
	/** Failed sign-ins for one e-mail address from one client address. */
	signInFailed: { max: 10, windowMs: 10 * 60_000 },
	mailLink: { max: 5, windowMs: 15 * 60_000 },
	submit: { max: 30, windowMs: 10 * 60_000 },
	upload: { max: 20, windowMs: 10 * 60_000 }
} satisfies Record<string, RateLimitRule>;

export type RateLimitName = keyof typeof RULES;

export class RateLimiter {
	private hits = new Map<string, { count: number; resetAt: number }>();
	constructor(
		private readonly now: () => number = Date.now,
		private readonly maxKeys = 50_000
	) {}

	/** Counts one hit; returns 0 when allowed, otherwise the seconds until the window resets. */
	hit(key: string, rule: RateLimitRule): number {
		const t = this.now();
		const entry = this.hits.get(key);
		if (!entry || entry.resetAt <= t) {
			if (this.hits.size >= this.maxKeys) this.sweep(t);
			this.hits.set(key, { count: 1, resetAt: t + rule.windowMs });
			return 0;
		}
		entry.count += 1;
		return entry.count > rule.max ? Math.ceil((entry.resetAt - t) / 1000) : 0;
	}

	/** Looks without counting: the wait when the key has reached its limit, else 0. */
	peek(key: string, rule: RateLimitRule): number {
		const t = this.now();
		const entry = this.hits.get(key);
		if (!entry || entry.resetAt <= t || entry.count < rule.max) return 0;
		return Math.ceil((entry.resetAt - t) / 1000);
	}

	private sweep(t: number) {
		for (const [k, v] of this.hits) if (v.resetAt <= t) this.hits.delete(k);
		// Still full: forget the oldest half rather than grow without bound.
		if (this.hits.size >= this.maxKeys) {
			let n = 0;
			for (const k of this.hits.keys()) {
				if (n++ > this.maxKeys / 2) break;
				this.hits.delete(k);
			}
		}
	}
}

/** Where the counts live: PostgreSQL, with the memory counter when the database fails. */
export interface RateLimitStore {
	hit(key: string, rule: RateLimitRule, count: boolean): Promise<number>;
}

export function memoryStore(limiter = new RateLimiter()): RateLimitStore {
	return {
		async hit(key, rule, count) {
			return count ? limiter.hit(key, rule) : limiter.peek(key, rule);
		}
	};
}

export function postgresStore(
	getDb: () => Promise<Database>,
	fallback: RateLimitStore = memoryStore()
): RateLimitStore {
	let warned = false;
	return {
		async hit(key, rule, count) {
			try {
				const db = await getDb();
				const [row] = await db
					.as({ role: 'service_role' })
					.query<{ wait: number }>('select private.rate_limit_hit($1, $2, $3, $4) as wait', [
						key,
						rule.max,
						rule.windowMs,
						count
					]);
				return Number(row.wait);
			} catch (e) {
				if (!warned) {
					warned = true;
					console.warn('[rate-limit] database not available, counting in memory:', e);
				}
				return fallback.hit(key, rule, count);
			}
		}
	};
}

/** The stored key: the rule's name and a hash of what is counted (an address, e-mail, user id). */
export function limitKey(name: string, ...parts: string[]) {
	const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
	return `${snake}:${createHash('sha256').update(parts.join('\u0000')).digest('hex')}`;
}

let store: RateLimitStore | undefined;

/** Replaces the store (tests). */
export function setRateLimitStore(s: RateLimitStore | undefined) {
	store = s;
}

async function currentStore(): Promise<RateLimitStore> {
	if (!store) {
		const { getDatabase } = await import('./db-instance');
		store = postgresStore(getDatabase);
	}
	return store;
}

const off = () => process.env.QK_RATE_LIMIT === 'off';

/**
 * Counts a hit for each key (e.g. the client address and the e-mail address) and returns the
 * longest wait in seconds, 0 when allowed. QK_RATE_LIMIT=off disables it (load tests only).
 */
export async function rateLimit(
	name: RateLimitName,
	...keys: (string | null | undefined)[]
): Promise<number> {
	if (off()) return 0;
	const s = await currentStore();
	let wait = 0;
	for (const key of keys) {
		if (key) wait = Math.max(wait, await s.hit(limitKey(name, key), RULES[name], true));
	}
	return wait;
}

/**
 * Before a password sign-in: counts the attempt for the client address and looks (without
 * counting) at the failures of this e-mail address from this client address.
 */
export async function signInWait(clientAddress: string, email: string): Promise<number> {
	if (off()) return 0;
	const s = await currentStore();
	const perClient = await s.hit(limitKey('signIn', clientAddress), RULES.signIn, true);
	const failures = await s.hit(
		limitKey('signInFailed', email, clientAddress),
		RULES.signInFailed,
		false
	);
	return Math.max(perClient, failures);
}

/** After a failed password sign-in: one more failure for this e-mail address from this client. */
export async function signInFailed(clientAddress: string, email: string): Promise<void> {
	if (off()) return;
	const s = await currentStore();
	await s.hit(limitKey('signInFailed', email, clientAddress), RULES.signInFailed, true);
}

/** The wait a rate-limit message names, in whole minutes (at least one). */
export const minutesToWait = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
