import { describe, expect, it } from 'vitest';
import { RateLimiter, limitKey } from './rate-limit';

describe('RateLimiter', () => {
	it('allows max hits per window, then reports the wait, then resets', () => {
		let now = 0;
		const limiter = new RateLimiter(() => now);
		const rule = { max: 3, windowMs: 60_000 };
		expect([1, 2, 3].map(() => limiter.hit('ip', rule))).toEqual([0, 0, 0]);
		expect(limiter.hit('ip', rule)).toBe(60);
		now = 30_000;
		expect(limiter.hit('ip', rule)).toBe(30);
		expect(limiter.hit('other-ip', rule)).toBe(0);
		now = 60_001;
		expect(limiter.hit('ip', rule)).toBe(0);
	});
	it('peeks without counting', () => {
		const limiter = new RateLimiter(() => 0);
		const rule = { max: 2, windowMs: 60_000 };
		expect(limiter.peek('k', rule)).toBe(0);
		limiter.hit('k', rule);
		expect(limiter.peek('k', rule)).toBe(0);
		limiter.hit('k', rule);
		expect(limiter.peek('k', rule)).toBe(60);
	});
	it('stays bounded in memory', () => {
		const limiter = new RateLimiter(() => 0, 100);
		for (let i = 0; i < 1000; i++) limiter.hit(`k${i}`, { max: 1, windowMs: 1000 });
		expect((limiter as unknown as { hits: Map<string, unknown> }).hits.size).toBeLessThanOrEqual(
			100
		);
	});
	it('stores hashes, never the address or e-mail', () => {
		const key = limitKey('signInFailed', 'someone@example.org', '203.0.113.7');
		expect(key).toMatch(/^sign_in_failed:[0-9a-f]{64}$/);
		expect(key).not.toContain('example');
	});
});
