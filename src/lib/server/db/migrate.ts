import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chosenRegionId } from '../../region/index';
import type { Transport } from './types';

export type Progress = (message: string) => void;

export interface MigrateOptions {
	/** Folder holding shim/, migrations/ and seed.sql. */
	supabaseDir?: string;
	/** Apply supabase/shim first: plain Postgres and PGlite yes, hosted Supabase never. */
	shim?: boolean;
	/** Load the region's demo data (regions/<id>/seed.sql) once (tracked like the Supabase CLI does). */
	seed?: boolean;
	/**
	 * The region whose reference data (its quarters, from the areas GeoJSON in its folder) is loaded
	 * after the migrations and whose seed.sql is the demo data; default the region the app was built
	 * for (QK_REGION), else bielefeld.
	 * false: neither (a database for the migrations alone).
	 */
	region?: string | false;
	/** Folder holding the region folders (default ./regions or QK_REGIONS_DIR). */
	regionsDir?: string;
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
export const defaultRegionsDir = () => resolve(process.env.QK_REGIONS_DIR ?? 'regions');

interface AreaFeature {
	properties?: { id?: unknown; name?: unknown; approximate?: unknown; source?: unknown };
	geometry?: { type?: unknown };
}

/** The hash recorded for a reference-data file when it was last loaded (seed_files), if any. */
async function loadedHash(db: Transport, path: string): Promise<string | undefined> {
	const rows = await db.transaction((q) =>
		q.query<{ hash: string }>('select hash from supabase_migrations.seed_files where path = $1', [
			path
		])
	);
	return rows[0]?.hash;
}

/**
 * The region's quarters as reference data: `regions/<id>/static<boundaries.areas>` (a GeoJSON
 * FeatureCollection of Polygons or MultiPolygons with properties id, name, approximate, source)
 * upserted into public.quarters, again whenever the file changes (its hash is kept beside the
 * seed's). Runs before the demo data: places get their quarter from these boundaries on insert.
 */
export async function loadRegionAreas(
	db: Transport,
	region: string,
	regionsDir = defaultRegionsDir(),
	say: Progress = () => {}
): Promise<boolean> {
	const config = JSON.parse(await readFile(join(regionsDir, region, 'region.json'), 'utf8'));
	const rel = `${region}/static${config.boundaries.areas}`;
	const text = await readFile(join(regionsDir, rel), 'utf8');
	const fc = JSON.parse(text) as { features?: AreaFeature[] };
	const features = fc.features ?? [];
	const bad = features.filter(
		(f) =>
			typeof f.properties?.id !== 'string' ||
			typeof f.properties?.name !== 'string' ||
			typeof f.properties?.approximate !== 'boolean' ||
			typeof f.properties?.source !== 'string' ||
			!['Polygon', 'MultiPolygon'].includes(String(f.geometry?.type))
	);
	if (!features.length || bad.length) {
		throw new Error(
			`regions/${rel}: every feature needs properties id, name, approximate (true/false), source and a (Multi)Polygon`
		);
	}
	const hash = createHash('sha256').update(text).digest('hex');
	const path = `regions/${rel}`;
	if ((await loadedHash(db, path)) === hash) return false;
	say(`loading the quarters of ${region} (${path}: ${features.length})`);
	await db.exec(
		`set local search_path = public, extensions;
		insert into public.quarters (id, name, boundary, approximate, source)
		select f->'properties'->>'id', f->'properties'->>'name',
		       st_multi(st_setsrid(st_geomfromgeojson(f->'geometry'), 4326)),
		       (f->'properties'->>'approximate')::boolean, f->'properties'->>'source'
		  from jsonb_array_elements((${literal(text)})::jsonb->'features') f
		on conflict (id) do update set name = excluded.name, boundary = excluded.boundary,
		  approximate = excluded.approximate, source = excluded.source;
		insert into supabase_migrations.seed_files (path, hash) values (${literal(path)}, ${literal(hash)})
		on conflict (path) do update set hash = excluded.hash;`,
		{ transaction: true }
	);
	return true;
}

/**
 * What the database itself must know about the region (public.region_settings): its id and its
 * time zone, in which the event-date filter reads its days. From regions/<id>/region.json; one
 * statement, a no-op when nothing changed.
 */
export async function loadRegionSettings(
	db: Transport,
	region: string,
	regionsDir = defaultRegionsDir()
): Promise<void> {
	const config = JSON.parse(await readFile(join(regionsDir, region, 'region.json'), 'utf8'));
	const zone = String(config.timeZone ?? '');
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
	} catch {
		throw new Error(`regions/${region}/region.json: timeZone "${zone}" is not an IANA time zone`);
	}
	await db.exec(
		`insert into public.region_settings (region, time_zone) values (${literal(region)}, ${literal(zone)})
		on conflict (id) do update set region = excluded.region, time_zone = excluded.time_zone
		  where (public.region_settings.region, public.region_settings.time_zone)
		        is distinct from (excluded.region, excluded.time_zone);`,
		{ transaction: true }
	);
}

