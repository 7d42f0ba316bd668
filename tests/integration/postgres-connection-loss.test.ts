import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { postgresTransport } from '../../src/lib/server/db/postgres-transport';
import { isDatabaseUnavailable } from '../../src/lib/server/db/unavailable';
import type { Transport } from '../../src/lib/server/db/types';
import { fixPostgresConnection } from '../../scripts/postgres-js-fix';

/**
 * A backend that dies mid-query (as when PostgreSQL restarts or the network cuts) must fail the
 * queries on it with a "database unavailable" error, never exit the process (postgres.js 3.4.9
 * throws from a setImmediate: porsager/postgres #1208), and never poison the next query.
 * Vitest fails a file on an uncaught exception, so a crash fails these tests.
 */
const url = process.env.DATABASE_URL;

describe('the postgres.js fix (scripts/postgres-js-fix.ts)', () => {
	it('applies to the installed postgres.js (ESM and CommonJS)', () => {
		for (const file of ['src/connection.js', 'cjs/src/connection.js']) {
			const code = readFileSync(`node_modules/postgres/${file}`, 'utf8');
			const fixed = fixPostgresConnection(code);
			expect(fixed).toContain('if (!socket) {');
			expect(fixed).toContain('chunk = nextWriteTimer = errorResponse = null');
		}
	});
	it('refuses a source it does not know', () => {
		expect(() => fixPostgresConnection('function nextWrite(fn) {}')).toThrow(/no longer applies/);
	});
});

describe.skipIf(!url)('a PostgreSQL backend that dies mid-query (needs DATABASE_URL)', () => {
	let transport: Transport;
	let killer: postgres.Sql;
	beforeAll(() => {
		transport = postgresTransport(url!, { max: 4 });
		killer = postgres(url!, { max: 1, onnotice: () => {} });
	});
	afterAll(async () => {
		await transport?.close();
		await killer?.end();
	});

	/** Terminates the backend that runs `marker` once it shows in pg_stat_activity. */
	async function killWhenRunning(marker: string) {
		for (let i = 0; i < 200; i++) {
			const rows = await killer.unsafe(
				`select pg_terminate_backend(pid) as ok from pg_stat_activity
				  where query like $1 and pid <> pg_backend_pid()`,
				[`%${marker}%`]
			);
			if (rows.length) return;
			await new Promise((r) => setTimeout(r, 25));
		}
		throw new Error(`no backend ran ${marker}`);
	}

	it('a transaction fails as "unavailable", the process lives, the next query is clean', async () => {
		const marker = `qk_marker_tx_${Date.now()}`;
		const tx = transport.transaction(async (q) => {
			await q.query('select 1');
			await q.query(`select pg_sleep(5), '${marker}'`);
		});
		await killWhenRunning(marker);
		const failure = await tx.then(
			() => null,
			(e: unknown) => e
		);
		expect(failure).not.toBeNull();
		expect(isDatabaseUnavailable(failure)).toBe(true);
		// Unpatched, postgres.js throws from a setImmediate here (the ROLLBACK on the dead socket)
		// and the dying backend's 57P01 reaches the next query on the reconnected connection.
		await new Promise((r) => setTimeout(r, 200));
		const again = await Promise.all(
			[1, 2, 3, 4, 5, 6].map(() =>
				transport.transaction((q) => q.query<{ x: number }>('select 1 as x'))
			)
		);
		expect(again.map((r) => r[0].x)).toEqual([1, 1, 1, 1, 1, 1]);
	});

	it('a pipelined query fails as "unavailable" and the pool recovers', async () => {
		const marker = `qk_marker_pipe_${Date.now()}`;
		const pipe = transport.pipeline!([
			['select 1', []],
			[`select pg_sleep(5), '${marker}'`, []]
		]);
		await killWhenRunning(marker);
		const failure = await pipe.then(
			() => null,
			(e: unknown) => e
		);
		expect(isDatabaseUnavailable(failure)).toBe(true);
		await new Promise((r) => setTimeout(r, 200));
		const rows = await transport.pipeline!<{ x: number }>([
			['select 1', []],
			['select 2 as x', []]
		]);
		expect(rows[0].x).toBe(2);
	});

	it('LISTEN is down when its connection drops and up again, and hears NOTIFY again', async () => {
		const channel = `qk_test_${Date.now()}`;
		const events: string[] = [];
		const heard: string[] = [];
		await transport.listen(channel, (p) => heard.push(p), {
			up: () => events.push('up'),
			down: () => events.push('down')
		});
		expect(events).toEqual(['up']);
		await killer.unsafe(
			`select pg_terminate_backend(pid) from pg_stat_activity
			  where query like $1 and pid <> pg_backend_pid()`,
			[`listen "${channel}"%`]
		);
		const until = Date.now() + 10_000;
		while (events.length < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
		expect(events).toEqual(['up', 'down', 'up']);
		await killer.unsafe(`select pg_notify($1, 'after')`, [channel]);
		const heardUntil = Date.now() + 5000;
		while (!heard.length && Date.now() < heardUntil) await new Promise((r) => setTimeout(r, 20));
		expect(heard).toEqual(['after']);
	});
});
