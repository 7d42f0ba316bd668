import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Transport } from './types';

export type Progress = (message: string) => void;

export interface MigrateOptions {
	/** Folder holding shim/, migrations/ and seed.sql. */
	supabaseDir?: string;
	/** Apply supabase/shim first: plain Postgres and PGlite yes, hosted Supabase never. */
	shim?: boolean;
	/** Load supabase/seed.sql once (tracked like the Supabase CLI does). */
	seed?: boolean;
	progress?: Progress;
}

export interface MigrateResult {
	applied: string[];
	seeded: boolean;
	/** What happened to supabase/shim: applied, not asked for, or skipped on a Supabase database. */
	shim: 'applied' | 'off' | 'skipped';
}

/**
 * Signs that the `auth` schema is Supabase's own (GoTrue's migrations table, Supabase's columns of
 * auth.users, the schema owned by a Supabase role) and not the local shim's. The shim refuses in
 * SQL on the same signs (the guard at the top of each supabase/shim file): keep them in step.
 * Database-local on purpose: a role alone (supabase_auth_admin) says nothing on a shared cluster.
 */
export const SUPABASE_AUTH_SIGNS = `
	select sign from (values
		('auth.schema_migrations (GoTrue''s migrations)', to_regclass('auth.schema_migrations') is not null),
		('auth.users with Supabase''s columns', exists (
			select 1 from pg_attribute a
			 where a.attrelid = to_regclass('auth.users') and not a.attisdropped
			   and a.attname in ('instance_id', 'aud', 'is_sso_user', 'is_anonymous'))),
		('schema auth owned by a Supabase role', exists (
			select 1 from pg_namespace n join pg_roles r on r.oid = n.nspowner
			 where n.nspname = 'auth' and r.rolname in ('supabase_auth_admin', 'supabase_admin')))
	) v(sign, present) where present`;

/** The signs of a Supabase `auth` schema found in the database (empty: not Supabase). */
export async function supabaseAuthSigns(db: Transport): Promise<string[]> {
	const rows = await db.transaction((q) => q.query<{ sign: string }>(SUPABASE_AUTH_SIGNS));
	return rows.map((r) => r.sign);
}

export const defaultSupabaseDir = () => resolve(process.env.QK_SUPABASE_DIR ?? 'supabase');

async function sqlFiles(dir: string): Promise<string[]> {
	try {
		return (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
	} catch {
		return [];
	}
}

/**
 * Applies pending migrations in name order and records them in
 * supabase_migrations.schema_migrations — the table the Supabase CLI uses, so `supabase migration
 * up` and this runner agree on what is applied. Each migration runs in its own transaction.
 */
export async function migrate(db: Transport, options: MigrateOptions = {}): Promise<MigrateResult> {
	const dir = options.supabaseDir ?? defaultSupabaseDir();
	const say = options.progress ?? (() => {});
	const started = performance.now();

	let shim: MigrateResult['shim'] = 'off';
	if (options.shim) {
		// Never on hosted Supabase: there the shim would replace auth.uid()/auth.jwt() and alter
		// auth.users. Skipped with a message, and the migrations are applied as usual.
		const signs = await supabaseAuthSigns(db);
		if (signs.length) {
			say(
				`local auth shim NOT applied: this database has Supabase's auth schema (${signs.join('; ')}); applying only the migrations`
			);
			shim = 'skipped';
		} else {
			// All shim files in one transaction: a failure leaves nothing half-applied.
			const files = await sqlFiles(join(dir, 'shim'));
			const scripts = await Promise.all(files.map((f) => readFile(join(dir, 'shim', f), 'utf8')));
			if (scripts.length) await db.exec(scripts.join('\n;\n'), { transaction: true });
			shim = 'applied';
		}
	}
	await db.exec(`
		create schema if not exists supabase_migrations;
		create table if not exists supabase_migrations.schema_migrations (
			version text primary key, statements text[], name text);
		create table if not exists supabase_migrations.seed_files (
			path text primary key, hash text not null);
	`);
	const done = new Set(
		await db
			.transaction((q) =>
				q.query<{ version: string }>('select version from supabase_migrations.schema_migrations')
			)
			.then((rows) => rows.map((r) => r.version))
	);
	const files = await sqlFiles(join(dir, 'migrations'));
	const pending = files.filter((f) => !done.has(f.split('_')[0]));
	const applied: string[] = [];
	for (const [i, file] of pending.entries()) {
		const [version, ...rest] = file.replace(/\.sql$/, '').split('_');
		say(`migration ${i + 1}/${pending.length}: ${file}`);
		const script = await readFile(join(dir, 'migrations', file), 'utf8');
		await db.exec(
			`${script}\n;insert into supabase_migrations.schema_migrations (version, name, statements) values (${literal(version)}, ${literal(rest.join('_'))}, array[]::text[]);`,
			{ transaction: true }
		);
		applied.push(file);
	}

	let seeded = false;
	if (options.seed) {
		const path = join(dir, 'seed.sql');
		const text = await readFile(path, 'utf8').catch(() => null);
		if (text !== null) {
			const hash = createHash('sha256').update(text).digest('hex');
			const known = await db.transaction((q) =>
				q.query('select 1 from supabase_migrations.seed_files where path = $1', ['seed.sql'])
			);
			if (known.length === 0) {
				say('loading demo data (supabase/seed.sql)');
				await db.exec(
					`${text}\n;insert into supabase_migrations.seed_files (path, hash) values ('seed.sql', ${literal(hash)});`,
					{ transaction: true }
				);
				seeded = true;
			}
		}
	}
	if (applied.length || seeded) {
		say(`database ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
	return { applied, seeded, shim };
}

function literal(value: string) {
	return `'${value.replaceAll("'", "''")}'`;
}
