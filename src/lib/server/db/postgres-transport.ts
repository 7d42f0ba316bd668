import postgres from 'postgres';
import type { ListenEvents, Queryable, Transport } from './types';
import { describeDatabaseError } from './unavailable';

/** Hosted Supabase (pooler URL), a self-hosted Postgres or CI's PostgreSQL, over porsager/postgres. */
export function postgresTransport(url: string, options: { max?: number } = {}): Transport {
	const sql = postgres(url, {
		max: options.max ?? 10,
		// A query waits for a connection at most this long before it fails (and the app answers
		// 503): postgres.js's default is 30 s.
		connect_timeout: 10,
		// Between failed connection attempts: 50 ms doubling up to 1 s (postgres.js's default grows
		// to 20 s during an outage, and a request after the database is back would wait that long).
		backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 1),
		// Supabase's transaction-mode pooler cannot keep prepared statements.
		prepare: false,
		onnotice: () => {},
		types: {
			// int8 (counts) as JS numbers, as on the embedded transport; they stay far below 2^53.
			bigint: {
				to: 20,
				from: [20],
				serialize: (x: number) => String(x),
				parse: (x: string) => Number(x)
			},
			// json/jsonb parameters as PGlite takes them: a string is JSON text already, anything
			// else is serialised. (postgres.js alone would stringify a string a second time.)
			jsonb: {
				to: 3802,
				from: [3802],
				serialize: jsonParam,
				parse: (x: string) => JSON.parse(x)
			},
			json: {
				to: 114,
				from: [114],
				serialize: jsonParam,
				parse: (x: string) => JSON.parse(x)
			}
		}
	});
	let listener: ReturnType<typeof supervisedListener> | undefined;
	return {
		kind: 'postgres',
		async transaction(fn) {
			return (await sql.begin(async (tx) => {
				const q: Queryable = {
					query: async <T>(text: string, params: unknown[] = []) =>
						(await tx.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[]
				};
				return fn(q);
			})) as Awaited<ReturnType<typeof fn>>;
		},
		async pipeline<T>(statements: [string, unknown[]][]) {
			// The statements are written together after `begin` (postgres.js pipelines the queries a
			// transaction callback returns as an array); each has its own Sync, so after a failure the
			// rest answer "transaction aborted", postgres.js rolls back, and the first error is the
			// one reported. Not `sql.reserve()`: a reserved connection whose backend dies hangs its
			// next query or throws outside any promise (porsager/postgres #1208).
			const results = (await sql.begin((tx) =>
				statements.map(([text, params]) =>
					tx.unsafe(text, params as postgres.ParameterOrJSON<never>[])
				)
			)) as unknown as T[][];
			return results[results.length - 1];
		},
		async exec(script, options) {
			if (options?.transaction) await sql.begin((tx) => tx.unsafe(script).simple());
			else await sql.unsafe(script).simple();
		},
		listen(channel, fn, events) {
			listener ??= supervisedListener(url);
			return listener.add(channel, fn, events);
		},
		async close() {
			await Promise.all([listener?.close(), sql.end({ timeout: 5 })]);
		}
	};
}

function jsonParam(value: unknown): string {
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * LISTEN on a connection of its own that is listened again after it drops: `down` is called as
 * soon as the connection closes (notifications may be missed from then on), `up` each time LISTEN
 * is in place again. Retries with a back-off of 0.5 s doubling up to 5 s.
 */
function supervisedListener(url: string) {
	const channels = new Map<
		string,
		{ fns: ((payload: string) => void)[]; events: ListenEvents[] }
	>();
	let listening = false;
	let closing = false;
	let retry: ReturnType<typeof setTimeout> | undefined;
	let delay = 500;
	// `onnotify` is postgres.js's own hook for NotificationResponse (not in its types).
	const options: postgres.Options<Record<string, never>> & {
		onnotify(channel: string, payload: string): void;
	} = {
		max: 1,
		idle_timeout: undefined,
		max_lifetime: null,
		fetch_types: false,
		prepare: false,
		connect_timeout: 5,
		onnotice: () => {},
		// postgres.js hands every NotificationResponse of this connection here.
		onnotify: (channel: string, payload: string) => {
			for (const fn of channels.get(channel)?.fns ?? []) fn(payload);
		},
		onclose: () => dropped()
	};
	const sql = postgres(url, options);

	function dropped() {
		if (closing) return;
		if (listening) {
			listening = false;
			console.warn('[db] the LISTEN connection closed; listening again when the database answers');
			for (const { events } of channels.values()) for (const e of events) e.down?.();
		}
		schedule();
	}

	function schedule() {
		if (closing || retry) return;
		retry = setTimeout(() => {
			retry = undefined;
			void attempt();
		}, delay);
		delay = Math.min(delay * 2, 5000);
	}

	async function attempt() {
		try {
			for (const channel of channels.keys()) {
				await sql.unsafe(`listen "${channel.replace(/"/g, '""')}"`);
			}
		} catch (e) {
			if (!closing) {
				console.warn(`[db] LISTEN failed (${describeDatabaseError(e)}), retrying in ${delay} ms`);
				schedule();
			}
			return;
		}
		const again = delay > 500;
		delay = 500;
		listening = true;
		if (again) console.log('[db] LISTEN in place again');
		for (const { events } of channels.values()) for (const e of events) e.up?.();
	}

	return {
		/** Resolves once listening; rejects if the first LISTEN fails (and keeps retrying). */
		async add(channel: string, fn: (payload: string) => void, events: ListenEvents = {}) {
			const entry = channels.get(channel) ?? { fns: [], events: [] };
			entry.fns.push(fn);
			entry.events.push(events);
			channels.set(channel, entry);
			try {
				await sql.unsafe(`listen "${channel.replace(/"/g, '""')}"`);
			} catch (e) {
				schedule();
				throw e;
			}
			listening = true;
			events.up?.();
		},
		async close() {
			closing = true;
			clearTimeout(retry);
			await sql.end({ timeout: 2 });
		}
	};
}
