/**
 * One migrated and seeded database for all integration files, cloned per file (Vitest's
 * globalSetup, tests/integration/global-setup.ts, makes it; setup.ts clones it):
 * - PostgreSQL (DATABASE_URL): a template database `<name>_tmpl` next to DATABASE_URL's, each file
 *   gets `create database <name>_t<…> template <name>_tmpl` and drops it when it closes;
 * - embedded: a PGlite data directory dumped to a tarball (node_modules/.cache/qk-tests), kept
 *   while shim, migrations and seed are unchanged; each file loads it into its own PGlite.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { Database } from '../../src/lib/server/db';
import { migrate } from '../../src/lib/server/db/migrate';
import { wrapPglite } from '../../src/lib/server/db/pglite-transport';

export interface TemplateInfo {
	kind: 'postgres' | 'pglite';
	/** postgres: the template database's name; pglite: the tarball's path */
	ref: string;
}

const say = (m: string) => console.error(`[test-db] ${m}`);

/** The URL of another database on the same server as `url`. */
export function withDatabase(url: string, name: string) {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}

export function templateName(url: string) {
	return `${new URL(url).pathname.slice(1)}_tmpl`;
}

/** What the embedded template depends on: shim, migrations, the region's data and PGlite's version. */
function supabaseHash() {
	const h = createHash('sha256');
	for (const sub of ['shim', 'migrations']) {
		for (const f of readdirSync(join('supabase', sub)).sort())
			h.update(f).update(readFileSync(join('supabase', sub, f)));
	}
	// The region's reference data (quarters) and demo data, loaded by migrate().
	const region = join('regions', process.env.QK_REGION || 'bielefeld');
	for (const f of [join(region, 'seed.sql'), join(region, 'static', 'data', 'quarters.geojson')])
		if (existsSync(f)) h.update(readFileSync(f));
	h.update(
		JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')).version
	);
	return h.digest('hex').slice(0, 16);
}

async function newPglite(loadDataDir?: Blob) {
	const [{ PGlite }, { postgis }, { pg_trgm }] = await Promise.all([
		import('@electric-sql/pglite'),
		import('@electric-sql/pglite-postgis'),
		import('@electric-sql/pglite/contrib/pg_trgm')
	]);
	const pg = await PGlite.create({
		loadDataDir,
		extensions: { postgis, pg_trgm },
		parsers: { 20: (value: string) => Number(value) }
	});
	await pg.exec(`set search_path to "$user", public, extensions`);
	return pg;
}

/** Makes (or finds) the template; returns what setup.ts needs to clone it. */
export async function makeTemplate(databaseUrl: string | undefined): Promise<TemplateInfo> {
	const started = performance.now();
	if (databaseUrl) {
		const name = templateName(databaseUrl);
		const admin = postgres(withDatabase(databaseUrl, 'postgres'), { max: 1, onnotice: () => {} });
		try {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.unsafe(`create database ${name}`);
		} finally {
			await admin.end({ timeout: 5 });
		}
		const { openDatabase } = await import('../../src/lib/server/db');
		const db = await openDatabase({
			databaseUrl: withDatabase(databaseUrl, name),
			migrate: true,
			seed: true,
			poolMax: 1
		});
		await db.close();
		say(`template database ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
		return { kind: 'postgres', ref: name };
	}
	const dir = 'node_modules/.cache/qk-tests';
	const path = join(dir, `pglite-${supabaseHash()}.tar`);
	if (existsSync(path)) {
		say(`embedded template ${path} (unchanged shim, migrations and seed)`);
		return { kind: 'pglite', ref: path };
	}
	const pg = await newPglite();
	await migrate(wrapPglite(pg), { shim: true, seed: true });
	const tar = await pg.dumpDataDir('none');
	await pg.close();
	mkdirSync(dir, { recursive: true });
	writeFileSync(`${path}.tmp`, Buffer.from(await tar.arrayBuffer()));
	renameSync(`${path}.tmp`, path);
	say(`embedded template ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	return { kind: 'pglite', ref: path };
}

/** Drops what makeTemplate and the clones left on the server. */
export async function dropTemplate(databaseUrl: string, info: TemplateInfo) {
	if (info.kind !== 'postgres') return;
	const admin = postgres(withDatabase(databaseUrl, 'postgres'), { max: 1, onnotice: () => {} });
	try {
		const rows = await admin<{ datname: string }[]>`
			select datname from pg_database where datname like ${`${info.ref}%`}`;
		for (const { datname } of rows)
			await admin.unsafe(`drop database if exists ${datname} with (force)`);
	} finally {
		await admin.end({ timeout: 5 });
	}
}

/** A database of its own for one test file, cloned from the template. */
export async function cloneTemplate(
	databaseUrl: string | undefined,
	info: TemplateInfo
): Promise<Database> {
	if (info.kind === 'pglite') {
		const pg = await newPglite(new Blob([readFileSync(info.ref)]));
		return new Database(wrapPglite(pg));
	}
	if (!databaseUrl) throw new Error('a PostgreSQL template needs DATABASE_URL');
	const name = `${info.ref}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(withDatabase(databaseUrl, 'postgres'), { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`create database ${name} template ${info.ref}`);
		// Database-level settings (the shim's search_path) are not copied with the template.
		const settings = await admin<{ setting: string }[]>`
			select unnest(setconfig) as setting from pg_db_role_setting s
			  join pg_database d on d.oid = s.setdatabase
			 where d.datname = ${info.ref} and s.setrole = 0`;
		for (const { setting } of settings) {
			const [key, value] = setting.split(/=(.*)/s);
			await admin.unsafe(`alter database ${name} set ${key} = ${value}`);
		}
	} finally {
		await admin.end({ timeout: 5 });
	}
	const { postgresTransport } = await import('../../src/lib/server/db/postgres-transport');
	const transport = postgresTransport(withDatabase(databaseUrl, name));
	const close = transport.close.bind(transport);
	return new Database({
		...transport,
		kind: transport.kind,
		async close() {
			await close();
			const admin = postgres(withDatabase(databaseUrl, 'postgres'), { max: 1, onnotice: () => {} });
			try {
				await admin.unsafe(`drop database if exists ${name} with (force)`);
			} finally {
				await admin.end({ timeout: 5 });
			}
		}
	});
}
