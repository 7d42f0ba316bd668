import { LRUCache } from 'lru-cache';

/**
 * Responses that are the same for every anonymous caller (the published places of a box with
 * filters), kept in memory so that a popular view is answered without a query. Row level security
 * is not bypassed: only requests under the `anon` role are cached, and an entry is what the
 * database returned to such a request.
 *
 * Freshness: every write that changes what the public sees (a published place or its details, an
 * organisation's public columns, a quarter) sends NOTIFY qk_public_data (row triggers, delivered on
 * commit; see …_public_data_notify_changes.sql), which empties the cache in every server instance.
 * Drafts, autosaves, sign-ins and audit rows do not. Entries also expire after 30 s, for the one change no trigger sees: a place's
 * valid_from / valid_through date passing at midnight. The cache is only switched on once LISTEN
 * works (not through a transaction-mode pooler), and QK_PUBLIC_CACHE=0 switches it off.
 */
export const PUBLIC_DATA_CHANNEL = 'qk_public_data';

/** A cached answer: text, or bytes (e.g. already gzipped). */
export type Body = string | Uint8Array;

/** Every cache of public data in this process: all are switched and emptied together. */
const allCaches = new Set<{ enabled: boolean; invalidate(): void }>();
/** Whether caches are on; a cache created later (a route module loaded on demand) follows it. */
let switchedOn = false;

/** Bytes a value takes: strings are UTF-16 in memory, two bytes per code unit. */
function sizeOf(value: unknown) {
	if (typeof value === 'string') return value.length * 2;
	if (value instanceof Uint8Array) return value.byteLength;
	return JSON.stringify(value, (_k, v) => (v instanceof Map ? [...v] : v)).length * 2;
}

export class PublicCache<V = Body> {
	private readonly entries: LRUCache<string, V & {}>;
	private readonly inflight = new Map<string, Promise<V>>();
	private generation = 0;
	enabled = false;
	hits = 0;
	misses = 0;

	constructor(options: { maxBytes?: number; ttlMs?: number; sizeOf?: (value: V) => number } = {}) {
		const size = options.sizeOf ?? sizeOf;
		this.entries = new LRUCache<string, V & {}>({
			maxSize: options.maxBytes ?? 64 * 1024 * 1024,
			sizeCalculation: (value) => Math.max(1, size(value)),
			ttl: options.ttlMs ?? 30_000
		});
		this.enabled = switchedOn;
		allCaches.add(this);
	}

	/**
	 * The cached value for `key`, or `load()`'s (concurrent misses for one key share one load).
	 * Cached values are shared between requests: never change them.
	 */
	async get<T extends V>(key: string, load: () => Promise<T>): Promise<{ body: T; hit: boolean }> {
		if (!this.enabled) return { body: await load(), hit: false };
		const cached = this.entries.get(key) as T | undefined;
		if (cached !== undefined) {
			this.hits++;
			return { body: cached, hit: true };
		}
		this.misses++;
		let pending = this.inflight.get(key) as Promise<T> | undefined;
		if (!pending) {
			const generation = this.generation;
			pending = load()
				.then((body) => {
					// A write committed while this was loading: the body may be stale, do not keep it.
					if (generation === this.generation) this.entries.set(key, body as V & {});
					return body;
				})
				.finally(() => {
					if (this.inflight.get(key) === pending) this.inflight.delete(key);
				});
			this.inflight.set(key, pending);
		}
		return { body: await pending, hit: false };
	}

	/** Forget everything (a public table changed). */
	invalidate() {
		this.generation++;
		this.entries.clear();
		this.inflight.clear();
	}

	get size() {
		return this.entries.size;
	}
}

/** The process-wide cache of anonymous /api/places answers (switched on by db-instance.ts). */
export const publicCache = new PublicCache();

/** Switches every public cache on or off (db-instance.ts, once LISTEN works). */
export function enablePublicCaches(on: boolean) {
	switchedOn = on;
	for (const cache of allCaches) cache.enabled = on;
}

/** Empties every public cache (NOTIFY qk_public_data). */
export function invalidatePublicCaches() {
	for (const cache of allCaches) cache.invalidate();
}

/** A cache key for a URL's query: the same parameters in any order give the same key. */
export function queryKey(url: URL) {
	const params = [...url.searchParams].sort(([a, x], [b, y]) =>
		a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1
	);
	return `${url.pathname}?${new URLSearchParams(params)}`;
}
