import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/lib/server/db/migrate';
import { postgresTransport } from '../../src/lib/server/db/postgres-transport';
import { wrapPglite } from '../../src/lib/server/db/pglite-transport';
import type { Transport } from '../../src/lib/server/db/types';

/**
 * The local auth shim (supabase/shim) on a database that already has Supabase's `auth` schema:
 * `npm run db:migrate` / QK_MIGRATE=1 must skip it with a message and apply only the migrations,
 * and the shim's SQL refuses by itself when applied by hand; either way nothing of `auth` changes.
 * Each case runs in a scratch database of its own: on the PostgreSQL at DATABASE_URL (created and
 * dropped here) or, without one, a throw-away embedded PGlite (no PostGIS needed).
 */

const shimDir = resolve('supabase/shim');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
	while (cleanups.length) await cleanups.pop()!();
});

async function scratchDatabase(): Promise<Transport> {
	const url = process.env.DATABASE_URL;
	if (!url) {
		const { PGlite } = await import('@electric-sql/pglite');
		const pg = await PGlite.create();
		const db = wrapPglite(pg);
		cleanups.push(() => db.close());
		return db;
	}
	const name = `qk_shim_guard_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const scratch = new URL(url);
	scratch.pathname = `/${name}`;
	const db = postgresTransport(scratch.toString(), { max: 2 });
	cleanups.push(async () => {
		await db.close();
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	});
	return db;
}

/** A supabase/ folder: the real shim and one small migration (it leaves `auth` alone). */
async function supabaseDir(extraShim?: [string, string]) {
	const dir = await mkdtemp(join(tmpdir(), 'qk-shim-guard-'));
	cleanups.push(() => rm(dir, { recursive: true, force: true }));
	await cp(shimDir, join(dir, 'shim'), { recursive: true });
	if (extraShim) await writeFile(join(dir, 'shim', extraShim[0]), extraShim[1]);
	await mkdir(join(dir, 'migrations'));
	await writeFile(
		join(dir, 'migrations', '20990101000000_probe.sql'),
		'create table public.probe (user_id uuid primary key);'
	);
	return dir;
}

// Shaped after a hosted Supabase database (GoTrue's auth.users and its migrations table, the
// auth functions as Supabase defines them). `signs` picks which of Supabase's traits are present.
function fakeSupabaseAuth(signs: { migrations: boolean; columns: boolean }) {
	return `
		create schema auth;
		${
			signs.migrations
				? `create table auth.schema_migrations (version varchar(255) primary key);
		insert into auth.schema_migrations values ('20171026211738'), ('20240806073726');`
				: ''
		}
		create table auth.users (
			${signs.columns ? 'instance_id uuid, aud varchar(255), role varchar(255),' : ''}
			id uuid primary key,
			email varchar(255),
			encrypted_password varchar(255),
			email_confirmed_at timestamptz,
			raw_app_meta_data jsonb,
			raw_user_meta_data jsonb,
			created_at timestamptz,
			updated_at timestamptz
			${signs.columns ? ', is_sso_user boolean not null default false, deleted_at timestamptz, is_anonymous boolean not null default false' : ''}
		);
		create function auth.uid() returns uuid language sql stable as $$
			select coalesce(nullif(current_setting('request.jwt.claim.sub', true), ''),
			  (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'))::uuid $$;
		create function auth.jwt() returns jsonb language sql stable as $$
			select coalesce(nullif(current_setting('request.jwt.claim', true), ''),
			  nullif(current_setting('request.jwt.claims', true), ''))::jsonb $$;
		create function auth.role() returns text language sql stable as $$
			select coalesce(nullif(current_setting('request.jwt.claim.role', true), ''),
			  (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role'))::text $$;
		insert into auth.users (id, email, raw_app_meta_data)
		values ('a0000000-0000-4000-8000-0000000000aa', 'someone@example.test', '{"provider":"email"}');
	`;
}

/**
 * Everything the shim could change: the auth schema's functions and relations (with their row
 * versions, so even an identical `create or replace` or a grant shows), auth.users' columns, the
 * database's settings (the shim sets a search_path) and the roles.
 */
async function authState(db: Transport) {
	const [row] = await db.transaction((q) =>
		q.query<{ state: unknown }>(`
			select json_build_object(
				'functions', (select json_agg(json_build_object('f', p.oid::regprocedure::text,
					'xmin', p.xmin::text, 'src', p.prosrc, 'acl', p.proacl::text) order by p.oid)
					from pg_proc p where p.pronamespace = 'auth'::regnamespace),
				'relations', (select json_agg(json_build_object('r', c.relname, 'xmin', c.xmin::text,
					'acl', c.relacl::text) order by c.relname)
					from pg_class c where c.relnamespace = 'auth'::regnamespace),
				'users_columns', (select json_agg(a.attname order by a.attnum) from pg_attribute a
					where a.attrelid = 'auth.users'::regclass and a.attnum > 0 and not a.attisdropped),
				'users', (select json_agg(u order by u.id) from auth.users u),
				'settings', (select json_agg(s.setconfig) from pg_db_role_setting s
					where s.setdatabase = (select oid from pg_database where datname = current_database())),
				'schemas', (select json_agg(n.nspname order by n.nspname) from pg_namespace n
					where n.nspname in ('auth', 'extensions'))
			) as state`)
	);
	return row.state;
}

describe('the local auth shim on a database with Supabase auth', () => {
	for (const signs of [
		{ migrations: true, columns: true },
		{ migrations: true, columns: false },
		{ migrations: false, columns: true }
	]) {
		const label = [
			signs.migrations && 'auth.schema_migrations',
			signs.columns && 'Supabase columns'
		]
			.filter(Boolean)
			.join(' + ');
		it(`db:migrate skips the shim, changes nothing in auth and applies the migrations (${label})`, async () => {
			const db = await scratchDatabase();
			await db.exec(fakeSupabaseAuth(signs));
			const before = await authState(db);
			const messages: string[] = [];

			const result = await migrate(db, {
				supabaseDir: await supabaseDir(),
				region: false, // a probe-only migrations folder: no quarters table to load a region into
				shim: true,
				progress: (m) => messages.push(m)
			});

			expect(result.shim).toBe('skipped');
			expect(messages.join('\n')).toMatch(
				/local auth shim NOT applied: this database has Supabase's auth schema/
			);
			expect(await authState(db)).toEqual(before);
			// Only the migrations: the probe table exists.
			expect(result.applied).toEqual(['20990101000000_probe.sql']);
			const [probe] = await db.transaction((q) =>
				q.query<{ n: number }>(`select count(*)::int as n from public.probe`)
			);
			expect(probe.n).toBe(0);
		});
	}

	it('each shim file refuses when applied by hand, and leaves auth as it was', async () => {
		const db = await scratchDatabase();
		await db.exec(fakeSupabaseAuth({ migrations: true, columns: true }));
		const before = await authState(db);
		for (const file of ['supabase-shim.sql', 'zz-auth-embedded.sql']) {
			const sql = await readFile(join(shimDir, file), 'utf8');
			await expect(db.exec(sql, { transaction: true }), file).rejects.toThrow(
				/Supabase's auth schema: the local auth shim/
			);
		}
		expect(await authState(db)).toEqual(before);
	});
});

describe('the local auth shim on a plain database', () => {
	it('is applied, in one transaction: a failure in a later shim file leaves nothing behind', async () => {
		const db = await scratchDatabase();
		await expect(
			migrate(db, {
				supabaseDir: await supabaseDir(['zzz-fails.sql', 'select 1 / 0;']),
				region: false, // a probe-only migrations folder: no quarters table to load a region into
				shim: true
			})
		).rejects.toThrow(/division by zero/);
		const [after] = await db.transaction((q) =>
			q.query<{ auth: string | null }>(`select to_regnamespace('auth')::text as auth`)
		);
		expect(after.auth).toBeNull();

		const result = await migrate(db, {
			supabaseDir: await supabaseDir(),
			region: false,
			shim: true
		});
		expect(result.shim).toBe('applied');
		expect(result.applied).toEqual(['20990101000000_probe.sql']);
		const [users] = await db.transaction((q) =>
			q.query<{ sessions: string | null }>(`select to_regclass('auth.sessions')::text as sessions`)
		);
		expect(users.sessions).toBe('auth.sessions');
	});
});