/** Slugs of the legal pages (public.legal_pages) a region folder gives default texts for. */
const LEGAL_SLUGS = ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache'];

/**
 * The region's default legal pages as reference data: `regions/<id>/legal/<slug>.<lang>.md`, each
 * starting with `# Title`. They name the city, its quarters and the state's law (Impressum,
 * privacy, accessibility statement per the state's BGG/BITV, Leichte Sprache), so they belong to
 * the region, not to a migration. Written into public.legal_pages whenever the folder changes,
 * but only over rows nobody has edited (updated_by is null): what staff wrote at
 * /team/rechtstexte is never replaced.
 */
export async function loadRegionLegalPages(
	db: Transport,
	region: string,
	regionsDir = defaultRegionsDir(),
	say: Progress = () => {}
): Promise<boolean> {
	const dir = join(regionsDir, region, 'legal');
	const names = (await readdir(dir).catch(() => null))?.filter((f) => f.endsWith('.md')).sort();
	if (!names?.length) {
		throw new Error(
			`regions/${region}/legal/: the region's default legal pages are missing (impressum.de.md, datenschutz.de.md, barrierefreiheit.de.md, leichte-sprache.de.md; copy regions/musterstadt/legal/ and fill in the placeholders)`
		);
	}
	const pages = await Promise.all(
		names.map(async (name) => {
			const match = /^([a-z-]+)\.([a-z]{2})\.md$/.exec(name);
			const text = (await readFile(join(dir, name), 'utf8')).replace(/\r\n?/g, '\n');
			const title = /^# (.+)\n/.exec(text);
			if (!match || !LEGAL_SLUGS.includes(match[1]) || !title) {
				throw new Error(
					`regions/${region}/legal/${name}: expected <slug>.<lang>.md (slug one of ${LEGAL_SLUGS.join(', ')}) starting with "# Title"`
				);
			}
			return {
				slug: match[1],
				lang: match[2],
				title: title[1].trim(),
				body: text.slice(title[0].length).trim()
			};
		})
	);
	const json = JSON.stringify(pages);
	const hash = createHash('sha256').update(json).digest('hex');
	const path = `regions/${region}/legal`;
	if ((await loadedHash(db, path)) === hash) return false;
	say(`loading the default legal pages of ${region} (${path}: ${pages.length})`);
	await db.exec(
		`insert into public.legal_pages (slug, lang, title, body)
		select p->>'slug', p->>'lang', p->>'title', p->>'body'
		  from jsonb_array_elements((${literal(json)})::jsonb) p
		on conflict (slug, lang) do update set title = excluded.title, body = excluded.body
		  where public.legal_pages.updated_by is null
		    and (public.legal_pages.title, public.legal_pages.body) is distinct from (excluded.title, excluded.body);
		insert into supabase_migrations.seed_files (path, hash) values (${literal(path)}, ${literal(hash)})
		on conflict (path) do update set hash = excluded.hash;`,
		{ transaction: true }
	);
	return true;
}

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

	const region = options.region ?? chosenRegionId();
	const regionsDir = options.regionsDir ?? defaultRegionsDir();
	const areas = region ? await loadRegionAreas(db, region, regionsDir, say) : false;
	const legal = region ? await loadRegionLegalPages(db, region, regionsDir, say) : false;
	if (region) await loadRegionSettings(db, region, regionsDir);

	let seeded = false;
	if (options.seed && region) {
		const text = await readFile(join(regionsDir, region, 'seed.sql'), 'utf8').catch(() => null);
		if (text !== null) {
			const hash = createHash('sha256').update(text).digest('hex');
			// 'seed.sql' is the path the Supabase CLI records; a database seeded before the demo
			// data moved into the region folder keeps its row and is not seeded twice.
			const known = await db.transaction((q) =>
				q.query('select 1 from supabase_migrations.seed_files where path = $1', ['seed.sql'])
			);
			if (known.length === 0) {
				say(`loading demo data (regions/${region}/seed.sql)`);
				await db.exec(
					`${text}\n;insert into supabase_migrations.seed_files (path, hash) values ('seed.sql', ${literal(hash)});`,
					{ transaction: true }
				);
				seeded = true;
			}
		}
	}
	if (applied.length || seeded || areas || legal) {
		say(`database ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
	return { applied, seeded, shim };
}

function literal(value: string) {
	return `'${value.replaceAll("'", "''")}'`;
}
