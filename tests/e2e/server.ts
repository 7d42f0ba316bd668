/**
 * One e2e web server per Playwright worker (playwright.config.ts starts `tsx tests/e2e/server.ts i`
 * for i = 0 … workers − 1), each on a database of its own, so specs on two workers never see each
 * other's writes (counts, the freshness list, the moderation queue):
 * - worker 0: DATABASE_URL's database as it is (or the embedded one in QK_DATA_DIR);
 * - worker i > 0: a fresh `<name>_e2e<i>` beside it, migrated and seeded here (dropped and made
 *   again every run), or the embedded database in `<QK_DATA_DIR>-<i>`, which migrates itself.
 * Then it runs the production build (`node build`) with that database until Playwright stops it.
 */
import { spawn } from 'node:child_process';
import postgres from 'postgres';
import { openDatabase } from '../../src/lib/server/db/index.ts';
import { withDatabase } from '../integration/template.ts';

const index = Number(process.argv[2] ?? 0);
const env = { ...process.env };
const say = (m: string) => console.log(`[e2e-db ${index}] ${m}`);

if (index > 0 && env.DATABASE_URL) {
	const name = `${new URL(env.DATABASE_URL).pathname.slice(1)}_e2e${index}`;
	const admin = postgres(withDatabase(env.DATABASE_URL, 'postgres'), {
		max: 1,
		onnotice: () => {}
	});
	try {
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.unsafe(`create database ${name}`);
	} finally {
		await admin.end({ timeout: 5 });
	}
	env.DATABASE_URL = withDatabase(env.DATABASE_URL, name);
	const db = await openDatabase({
		databaseUrl: env.DATABASE_URL,
		migrate: true,
		seed: true,
		progress: say
	});
	await db.close();
} else if (index > 0) {
	env.QK_DATA_DIR = `${env.QK_DATA_DIR ?? '.data/e2e'}-${index}`;
}

const server = spawn(process.execPath, [env.QK_BUILD_DIR ?? 'build'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
