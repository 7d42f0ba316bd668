import postgres from 'postgres';
import type { Queryable, Transport } from './types';

/** Hosted Supabase (pooler URL), a self-hosted Postgres or CI's PostgreSQL, over porsager/postgres. */
export function postgresTransport(url: string, options: { max?: number } = {}): Transport {
	const sql = postgres(url, {
		max: options.max ?? 10,
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
			// begin, the statements and commit written at once on a reserved connection: each has its
			// own Sync, so after a failure the rest answer "transaction aborted", commit rolls back,
			// and the first error is the one reported.
			const r = await sql.reserve();
			try {
				const settled = await Promise.allSettled([
					r.unsafe('begin'),
					...statements.map(([text, params]) =>
						r.unsafe(text, params as postgres.ParameterOrJSON<never>[])
					),
					r.unsafe('commit')
				]);
				const failed = settled.find((s) => s.status === 'rejected');
				if (failed) {
					await r.unsafe('rollback').catch(() => {});
					throw failed.reason;
				}
				const last = settled[settled.length - 2] as PromiseFulfilledResult<unknown>;
				return last.value as unknown as T[];
			} finally {
				r.release();
			}
		},
		async exec(script, options) {
			if (options?.transaction) await sql.begin((tx) => tx.unsafe(script).simple());
			else await sql.unsafe(script).simple();
		},
		async listen(channel, fn) {
			await sql.listen(channel, fn);
		},
		async close() {
			await sql.end({ timeout: 5 });
		}
	};
}

function jsonParam(value: unknown): string {
	return typeof value === 'string' ? value : JSON.stringify(value);
}
