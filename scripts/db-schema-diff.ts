/**
 * npx tsx scripts/db-schema-diff.ts [--keep]
 * Builds two fresh databases beside the one of DATABASE_URL (same server; the role must be allowed
 * to create databases): one from supabase/shim + supabase/migrations, one from supabase/shim +
 * the declarative schema files (supabase/schemas/*.sql and functions/*.sql), and prints how their
 * catalogs differ: `-` what the migrations leave, `+` what the schema files say. After editing a
 * schema file, the `+` lines are what the next migration has to do. Exit 1 when they differ.
 * --keep leaves both databases (<db>_catalog_diff_m / _s) to inspect with psql.
 *
 * Supabase's own `supabase db diff` does this with a shadow database in Docker, which the project
 * machines do not run (supabase/schemas/README.md).
 */
import { buildBoth, diffSnapshots, formatDiff, isEmpty, snapshot } from './db-catalog';
import { splitStatements } from '../tests/db/sql-functions';

const url = process.env.DATABASE_URL;
if (!url) {
	console.error(
		'db-schema-diff: set DATABASE_URL to a PostgreSQL with PostGIS and pg_trgm whose role may create databases (e.g. postgres://postgres@127.0.0.1:5432/postgres)'
	);
	process.exit(2);
}
const started = performance.now();
const keep = process.argv.includes('--keep');
const builds = await buildBoth(url, { tag: 'diff', split: splitStatements, keep });
let migrations, diff;
try {
	migrations = await snapshot(builds.migrations);
	diff = diffSnapshots(migrations, await snapshot(builds.schemas));
} finally {
	await builds.drop();
}
console.log(formatDiff(diff));
console.error(
	`[db-schema-diff] ${migrations.size} catalog objects compared in ${((performance.now() - started) / 1000).toFixed(1)} s${keep ? ' (databases kept)' : ''}`
);
process.exit(isEmpty(diff) ? 0 : 1);
