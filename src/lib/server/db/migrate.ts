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

	if (options.shim) {
		for (const file of await sqlFiles(join(dir, 'shim'))) {
			await db.exec(await readFile(join(dir, 'shim', file), 'utf8'));
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
	return { applied, seeded };
}

function literal(value: string) {
	return `'${value.replaceAll("'", "''")}'`;
}
