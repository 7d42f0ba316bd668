/**
 * Fixed-window rate limits kept in memory, per server instance. Enough to slow down scripted
 * sign-up, password guessing and spam from one address; with several instances each counts on its
 * own (the limit is then N × max), which is acceptable for abuse control, not for billing.
 */
export interface RateLimitRule {
	/** Requests allowed per window. */
	max: number;
	windowMs: number;
}

export const RULES = {
	signUp: { max: 5, windowMs: 60 * 60_000 },
	signIn: { max: 10, windowMs: 10 * 60_000 },
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

const limiter = new RateLimiter();

/**
 * Counts a hit for each key (e.g. the client address and the e-mail address) and returns the
 * longest wait in seconds, 0 when allowed. QK_RATE_LIMIT=off disables it (load tests only).
 */
export function rateLimit(name: RateLimitName, ...keys: (string | null | undefined)[]): number {
	if (process.env.QK_RATE_LIMIT === 'off') return 0;
	let wait = 0;
	for (const key of keys) {
		if (key) wait = Math.max(wait, limiter.hit(`${name}:${key}`, RULES[name]));
	}
	return wait;
}
