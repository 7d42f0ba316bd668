import { describe, expect, it } from 'vitest';
import { enablePublicCaches, invalidatePublicCaches, PublicCache, queryKey } from './public-cache';

describe('PublicCache', () => {
	it('answers a repeated key from memory and counts hits and misses', async () => {
		const cache = new PublicCache();
		cache.enabled = true;
		let loads = 0;
		const load = async () => `body ${++loads}`;
		expect(await cache.get('a', load)).toEqual({ body: 'body 1', hit: false });
		expect(await cache.get('a', load)).toEqual({ body: 'body 1', hit: true });
		expect(await cache.get('b', load)).toEqual({ body: 'body 2', hit: false });
		expect([cache.hits, cache.misses]).toEqual([1, 2]);
	});

	it('loads once for concurrent misses of one key', async () => {
		const cache = new PublicCache();
		cache.enabled = true;
		let loads = 0;
		const load = () => new Promise<string>((r) => setTimeout(() => r(`body ${++loads}`), 20));
		const answers = await Promise.all([1, 2, 3].map(() => cache.get('a', load)));
		expect(loads).toBe(1);
		expect(answers.map((a) => a.body)).toEqual(['body 1', 'body 1', 'body 1']);
	});

	it('does not keep a body that was loading while a write invalidated the cache', async () => {
		const cache = new PublicCache();
		cache.enabled = true;
		let release!: (body: string) => void;
		const pending = cache.get('a', () => new Promise<string>((r) => (release = r)));
		cache.invalidate();
		release('stale');
		expect((await pending).body).toBe('stale');
		expect(cache.size).toBe(0);
		expect(await cache.get('a', async () => 'fresh')).toEqual({ body: 'fresh', hit: false });
	});

	it('expires entries and stays out of the way when switched off', async () => {
		const cache = new PublicCache({ ttlMs: 30 });
		cache.enabled = true;
		await cache.get('a', async () => 'one');
		await new Promise((r) => setTimeout(r, 60));
		expect((await cache.get('a', async () => 'two')).body).toBe('two');
		cache.enabled = false;
		expect(await cache.get('a', async () => 'three')).toEqual({ body: 'three', hit: false });
	});

	it('gives the same key for the same parameters in any order', () => {
		const a = queryKey(new URL('http://x/api/places?kinds=vacancy&bbox=1,2,3,4&q=B%C3%A4ck'));
		const b = queryKey(new URL('http://x/api/places?q=B%C3%A4ck&bbox=1,2,3,4&kinds=vacancy'));
		const c = queryKey(new URL('http://x/api/places?q=Back&bbox=1,2,3,4&kinds=vacancy'));
		expect(a).toBe(b);
		expect(a).not.toBe(c);
	});

	it('switches on and empties every cache together, whatever it holds', async () => {
		const bodies = new PublicCache();
		const data = new PublicCache<{ rows: number[]; titles: Map<string, string> }>();
		enablePublicCaches(true);
		await bodies.get('a', async () => 'text');
		await data.get('a', async () => ({ rows: [1, 2], titles: new Map([['x', 'y']]) }));
		expect((await data.get('a', async () => ({ rows: [], titles: new Map() }))).hit).toBe(true);
		expect([bodies.size, data.size]).toEqual([1, 1]);
		invalidatePublicCaches();
		expect([bodies.size, data.size]).toEqual([0, 0]);
		// A cache created after the switch (a route module loaded later) is on as well.
		expect(new PublicCache().enabled).toBe(true);
		enablePublicCaches(false);
		expect(bodies.enabled || data.enabled).toBe(false);
		expect(new PublicCache().enabled).toBe(false);
	});
});
