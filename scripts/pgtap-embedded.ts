/**
 * Runs the pgTAP files in supabase/tests/database on the embedded PGlite database (with PostGIS and
 * pgTAP compiled to WASM) when no PostgreSQL is at hand: the same files, in the same name order, as
 * pg_prove and `supabase test db` run. 000_setup.test.sql (the helpers) always runs first;
 * 999_rls_matrix.test.sql only in a full run (it checks what all the others covered).
 * `npm run test:db -- 010 map` runs the files whose names contain one of the words.
 * Prints TAP per file and a closing "N passed, N failed" line; exits 1 on any failure.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgtap } from '@electric-sql/pglite-pgtap';
import { postgis } from '@electric-sql/pglite-postgis';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { wrapPglite } from '../src/lib/server/db/pglite-transport.ts';
import { migrate } from '../src/lib/server/db/migrate.ts';

const dir = 'supabase/tests/database';
const setup = '000_setup.test.sql';
const matrix = '999_rls_matrix.test.sql';
const only = process.argv.slice(2);
const wanted = (f: string) =>
	only.length === 0 ||
	f === setup ||
	(f === matrix ? only.some((o) => /999|matrix/.test(o)) : only.some((o) => f.includes(o)));
const files = (await readdir(dir)).filter((f) => f.endsWith('.sql') && wanted(f)).sort();

console.error('[pgtap] opening embedded database with PostGIS and pgTAP …');
const t0 = performance.now();
const pg = await PGlite.create({ extensions: { postgis, pgtap, pg_trgm } });
await pg.exec('set search_path to "$user", public, extensions');
await migrate(wrapPglite(pg), { shim: true, progress: (m) => console.error(`[pgtap] ${m}`) });
await pg.exec('create extension if not exists pgtap with schema extensions');
console.error(`[pgtap] ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

let passed = 0;
let failed = 0;
let assertionsPassed = 0;
let assertionsFailed = 0;
for (const file of files) {
	const script = await readFile(join(dir, file), 'utf8');
	const lines: string[] = [];
	let error: string | undefined;
	try {
		const results = await pg.exec(script);
		for (const result of results) {
			for (const row of result.rows) {
				for (const value of Object.values(row)) {
					if (typeof value === 'string') lines.push(...value.split('\n'));
				}
			}
		}
	} catch (e) {
		error = e instanceof Error ? e.message : String(e);
		await pg.exec('rollback').catch(() => {});
	}
	// One session runs every file (pg_prove starts a new one per file): forget pgTAP's per-file
	// state, kept in temporary tables (the setup file plans outside a transaction).
	await pg.exec('discard temp');
	const plan = lines.find((l) => /^1\.\.\d+/.test(l));
	const planned = plan ? Number(plan.slice(3)) : NaN;
	const oks = lines.filter((l) => /^ok \d+/.test(l)).length;
	const notOks = lines.filter((l) => /^not ok \d+/.test(l));
	const good = !error && notOks.length === 0 && oks === planned;
	assertionsPassed += oks;
	assertionsFailed += good ? notOks.length : Math.max(notOks.length, 1);
	passed += good ? 1 : 0;
	failed += good ? 0 : 1;
	console.log(
		`${good ? 'ok' : 'not ok'} - ${file} (${oks}/${Number.isNaN(planned) ? '?' : planned})`
	);
	for (const l of notOks) console.log(`    ${l}`);
	for (const l of lines.filter((l) => l.startsWith('#'))) if (!good) console.log(`    ${l}`);
	if (error) console.log(`    error: ${error}`);
}
await pg.close();
console.log(`pgTAP files (embedded): ${passed} ok, ${failed} not ok`);
console.log(`assertions: ${assertionsPassed} passed, ${assertionsFailed} failed`);
process.exit(failed ? 1 : 0);
